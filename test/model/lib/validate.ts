/** gltf-validator on the file as written, and on a decoded copy (the validator cannot read meshopt data). */
import { Logger } from '@gltf-transform/core';
// gltf-validator ships no types.
// @ts-expect-error untyped CommonJS module
import validator from 'gltf-validator';
import { createIO } from './glb';

export interface ValidatorMessage {
  code: string;
  message: string;
  severity: number;
  pointer?: string;
}
export interface ValidatorReport {
  issues: { numErrors: number; numWarnings: number; messages: ValidatorMessage[] };
}

export async function validate(bytes: Uint8Array): Promise<ValidatorReport> {
  return (await validator.validateBytes(bytes, { maxIssues: 200 })) as ValidatorReport;
}

/** Decodes meshopt + keeps quantization, writes a plain GLB the validator can look inside. */
export async function decodedCopy(bytes: Uint8Array): Promise<Uint8Array> {
  const io = await createIO();
  const doc = await io.readBinary(bytes);
  doc.setLogger(new Logger(Logger.Verbosity.ERROR));
  for (const ext of doc.getRoot().listExtensionsUsed()) {
    if (ext.extensionName === 'EXT_meshopt_compression') ext.dispose();
  }
  // A GLB holds one buffer; the meshopt fallback buffer goes, its accessors move to the first.
  const [first, ...rest] = doc.getRoot().listBuffers();
  if (first) {
    for (const a of doc.getRoot().listAccessors()) a.setBuffer(first);
    for (const b of rest) b.dispose();
  }
  return io.writeBinary(doc);
}

export function errorsOf(report: ValidatorReport): string[] {
  return report.issues.messages.filter((m) => m.severity === 0).map((m) => `${m.code} at ${m.pointer ?? '?'}: ${m.message}`);
}
