/** File reading and printing shared by the pack commands. No command prints a stack trace. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MAX_PACK_BYTES, parsePack, parsePackText, type ParseOptions, type ParseResult } from '../../src/content/loadPack';
import { formatIssue, ROOT_PATH, type PackIssue } from '../../src/content/packIssue';
import type { Pack } from '../../src/content/schema';
import { buildCorePack } from './buildCorePack';

export const ROOT = join(import.meta.dirname, '../..');
export const DEFAULT_MODEL = join(ROOT, 'public/models/body.glb');
export const CORE_JSON = join(ROOT, 'public/content/core.json');
export const SCHEMA_JSON = join(ROOT, 'public/content/pack.schema.json');

export interface Out {
  out(line: string): void;
  err(line: string): void;
}

export class UsageError extends Error {}

/** A file's text, or the reason it cannot be read (missing, a directory, too large, unreadable). */
export function readPackFile(file: string, maxBytes = MAX_PACK_BYTES): { ok: true; text: string } | { ok: false; issue: PackIssue } {
  const fail = (message: string) => ({ ok: false as const, issue: { path: ROOT_PATH, message } });
  try {
    if (!existsSync(file)) return fail(`no such file: ${file}`);
    const st = statSync(file);
    if (st.isDirectory()) return fail(`${file} is a directory, not a pack file`);
    if (st.size > maxBytes) return fail(`the file is too large (${(st.size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB)`);
    return { ok: true, text: readFileSync(file, 'utf8') };
  } catch (err) {
    return fail(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** Reads and parses a pack file; file problems come back as issues like any other. */
export function loadPackFile(file: string, opts: ParseOptions = {}): ParseResult {
  const r = readPackFile(file);
  if (!r.ok) return { ok: false, issues: [r.issue], warnings: [] };
  return parsePackText(r.text, opts);
}

/** The pack `find` works on: --pack, else public/content/core.json, else the fragments in content/core. */
export function loadDefaultPack(file: string | undefined, io: Out): Pack | undefined {
  if (file || existsSync(CORE_JSON)) {
    const path = file ?? CORE_JSON;
    const r = loadPackFile(path);
    if (r.ok) return r.pack;
    printProblems(io, display(path), r.issues);
    return undefined;
  }
  const build = buildCorePack();
  const r = build.problems.length ? undefined : parsePack(build.pack);
  if (r?.ok) return r.pack;
  printProblems(io, 'content/core (assembled)', build.problems.length ? build.problems : (r?.issues ?? []));
  return undefined;
}

export function display(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/** For a path into a pack's lists, the ids it points at: `muscles[1].triggerPoints[3]…` → `masseter, masseter-4`. */
export function idsAlongPath(pack: unknown): (path: string) => string | undefined {
  return (path) => {
    const ids: string[] = [];
    let node: unknown = pack;
    for (const m of path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)) {
      if (typeof node !== 'object' || node === null) break;
      node = (node as Record<string, unknown>)[m[1] ?? Number(m[2])];
      if (m[2] !== undefined && typeof node === 'object' && node !== null && typeof (node as { id?: unknown }).id === 'string') ids.push((node as { id: string }).id);
    }
    return ids.length ? ids.join(', ') : undefined;
  };
}

export function printProblems(io: Out, label: string, issues: readonly PackIssue[], annotate?: (path: string) => string | undefined): void {
  io.out(`${label}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`);
  for (const i of issues) {
    const where = annotate?.(i.path);
    io.out(`  ${formatIssue(i)}${where ? `  [${where}]` : ''}`);
  }
}

export function printWarnings(io: Out, issues: readonly PackIssue[], annotate?: (path: string) => string | undefined): void {
  for (const i of issues) {
    const where = annotate?.(i.path);
    io.out(`  ${formatIssue(i)}${where ? `  [${where}]` : ''}`);
  }
}
