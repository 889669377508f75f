import { MoneyDecimal, type Decimal } from '../money/decimal';
import type { Voucher } from './types';

/** Debits minus credits of a voucher, in its currency and in its ledger currency. */
export interface VoucherTotals {
  readonly debit: string;
  readonly credit: string;
  readonly ledgerDebit?: string;
  readonly ledgerCredit?: string;
  /** Debits equal credits in the voucher's currency, and in the ledger currency when it has one. */
  readonly balanced: boolean;
}

/**
 * Adds up a voucher's debits and credits exactly (decimal), in its currency and, when it has
 * one, in its ledger currency. Use it to check a voucher before it is booked.
 */
export function voucherTotals(voucher: Voucher): VoucherTotals {
  let debit: Decimal = new MoneyDecimal(0);
  let credit: Decimal = new MoneyDecimal(0);
  let ledgerDebit: Decimal = new MoneyDecimal(0);
  let ledgerCredit: Decimal = new MoneyDecimal(0);
  let ledgerComplete = true;
  for (const line of voucher.lines) {
    const amount = new MoneyDecimal(line.amount);
    if (line.side === 'debit') debit = debit.plus(amount);
    else credit = credit.plus(amount);
    if (line.ledgerAmount === undefined) {
      ledgerComplete = false;
      continue;
    }
    const ledger = new MoneyDecimal(line.ledgerAmount);
    if (line.side === 'debit') ledgerDebit = ledgerDebit.plus(ledger);
    else ledgerCredit = ledgerCredit.plus(ledger);
  }
  const base = { debit: debit.toString(), credit: credit.toString() };
  if (voucher.ledgerCurrency === undefined) return { ...base, balanced: debit.equals(credit) };
  return {
    ...base,
    ledgerDebit: ledgerDebit.toString(),
    ledgerCredit: ledgerCredit.toString(),
    balanced: debit.equals(credit) && ledgerComplete && ledgerDebit.equals(ledgerCredit),
  };
}

/** True when the voucher balances exactly in its currency and, when it has one, in its ledger currency. */
export function isBalanced(voucher: Voucher): boolean {
  return voucherTotals(voucher).balanced;
}
