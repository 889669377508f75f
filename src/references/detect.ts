import { checkReference } from './validate';
import { COUNTRY_SCHEMES } from './tables';
import { REFERENCE_SCHEMES, type ReferenceScheme, type ValidateReferenceOptions } from './types';

/** Options of {@link detectReference}. */
export interface DetectReferenceOptions extends ValidateReferenceOptions {
  /**
   * ISO 3166 alpha-2 country of the payee's account: only the schemes used there are tried
   * (NO: KID; SE: OCR; FI: Finnish; DK: FIK; RF everywhere). Default: every scheme.
   */
  readonly country?: string;
  /** Try only these schemes. */
  readonly schemes?: readonly ReferenceScheme[];
}

/** The schemes tried for a country (every scheme when none is given). */
export function schemesForCountry(country?: string): readonly ReferenceScheme[] {
  if (country === undefined) return REFERENCE_SCHEMES;
  return COUNTRY_SCHEMES[country.toUpperCase()] ?? ['rf'];
}

/**
 * Which schemes a string satisfies, in the order `kid-mod10`, `kid-mod11`, `ocr`, `fi`, `rf`,
 * `fik`. A string of digits often satisfies several (a Luhn-valid number is both a MOD10 KID
 * and an OCR reference): pass `country` to keep only the schemes used there. An OCR reference
 * is tried under `ocrControl` (default `hard`); its check digit must be right even under
 * `soft`.
 *
 * @example
 * ```ts
 * detectReference('2345676');                  // ['kid-mod10', 'ocr']
 * detectReference('2345676', { country: 'NO' }); // ['kid-mod10']
 * detectReference('RF18 5390 0754 7034');      // ['rf']
 * ```
 */
export function detectReference(text: string, options: DetectReferenceOptions = {}): ReferenceScheme[] {
  const allowed = schemesForCountry(options.country);
  const wanted = options.schemes === undefined ? allowed : allowed.filter((s) => options.schemes?.includes(s));
  const found: ReferenceScheme[] = [];
  for (const scheme of wanted) {
    const check = checkReference(text, scheme, options);
    // Even under the soft OCR control, a reference with a wrong check digit does not count.
    if (check.reference !== undefined && check.issues.length === 0) found.push(scheme);
  }
  return found;
}
