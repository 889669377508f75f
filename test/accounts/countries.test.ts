import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COUNTRY_ALPHA3,
  CountryCodeSchema,
  SEPA_COUNTRIES,
  alpha2FromAlpha3,
  countryCodeIssues,
  isCountryCode,
  isSepaCountry,
  nationalCurrency,
  validateCountryCode,
} from '../../src/accounts';
import { currencyExponent } from '../../src/money';
import { countryCodeArbitrary } from '../../src/testing';

describe('ISO 3166 country codes', () => {
  it('has the 249 officially assigned codes and XK (Kosovo, used by SWIFT and the IBAN registry)', () => {
    expect(Object.keys(COUNTRY_ALPHA3)).toHaveLength(250);
    for (const code of ['NO', 'SE', 'DK', 'FI', 'US', 'GB', 'AX', 'XK', 'BQ', 'SS']) expect(isCountryCode(code), code).toBe(true);
    for (const code of ['UK', 'EU', 'XX', 'no', 'NOR']) expect(isCountryCode(code), code).toBe(false);
  });

  it('a three-letter code is an issue that says so and names the two-letter code', () => {
    const issues = countryCodeIssues('NOR');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe('country/alpha-3');
    expect(issues[0]?.message).toBe('"NOR" is a three-letter country code. The bank needs the two-letter ISO code: "NO".');
    expect(countryCodeIssues('usa')[0]?.message).toContain('"US"');
    expect(countryCodeIssues('ABC')[0]?.code).toBe('country/alpha-3');
    expect(alpha2FromAlpha3('SWE')).toBe('SE');
  });

  it('names UK and EL as not ISO, and rejects other forms', () => {
    expect(countryCodeIssues('UK')[0]).toMatchObject({ code: 'country/not-iso', message: '"UK" is not an ISO country code; use "GB".' });
    expect(countryCodeIssues('EL')[0]?.code).toBe('country/not-iso');
    expect(countryCodeIssues('no')[0]?.code).toBe('country/invalid-format');
    expect(countryCodeIssues('N')[0]?.code).toBe('country/invalid-format');
    expect(countryCodeIssues('')[0]?.code).toBe('country/empty');
    expect(countryCodeIssues('QQ')[0]?.code).toBe('country/unknown');
    expect(() => validateCountryCode('NOR')).toThrow(/three-letter/);
    expect(CountryCodeSchema.safeParse('SE').success).toBe(true);
    expect(CountryCodeSchema.safeParse('SWE').error?.issues[0]?.message).toMatch(/"SE"/);
  });

  it('every alpha-3 code maps back to its alpha-2 code and is reported as alpha-3', () => {
    fc.assert(
      fc.property(countryCodeArbitrary(fc), (code) => {
        expect(countryCodeIssues(code)).toEqual([]);
        const alpha3 = COUNTRY_ALPHA3[code] ?? '';
        expect(alpha2FromAlpha3(alpha3)).toBe(code);
        expect(countryCodeIssues(alpha3)[0]?.code).toBe('country/alpha-3');
      }),
    );
  });
});

describe('SEPA scope', () => {
  it('holds the 41 countries and the territories of the EPC list', () => {
    for (const c of ['NO', 'SE', 'DK', 'FI', 'IS', 'CH', 'GB', 'MC', 'SM', 'AD', 'VA', 'AL', 'ME', 'MD', 'MK', 'RS', 'AX', 'GP', 'JE']) {
      expect(isSepaCountry(c), c).toBe(true);
    }
    for (const c of ['US', 'PF', 'NC', 'WF', 'TF', 'TR', 'UA', 'XK']) expect(isSepaCountry(c), c).toBe(false);
    expect(new Set(SEPA_COUNTRIES).size).toBe(SEPA_COUNTRIES.length);
    for (const c of SEPA_COUNTRIES) expect(isCountryCode(c), c).toBe(true);
  });

  it('knows the national currencies (BG in EUR from 2026)', () => {
    expect(nationalCurrency('NO')).toBe('NOK');
    expect(nationalCurrency('FI')).toBe('EUR');
    expect(nationalCurrency('BG')).toBe('EUR');
    expect(nationalCurrency('ZZ')).toBeUndefined();
    for (const c of SEPA_COUNTRIES) expect(currencyExponent(nationalCurrency(c) ?? ''), c).toBeDefined();
  });
});
