import { issue, type EftkitIssue } from '../errors';
import type { CreateSettlementVoucherEffect, PaymentLineEffect } from '../payment-line';
import { MATCHING_MESSAGES as M } from './messages';
import type { SettlementToPost } from './types';

/** A value for every settlement, or one per effect (`undefined`: none for this effect). */
export type PerSettlement<T> = T | ((effect: CreateSettlementVoucherEffect) => T | undefined);

/** What {@link settlementsFromEffects} needs besides the effects. */
export interface SettlementContext {
  /** The bank partner's bank GL account (credited): one for all, or per effect (by payment no., line, currency…). */
  readonly bankGlAccount: PerSettlement<string>;
  /**
   * The ledger (company) currency. A settlement in another currency gets a ledger part, with
   * the rate from `rates`; without it every settlement is posted in its own currency only.
   */
  readonly ledgerCurrency?: string;
  /** Ledger units per unit of a foreign currency on the settlement date: per currency (`{ EUR: '11.4825' }`) or per effect. */
  readonly rates?: Readonly<Record<string, string>> | ((effect: CreateSettlementVoucherEffect) => string | undefined);
  /** The ledger amount the settled part of the open entry was booked with (foreign settlements); default: the settled ledger amount (no difference). */
  readonly entryLedgerAmount?: (effect: CreateSettlementVoucherEffect) => string | undefined;
  /** The open entry of an effect whose line names none. */
  readonly openEntryId?: (effect: CreateSettlementVoucherEffect) => string | undefined;
  /** Ids of effects the ERP has already posted (its own store): skipped with `matching/already-posted`. */
  readonly postedEffectIds?: ReadonlySet<string> | readonly string[];
}

/** An effect {@link settlementsFromEffects} did not turn into a settlement, with the reason. */
export interface SkippedEffect {
  /** Position in the effects given. */
  readonly index: number;
  readonly effectId: string;
  readonly kind: PaymentLineEffect['kind'];
  /**
   * `matching/not-a-settlement` (reopen-remainder, make-payable-again: the ERP performs them),
   * `matching/duplicate-effect`, `matching/already-posted`, `matching/no-open-entry-id`,
   * `matching/no-bank-gl-account`, `matching/no-rate`, `matching/charges-currency`.
   */
  readonly reason: EftkitIssue;
}

/** What {@link settlementsFromEffects} returns: every effect is in exactly one list. */
export interface SettlementsFromEffects {
  /** The settlements to post with {@link postSettlements}; `voucherId` is the effect id. */
  readonly settlements: readonly SettlementToPost[];
  /** The effects that are not posted, each with its reason. */
  readonly skipped: readonly SkippedEffect[];
}

function valueFor<T>(value: PerSettlement<T> | undefined, effect: CreateSettlementVoucherEffect): T | undefined {
  return typeof value === 'function' ? (value as (e: CreateSettlementVoucherEffect) => T | undefined)(effect) : value;
}

/**
 * Turns `eftkit/payment-line` effects into settlements for {@link postSettlements}. Each
 * `create-settlement-voucher` effect becomes one {@link SettlementToPost}: its line, supplier,
 * open entry, settled amount, currency, booking date and charges, the bank GL account from the
 * context, and — when the context has a ledger currency other than the effect's — the ledger
 * part with the rate (and the entry's booked ledger amount, for the exchange-rate difference).
 *
 * Idempotent: the settlement's `voucherId` is the effect's stable id
 * (`P7/L1:create-settlement-voucher`), the same in every delivery order, so the voucher can be
 * stored under it. An effect id seen twice in `effects` gives one settlement
 * (`matching/duplicate-effect` for the second), and an id in `context.postedEffectIds` gives
 * none (`matching/already-posted`).
 *
 * Nothing is dropped: the other effect kinds, and settlements without an open entry, a bank GL
 * account or a rate, or with charges in another currency, are in `skipped` with the reason.
 * Amounts are checked by {@link postSettlements}. Never throws.
 */
export function settlementsFromEffects(effects: readonly PaymentLineEffect[], context: SettlementContext): SettlementsFromEffects {
  const posted = new Set(context.postedEffectIds ?? []);
  const seen = new Set<string>();
  const settlements: SettlementToPost[] = [];
  const skipped: SkippedEffect[] = [];
  effects.forEach((effect, index) => {
    const skip = (code: string, message: string, field?: string): void => {
      const path = field === undefined ? ['effects', index] : ['effects', index, field];
      skipped.push({ index, effectId: effect.id, kind: effect.kind, reason: issue(code, message, path, 'warning') });
    };
    if (effect.kind !== 'create-settlement-voucher') return skip('matching/not-a-settlement', M.notASettlement(effect.kind), 'kind');
    if (seen.has(effect.id)) return skip('matching/duplicate-effect', M.duplicateEffect(effect.id), 'id');
    seen.add(effect.id);
    if (posted.has(effect.id)) return skip('matching/already-posted', M.alreadyPosted(effect.id), 'id');
    const openEntryId = effect.openEntryId ?? context.openEntryId?.(effect);
    if (openEntryId === undefined || openEntryId === '') return skip('matching/no-open-entry-id', M.noOpenEntryId, 'openEntryId');
    const bankGlAccount = valueFor(context.bankGlAccount, effect);
    if (bankGlAccount === undefined || bankGlAccount === '') return skip('matching/no-bank-gl-account', M.noBankGlAccount);
    if (effect.charges !== undefined && effect.charges.currency !== effect.currency) {
      return skip('matching/charges-currency', M.chargesCurrency(effect.charges.currency, effect.currency), 'charges');
    }
    let ledger: SettlementToPost['ledger'];
    const ledgerCurrency = context.ledgerCurrency;
    if (ledgerCurrency !== undefined && ledgerCurrency !== effect.currency) {
      const rates = context.rates;
      const rate = typeof rates === 'function' ? rates(effect) : rates?.[effect.currency];
      if (rate === undefined || rate === '') return skip('matching/no-rate', M.noRate(effect.currency, ledgerCurrency), 'currency');
      const entryAmount = context.entryLedgerAmount?.(effect);
      ledger = entryAmount === undefined ? { currency: ledgerCurrency, rate } : { currency: ledgerCurrency, rate, entryAmount };
    }
    const settlement: { -readonly [K in keyof SettlementToPost]: SettlementToPost[K] } = {
      voucherId: effect.id,
      lineId: effect.lineId,
      supplierNo: effect.supplierNo,
      openEntryId,
      amount: effect.amount,
      currency: effect.currency,
      date: effect.date,
      bankGlAccount,
    };
    if (effect.charges !== undefined) settlement.charges = effect.charges.amount;
    if (ledger !== undefined) settlement.ledger = ledger;
    settlements.push(settlement);
  });
  return { settlements, skipped };
}
