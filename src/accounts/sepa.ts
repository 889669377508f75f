/**
 * Countries and territories in the geographical scope of the SEPA payment schemes, by ISO
 * 3166 code. Source: European Payments Council, "EPC list of countries and territories
 * included in the SEPA schemes' geographical scope" (EPC409-09), as amended to include
 * Albania and Montenegro (November 2024), Moldova and North Macedonia (March 2025) and Serbia
 * (May 2025): 41 countries. Territories: Åland (with FI); French Guiana, Guadeloupe,
 * Martinique, Mayotte, Réunion, Saint Barthélemy, Saint Martin and Saint Pierre and Miquelon
 * (with FR); Gibraltar; Guernsey, Jersey and the Isle of Man (with GB). The Azores, Madeira,
 * the Canary Islands, Ceuta and Melilla use the codes of PT and ES. French Polynesia, New
 * Caledonia, Wallis and Futuna and the French Southern Territories are NOT in SEPA (they use
 * XPF), although their IBANs look French.
 */
export const SEPA_COUNTRIES: readonly string[] = Object.freeze([
  // EU member states
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT',
  'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
  // EEA and others
  'IS', 'LI', 'NO', 'CH', 'GB', 'MC', 'SM', 'AD', 'VA', 'AL', 'ME', 'MD', 'MK', 'RS',
  // territories
  'AX', 'GF', 'GP', 'MQ', 'YT', 'RE', 'BL', 'MF', 'PM', 'GI', 'GG', 'JE', 'IM',
]);

const SEPA_SET: ReadonlySet<string> = new Set(SEPA_COUNTRIES);

/** True when a country or territory is in the SEPA schemes' geographical scope (`NO` → true, `US` → false). */
export function isSepaCountry(country: string): boolean {
  return SEPA_SET.has(country);
}

/**
 * The currency a domestic payment in a country is made in: the national currency. Source:
 * ISO 4217 country tables (SIX, 2026-01-01); Bulgaria uses EUR from 2026-01-01; Kosovo and
 * Montenegro use EUR; the microstates and French territories use EUR, Liechtenstein CHF and
 * the Crown Dependencies GBP. Countries missing here are treated by their debtor account's
 * currency.
 */
export const NATIONAL_CURRENCIES: Readonly<Record<string, string>> = Object.freeze({
  AT: 'EUR', BE: 'EUR', BG: 'EUR', CY: 'EUR', DE: 'EUR', EE: 'EUR', ES: 'EUR', FI: 'EUR', FR: 'EUR',
  GR: 'EUR', HR: 'EUR', IE: 'EUR', IT: 'EUR', LT: 'EUR', LU: 'EUR', LV: 'EUR', MT: 'EUR', NL: 'EUR',
  PT: 'EUR', SI: 'EUR', SK: 'EUR', AD: 'EUR', MC: 'EUR', SM: 'EUR', VA: 'EUR', ME: 'EUR', XK: 'EUR',
  AX: 'EUR', GF: 'EUR', GP: 'EUR', MQ: 'EUR', YT: 'EUR', RE: 'EUR', BL: 'EUR', MF: 'EUR', PM: 'EUR',
  NO: 'NOK', SE: 'SEK', DK: 'DKK', IS: 'ISK', FO: 'DKK', GL: 'DKK', CZ: 'CZK', HU: 'HUF', PL: 'PLN',
  RO: 'RON', CH: 'CHF', LI: 'CHF', GB: 'GBP', GG: 'GBP', JE: 'GBP', IM: 'GBP', GI: 'GIP', AL: 'ALL',
  MD: 'MDL', MK: 'MKD', RS: 'RSD', US: 'USD', CA: 'CAD', AU: 'AUD', NZ: 'NZD', JP: 'JPY', CN: 'CNY',
  HK: 'HKD', SG: 'SGD', ZA: 'ZAR', TR: 'TRY', UA: 'UAH', IN: 'INR', BR: 'BRL', MX: 'MXN',
});

/** The national currency of a country, or `undefined` when eftkit's table does not know it. */
export function nationalCurrency(country: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(NATIONAL_CURRENCIES, country) ? NATIONAL_CURRENCIES[country] : undefined;
}
