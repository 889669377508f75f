/** Builds a camt.054.001.02 with `n` credit entries of one transaction each (KID, debtor, ids), for benchmarks. */
export function bigCamt054(n: number): string {
  return [...camt054Parts(n)].join('');
}

/** The same document as chunks of about `size` characters, built as they are asked for (never whole). */
export function* camt054Chunks(n: number, size: number = 64 * 1024): Generator<string, void, undefined> {
  let buffer = '';
  for (const part of camt054Parts(n)) {
    buffer += part;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}

/** The document's parts: the headers, one string per entry, the closing tags. */
export function* camt054Parts(n: number): Generator<string, void, undefined> {
  yield* [
    '<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn>',
    '<GrpHdr><MsgId>BENCH-1</MsgId><CreDtTm>2026-11-30T10:00:00</CreDtTm></GrpHdr>',
    '<Ntfctn><Id>BENCH-N1</Id><CreDtTm>2026-11-30T10:00:00</CreDtTm><Acct><Id><IBAN>NO9386011117947</IBAN></Id><Ccy>NOK</Ccy></Acct>',
  ];
  for (let i = 0; i < n; i++) {
    const amount = `${(i % 100000) + 1}.${String(i % 100).padStart(2, '0')}`;
    yield (
      `<Ntry><Amt Ccy="NOK">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-30</Dt></BookgDt><ValDt><Dt>2026-11-30</Dt></ValDt>` +
        `<AcctSvcrRef>ARCH${i}</AcctSvcrRef><BkTxCd/><NtryDtls><TxDtls><Refs><AcctSvcrRef>TX${i}</AcctSvcrRef><EndToEndId>E2E-${i}</EndToEndId></Refs>` +
        `<AmtDtls><TxAmt><Amt Ccy="NOK">${amount}</Amt></TxAmt></AmtDtls><RltdPties><Dbtr><Nm>Kunde ${i} AS</Nm></Dbtr>` +
        `<DbtrAcct><Id><Othr><Id>1234567890${i % 10}</Id></Othr></Id></DbtrAcct></RltdPties>` +
        `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>0000001000${String(i % 10)}3</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls></Ntry>`
    );
  }
  yield '</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>';
}
