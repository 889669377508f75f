import { escapeXml } from './charset';
import { organisationIdXml, TextWriter } from './fragments';
import type { BlockFields } from './prepare';
import type { Pain001Version } from './types';

/** `<?xml …?><Document …><CstmrCdtTrfInitn>`. @internal */
export function documentOpen(version: Pain001Version): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${version}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><CstmrCdtTrfInitn>`;
}

/** `</CstmrCdtTrfInitn></Document>`. @internal */
export const DOCUMENT_CLOSE = '</CstmrCdtTrfInitn></Document>\n';

/** What the group header says. @internal */
export interface HeaderFields {
  readonly messageId: string;
  readonly creationDateTime: string;
  readonly numberOfTransactions: number;
  readonly controlSum: string;
  readonly initiatingPartyName: string | undefined;
  readonly initiatingPartyId: string | undefined;
  readonly initiatingPartyScheme: string | undefined;
}

/** `<GrpHdr>…</GrpHdr>`. Texts are checked beforehand. @internal */
export function groupHeader(v3: boolean, h: HeaderFields): string {
  const w = new TextWriter(v3, false, 'epc-latin');
  const party = w.el('Nm', h.initiatingPartyName, ['initiatingParty', 'name']) + organisationIdXml(w, h.initiatingPartyId, undefined, ['initiatingParty'], h.initiatingPartyScheme);
  return `<GrpHdr><MsgId>${escapeXml(h.messageId)}</MsgId><CreDtTm>${h.creationDateTime}</CreDtTm><NbOfTxs>${h.numberOfTransactions}</NbOfTxs><CtrlSum>${h.controlSum}</CtrlSum><InitgPty>${party}</InitgPty></GrpHdr>`;
}

/** `<PmtInf>` up to the first transaction; totals are left out when not known. @internal */
export function paymentInformationOpen(v3: boolean, id: string, b: BlockFields, totals: { readonly count: number; readonly sum: string } | undefined): string {
  let out = `<PmtInf><PmtInfId>${escapeXml(id)}</PmtInfId><PmtMtd>TRF</PmtMtd>`;
  if (b.batchBooking !== undefined) out += `<BtchBookg>${b.batchBooking}</BtchBookg>`;
  if (totals !== undefined) out += `<NbOfTxs>${totals.count}</NbOfTxs><CtrlSum>${totals.sum}</CtrlSum>`;
  if (b.instructionPriority !== undefined || b.serviceLevel !== undefined || b.categoryPurpose !== undefined) {
    out += '<PmtTpInf>';
    if (b.instructionPriority !== undefined) out += `<InstrPrty>${b.instructionPriority}</InstrPrty>`;
    if (b.serviceLevel !== undefined) out += `<SvcLvl><Cd>${escapeXml(b.serviceLevel)}</Cd></SvcLvl>`;
    if (b.categoryPurpose !== undefined) out += `<CtgyPurp><Cd>${escapeXml(b.categoryPurpose)}</Cd></CtgyPurp>`;
    out += '</PmtTpInf>';
  }
  out += v3 ? `<ReqdExctnDt>${b.date}</ReqdExctnDt>` : `<ReqdExctnDt><Dt>${b.date}</Dt></ReqdExctnDt>`;
  return `${out}${b.debtorXml}<ChrgBr>${b.chargeBearer}</ChrgBr>`;
}

/** `</PmtInf>`. @internal */
export const PAYMENT_INFORMATION_CLOSE = '</PmtInf>';

/**
 * Indents compact XML (as eftkit writes it: no mixed content, no comments) with two spaces per
 * level; keeps its state between chunks, so a stream can be indented piece by piece. @internal
 */
export class Indenter {
  #depth = 0;
  #pending = '';
  #leafText: string | undefined;

  /** Indents the next piece; returns what can be written so far. */
  push(chunk: string): string {
    const text = this.#pending + chunk;
    const lastClose = text.lastIndexOf('>');
    this.#pending = text.slice(lastClose + 1);
    let out = '';
    for (const m of text.slice(0, lastClose + 1).matchAll(/<[^>]+>|[^<]+/g)) {
      const token = m[0];
      if (token.startsWith('<?')) out += token;
      else if (token.startsWith('</')) {
        this.#depth--;
        out += this.#leafText === undefined ? `\n${'  '.repeat(this.#depth)}${token}` : `${this.#leafText}${token}`;
        this.#leafText = undefined;
      } else if (token.startsWith('<')) {
        out += `\n${'  '.repeat(this.#depth)}${token}`;
        if (!token.endsWith('/>')) this.#depth++;
      } else if (token.trim() !== '') this.#leafText = token;
    }
    return out;
  }

  /** What is left at the end. */
  end(): string {
    const rest = this.#pending;
    this.#pending = '';
    return `${rest.trim()}\n`;
  }
}
