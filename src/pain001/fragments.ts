import { formatPath, issue, type EftkitIssue, type IssuePath, type PathSegment } from '../errors';
import type { PartyIdentification, PostalAddress } from '../validation/model';
import { escapeXml, isXmlText, toSepaText, type SepaCharacterSet } from './charset';
import { PAIN001_MESSAGES as M } from './messages';
import type { Pain001Version } from './types';

/**
 * Writes text fields of one line or block: checks that XML can carry them, converts them to
 * the SEPA character set in a SEPA block, escapes them, and records an issue for each problem
 * or change. @internal
 */
export class TextWriter {
  /** Issues found since the last {@link TextWriter.take}. */
  issues: EftkitIssue[] = [];
  constructor(
    readonly v3: boolean,
    readonly sepa: boolean,
    readonly characterSet: SepaCharacterSet,
  ) {}

  /** The text, ready for an element's content; `at`, `a`, `b`, `c` make the path of an issue. */
  text(value: string, at: IssuePath, a?: PathSegment, b?: PathSegment, c?: PathSegment): string {
    // Fast path: text that needs no change, no escaping and no check (most text).
    if (this.sepa ? (this.characterSet === 'epc-latin' ? LATIN.test(value) : LATIN_NORDIC.test(value)) : PLAIN.test(value)) return value;
    const path = (): IssuePath => [...at, ...[a, b, c].filter((x): x is PathSegment => x !== undefined)];
    if (!isXmlText(value)) {
      const p = path();
      this.issues.push(issue('pain001/invalid-xml-character', M.invalidXmlCharacter(formatPath(p)), p));
      return '';
    }
    if (this.sepa) {
      const converted = toSepaText(value, this.characterSet);
      if (converted.changed) {
        const p = path();
        this.issues.push(issue('pain001/transliterated', M.transliterated(formatPath(p), value, converted.text), p, 'warning'));
        return escapeXml(converted.text);
      }
    }
    return escapeXml(value);
  }

  /** Hands over the issues found so far and starts a new list (a writer serves many lines). */
  take(): EftkitIssue[] {
    if (this.issues.length === 0) return NO_ISSUES;
    const out = this.issues;
    this.issues = [];
    return out;
  }

  /** Adds `open`, the text of a value (not empty) and `close` to `parts`. */
  put(parts: string[], open: string, value: string, close: string, at: IssuePath, a?: PathSegment, b?: PathSegment, c?: PathSegment): void {
    parts.push(open, this.text(value, at, a, b, c), close);
  }

  /** `<tag>text</tag>`, or nothing for an absent or empty value. */
  el(tag: string, value: string | undefined, at: IssuePath, a?: PathSegment, b?: PathSegment, c?: PathSegment): string {
    if (value === undefined || value === '') return '';
    return `<${tag}>${this.text(value, at, a, b, c)}</${tag}>`;
  }
}

const NO_ISSUES: EftkitIssue[] = [];

/** Text that XML carries as it is: no markup characters, controls, surrogates or non-characters. */
const PLAIN = /^[^&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]*$/;
const LATIN = /^[A-Za-z0-9/\-?:().,'+ ]*$/;
const LATIN_NORDIC = /^[A-Za-z0-9/\-?:().,'+ ÅÄÖÆØåäöæø]*$/;

/** True for the three versions' namespace suffix. @internal */
export function isV3(version: Pain001Version): boolean {
  return version === 'pain.001.001.03';
}

const FIELDS_V9: ReadonlyArray<readonly [keyof PostalAddress, string]> = [
  ['department', 'Dept'],
  ['subDepartment', 'SubDept'],
  ['street', 'StrtNm'],
  ['buildingNo', 'BldgNb'],
  ['buildingName', 'BldgNm'],
  ['floor', 'Flr'],
  ['postBox', 'PstBx'],
  ['room', 'Room'],
  ['postCode', 'PstCd'],
  ['town', 'TwnNm'],
  ['townLocation', 'TwnLctnNm'],
  ['district', 'DstrctNm'],
  ['countrySubDivision', 'CtrySubDvsn'],
];

const FIELDS_V3: ReadonlyArray<readonly [keyof PostalAddress, string]> = [
  ['department', 'Dept'],
  ['subDepartment', 'SubDept'],
  ['street', 'StrtNm'],
  ['buildingNo', 'BldgNb'],
  ['postCode', 'PstCd'],
  ['town', 'TwnNm'],
  ['countrySubDivision', 'CtrySubDvsn'],
];

/** Fields of `PostalAddress24` that `PostalAddress6` (pain.001.001.03) lacks, with the label they get in an address line. */
const V3_EXTRA: ReadonlyArray<readonly [keyof PostalAddress, string]> = [
  ['buildingName', ''],
  ['floor', 'Floor '],
  ['room', 'Room '],
  ['postBox', 'PO Box '],
  ['townLocation', ''],
  ['district', ''],
];

/**
 * `<PstlAdr>…</PstlAdr>` of an address (the country given when the address has none), or
 * nothing. In pain.001.001.03 the fields it lacks go, labelled and joined by `, `, into one
 * more address line; when that line is longer than 70 or makes more than 7 lines, that is an
 * issue. @internal
 */
export function addressXml(w: TextWriter, address: PostalAddress | undefined, fallbackCountry: string | undefined, path: IssuePath): string {
  if (address === undefined) return fallbackCountry === undefined || fallbackCountry === '' ? '' : `<PstlAdr><Ctry>${escapeXml(fallbackCountry)}</Ctry></PstlAdr>`;
  const a = address;
  let out = '';
  for (const [field, tag] of w.v3 ? FIELDS_V3 : FIELDS_V9) out += w.el(tag, a[field] as string | undefined, path, field);
  const country = a.country ?? fallbackCountry;
  if (country !== undefined && country !== '') out += `<Ctry>${escapeXml(country)}</Ctry>`;
  const lines = a.addressLines ?? [];
  lines.forEach((line, k) => {
    out += w.el('AdrLine', line, path, 'addressLines', k);
  });
  if (w.v3) {
    const extras = V3_EXTRA.filter(([field]) => a[field] !== undefined && a[field] !== '');
    if (extras.length > 0) {
      const line = extras.map(([field, label]) => `${label}${a[field] as string}`).join(', ');
      if (line.length > 70 || lines.length + 1 > 7) {
        w.issues.push(issue('pain001/address-not-expressible', M.addressNotExpressible(extras.map(([f]) => f).join(', ')), path));
      } else {
        out += w.el('AdrLine', line, path);
      }
    }
  }
  return out === '' ? '' : `<PstlAdr>${out}</PstlAdr>`;
}

/** The `<Id><OrgId>…</OrgId></Id>` of an organisation number and LEI, or nothing. @internal */
export function organisationIdXml(w: TextWriter, orgNo: string | undefined, lei: string | undefined, path: IssuePath, scheme?: string): string {
  let inner = '';
  // OrganisationIdentification29 (.09/.11): LEI before Othr. OrganisationIdentification4 (.03)
  // has no LEI element, so the LEI goes into an Othr with the proprietary scheme LEI.
  if (lei !== undefined && lei !== '') {
    inner += w.v3 ? `<Othr><Id>${escapeXml(lei)}</Id><SchmeNm><Prtry>LEI</Prtry></SchmeNm></Othr>` : `<LEI>${escapeXml(lei)}</LEI>`;
  }
  if (orgNo !== undefined && orgNo !== '') {
    const schemeXml = scheme === undefined || scheme === '' ? '' : `<SchmeNm><Cd>${w.text(scheme, path, 'scheme')}</Cd></SchmeNm>`;
    inner += `<Othr><Id>${w.text(orgNo, path, 'orgNo')}</Id>${schemeXml}</Othr>`;
  }
  return inner === '' ? '' : `<Id><OrgId>${inner}</OrgId></Id>`;
}

/** The content of a `PartyIdentification` (name, address, organisation id). @internal */
export function partyXml(w: TextWriter, party: PartyIdentification, path: IssuePath): string {
  return w.el('Nm', party.name, path, 'name') + addressXml(w, party.address, undefined, [...path, 'address']) + organisationIdXml(w, party.orgNo, party.lei, path);
}

/** A BIC element of the version: `BIC` (pain.001.001.03) or `BICFI`. @internal */
export function bicXml(v3: boolean, bic: string): string {
  return v3 ? `<BIC>${bic}</BIC>` : `<BICFI>${bic}</BICFI>`;
}

/** Splits a text into lines of at most `width` characters, at a space where one is near. @internal */
export function splitLines(text: string, width: number): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest.length > width) {
    let cut = rest.lastIndexOf(' ', width);
    if (cut < width / 2) cut = width;
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') out.push(rest);
  return out;
}
