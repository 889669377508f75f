/**
 * Finds the official ISO 20022 XSDs and samples and validates XML against them with libxml2
 * (compiled to WebAssembly, so no system package is needed).
 *
 * Where: `EFTKIT_XSD_DIR` (the folder of the .xsd files), else `../shared/iso20022/xsd` beside
 * the repository. Samples: `EFTKIT_SAMPLES_DIR`, else `samples/` beside the XSD folder.
 * Under `CI=true` a missing folder fails the suite; elsewhere schema tests skip and say why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { describe, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The folder of the XSD files. */
export const XSD_DIR: string = process.env.EFTKIT_XSD_DIR ?? resolve(repoRoot, '..', 'shared', 'iso20022', 'xsd');
/** The folder of the sample messages. */
export const SAMPLES_DIR: string = process.env.EFTKIT_SAMPLES_DIR ?? resolve(XSD_DIR, '..', 'samples');

/** The message versions eftkit reads or writes. */
export type SchemaName =
  | 'pain.001.001.03'
  | 'pain.001.001.09'
  | 'pain.001.001.11'
  | 'pain.002.001.03'
  | 'pain.002.001.10'
  | 'camt.054.001.02'
  | 'camt.054.001.08';

/** Every schema the helper knows. */
export const SCHEMAS: readonly SchemaName[] = [
  'pain.001.001.03',
  'pain.001.001.09',
  'pain.001.001.11',
  'pain.002.001.03',
  'pain.002.001.10',
  'camt.054.001.02',
  'camt.054.001.08',
];

const missing = SCHEMAS.filter((s) => !existsSync(join(XSD_DIR, `${s}.xsd`)));

/** Why schema tests cannot run here, or undefined when they can. */
export const xsdUnavailableReason: string | undefined =
  missing.length === 0
    ? undefined
    : `ISO 20022 XSDs not found in ${XSD_DIR} (missing ${missing.join(', ')}); set EFTKIT_XSD_DIR to the folder that holds them.`;

const isCi = process.env.CI === 'true' || process.env.CI === '1';

/**
 * A `describe` for tests that need the XSDs: runs them when the schemas are there; under CI a
 * missing schema is a failing test; elsewhere the block is skipped with the reason printed.
 */
export function describeWithXsd(name: string, body: () => void): void {
  if (xsdUnavailableReason === undefined) {
    describe(name, body);
  } else if (isCi) {
    describe(name, () => {
      it('has the ISO 20022 XSDs (required under CI=true)', () => {
        throw new Error(xsdUnavailableReason);
      });
    });
  } else {
    console.warn(`[skip] ${name}: ${xsdUnavailableReason}`);
    describe.skip(name, body);
  }
}

const validators = new Map<SchemaName, XsdValidator>();

function validatorFor(schema: SchemaName): XsdValidator {
  let validator = validators.get(schema);
  if (validator === undefined) {
    const xsd = XmlDocument.fromString(readFileSync(join(XSD_DIR, `${schema}.xsd`), 'utf8'));
    validator = XsdValidator.fromDoc(xsd);
    validators.set(schema, validator);
  }
  return validator;
}

/** The outcome of {@link validateXml}: valid, or libxml2's messages with line numbers. */
export interface XsdVerdict {
  readonly valid: boolean;
  readonly errors: readonly string[];
}

/** The schema a document declares by its default namespace, e.g. `pain.001.001.09`. */
export function schemaOf(xml: string): SchemaName | undefined {
  const match = /xmlns="urn:iso:std:iso:20022:tech:xsd:([a-z]+\.\d{3}\.\d{3}\.\d{2})"/.exec(xml);
  const name = match?.[1];
  return SCHEMAS.find((s) => s === name);
}

/** Validates `xml` against the official XSD of `schema` (default: the one its namespace names). */
export function validateXml(xml: string, schema: SchemaName | undefined = schemaOf(xml)): XsdVerdict {
  if (schema === undefined) return { valid: false, errors: ['The document names no known ISO 20022 namespace.'] };
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromString(xml);
  } catch (e) {
    return { valid: false, errors: [e instanceof Error ? e.message : String(e)] };
  }
  try {
    validatorFor(schema).validate(doc);
    return { valid: true, errors: [] };
  } catch (e) {
    const details = (e as { details?: { message: string; line: number }[] }).details;
    const errors = details?.map((d) => `line ${d.line}: ${d.message.trim()}`) ?? [e instanceof Error ? e.message : String(e)];
    return { valid: false, errors };
  } finally {
    doc.dispose();
  }
}

/** Reads a sample message by file name from the samples folder. */
export function readSample(name: string): string {
  return readFileSync(join(SAMPLES_DIR, name), 'utf8');
}
