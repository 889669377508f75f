import type * as FastCheck from 'fast-check';
import { createReference, formatFikLine, type ReferenceScheme } from '../references';
import type { FastCheckApi } from './money';

/** Options of {@link digitsArbitrary}. */
export interface DigitsArbitraryOptions {
  readonly minLength?: number;
  readonly maxLength?: number;
}

/** Strings of ASCII digits (leading zeros included), built digit by digit. */
export function digitsArbitrary(fc: FastCheckApi, options: DigitsArbitraryOptions = {}): FastCheck.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: options.minLength ?? 1, maxLength: options.maxLength ?? 24 });
}

/** Options of {@link kidArbitrary}. */
export interface KidArbitraryOptions {
  /** Check-digit method; default both. */
  readonly method?: 'mod10' | 'mod11';
  /** Total length range, check digit included; default 2–25. */
  readonly minLength?: number;
  readonly maxLength?: number;
}

/** Valid Norwegian KIDs (MOD10 or MOD11, MOD11 possibly ending in `-`), up to 25 characters. */
export function kidArbitrary(fc: FastCheckApi, options: KidArbitraryOptions = {}): FastCheck.Arbitrary<string> {
  const method = options.method === undefined ? fc.constantFrom('mod10' as const, 'mod11' as const) : fc.constant(options.method);
  const base = digitsArbitrary(fc, { minLength: Math.max(1, (options.minLength ?? 2) - 1), maxLength: (options.maxLength ?? 25) - 1 });
  return fc.tuple(base, method).map(([b, m]) => createReference(b, m === 'mod10' ? 'kid-mod10' : 'kid-mod11'));
}

/** Options of {@link ocrArbitrary}. */
export interface OcrArbitraryOptions {
  /** Add the length digit (variable-length control); default false. */
  readonly lengthDigit?: boolean;
}

/** Valid Swedish OCR references (Luhn; with the length digit when asked), 2–25 digits. */
export function ocrArbitrary(fc: FastCheckApi, options: OcrArbitraryOptions = {}): FastCheck.Arbitrary<string> {
  const lengthDigit = options.lengthDigit === true;
  return digitsArbitrary(fc, { minLength: 1, maxLength: lengthDigit ? 23 : 24 }).map((b) => createReference(b, 'ocr', { lengthDigit }));
}

/** Valid Finnish national references, 4–20 digits. */
export function finnishReferenceArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<string> {
  return digitsArbitrary(fc, { minLength: 3, maxLength: 19 }).map((b) => createReference(b, 'fi'));
}

/** Valid RF creditor references (ISO 11649) with a body of 1–21 letters and digits. */
export function rfReferenceArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<string> {
  const body = fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 1, maxLength: 21 });
  return body.map((b) => createReference(b, 'rf'));
}

/** Valid FIK payment ids: 15 digits (+71) or 16 digits (+75), Luhn last. */
export function fikPaymentIdArbitrary(fc: FastCheckApi, cardType?: '71' | '75'): FastCheck.Arbitrary<string> {
  const type = cardType === undefined ? fc.constantFrom('71' as const, '75' as const) : fc.constant(cardType);
  return type.chain((t) =>
    digitsArbitrary(fc, { minLength: 1, maxLength: t === '71' ? 14 : 15 }).map((b) => createReference(b, 'fik', { cardType: t })),
  );
}

/** Valid FIK payment lines: `+71<id+creditor<`, `+73<+creditor<`, `+75<id+creditor<`. */
export function fikPaymentLineArbitrary(fc: FastCheckApi): FastCheck.Arbitrary<string> {
  const creditor = digitsArbitrary(fc, { minLength: 8, maxLength: 8 });
  return fc.oneof(
    fc.tuple(fikPaymentIdArbitrary(fc, '71'), creditor).map(([id, c]) => formatFikLine({ cardType: '71', paymentId: id, creditor: c })),
    fc.tuple(fikPaymentIdArbitrary(fc, '75'), creditor).map(([id, c]) => formatFikLine({ cardType: '75', paymentId: id, creditor: c })),
    creditor.map((c) => formatFikLine({ cardType: '73', paymentId: '', creditor: c })),
  );
}

/** A valid reference of a scheme (or of any scheme), with its scheme. */
export function referenceArbitrary(
  fc: FastCheckApi,
  scheme?: ReferenceScheme,
): FastCheck.Arbitrary<{ scheme: ReferenceScheme; value: string }> {
  const of = (s: ReferenceScheme): FastCheck.Arbitrary<{ scheme: ReferenceScheme; value: string }> => {
    const arb =
      s === 'kid-mod10' || s === 'kid-mod11'
        ? kidArbitrary(fc, { method: s === 'kid-mod10' ? 'mod10' : 'mod11' })
        : s === 'ocr'
          ? ocrArbitrary(fc)
          : s === 'fi'
            ? finnishReferenceArbitrary(fc)
            : s === 'rf'
              ? rfReferenceArbitrary(fc)
              : fikPaymentIdArbitrary(fc);
    return arb.map((value) => ({ scheme: s, value }));
  };
  if (scheme !== undefined) return of(scheme);
  return fc.constantFrom<ReferenceScheme>('kid-mod10', 'kid-mod11', 'ocr', 'fi', 'rf', 'fik').chain(of);
}
