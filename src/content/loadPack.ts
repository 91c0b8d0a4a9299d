/**
 * Reading a pack: text → JSON → migrated to the current version → schema → reference checks. Never
 * throws; every problem found is listed (not just the first) as `{path, message}`.
 */
import { checkReferences, type CrossRefOptions } from './crossRefs';
import { migratePack } from './migrations';
import { MAX_PACK_BYTES } from './packLimits';
import { dedupeIssues, describeValue, ROOT_PATH, type PackIssue } from './packIssue';
import { PackSchema, type Pack } from './schema';
import { findUnknownFields } from './unknownFields';
import { packErrorMap, toPackIssues } from './zodIssues';

export type { PackIssue };

export type ParseResult = { ok: true; pack: Pack; warnings: PackIssue[] } | { ok: false; issues: PackIssue[]; warnings: PackIssue[] };

export interface ParseOptions {
  /** For an extension pack: the pack it extends, whose ids it may reference. */
  base?: Pack | undefined;
  /** Muscle/landmark ids of the body (default: the catalogue in src/domain/anatomy); null skips. */
  catalogue?: { muscles?: ReadonlySet<string> | null; landmarks?: ReadonlySet<string> | null } | undefined;
  /** Largest text accepted, in characters; default 10 MB. */
  maxBytes?: number | undefined;
}

export { MAX_PACK_BYTES };

const PACK_KEYS = ['format', 'version', 'muscles', 'regions', 'sources', 'techniques', 'exercises', 'precautions'];

function fail(message: string, path = ROOT_PATH): ParseResult {
  return { ok: false, issues: [{ path, message }], warnings: [] };
}

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): string {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return `line ${line}, column ${offset - last}`;
}

/** Parses pack text (a file's contents): size limit, BOM, empty text and JSON syntax, then `parsePack`. */
export function parsePackText(text: string, opts: ParseOptions = {}): ParseResult {
  try {
    if (typeof text !== 'string') return fail(`expected the text of a pack, got ${describeValue(text)}`);
    const max = opts.maxBytes ?? MAX_PACK_BYTES;
    if (text.length > max) return fail(`the file is too large (${mb(text.length)}; the limit is ${mb(max)})`);
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '') return fail('the file is empty');
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch (err) {
      const msg = String((err as Error)?.message ?? err);
      const pos = /at position (\d+)/.exec(msg);
      const where = pos && !/line \d+/.test(msg) ? ` (${lineColumn(body, Number(pos[1]))})` : '';
      return fail(`not valid JSON: ${msg}${where}`);
    }
    return parsePack(raw, opts);
  } catch (err) {
    return fail(`could not read the pack: ${String((err as Error)?.message ?? err)}`);
  }
}

/** Validates an already-parsed JSON value as a pack (migrating older versions first). */
export function parsePack(raw: unknown, opts: ParseOptions = {}): ParseResult {
  try {
    return parseUnsafe(raw, opts);
  } catch (err) {
    return fail(`could not read the pack: ${String((err as Error)?.message ?? err)}`);
  }
}

function parseUnsafe(raw: unknown, opts: ParseOptions): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(`a pack must be a JSON object, got ${describeValue(raw)}`);
  }
  const obj = raw as Record<string, unknown>;
  if (!PACK_KEYS.some((k) => k in obj)) return fail('not a Myomap pack: expected an object with "format": "myomap-pack", a "version" and "muscles"');

  const issues: PackIssue[] = [];
  if (obj.format !== 'myomap-pack') {
    issues.push({ path: 'format', message: obj.format === undefined ? 'is required ("myomap-pack")' : `must be "myomap-pack", got ${describeValue(obj.format)}` });
  }
  const migrated = migratePack(obj);
  if (!migrated.ok) return { ok: false, issues: dedupeIssues([...issues, ...migrated.issues]), warnings: [] };
  const warnings: PackIssue[] = migrated.applied.map((s) => ({ path: 'version', message: `migrated from version ${s.from} to ${s.to}: ${s.summary}` }));

  // Messages quote the offending value (reportInput), which costs zod its fast path (≈ 40 % more
  // time on a 1,000-muscle pack): check without it first, and again with it only when it fails.
  let parsed = PackSchema.safeParse(migrated.pack);
  if (!parsed.success) parsed = PackSchema.safeParse(migrated.pack, { error: packErrorMap, reportInput: true } as Parameters<typeof PackSchema.safeParse>[1]);
  // The format was checked above (also when the version is refused); skip the schema's copy.
  if (!parsed.success) issues.push(...toPackIssues(parsed.error.issues).filter((i) => i.path !== 'format'));
  issues.push(...checkReferences(migrated.pack, crossRefOptions(opts)));

  if (issues.length > 0 || !parsed.success) return { ok: false, issues: orderIssues(dedupeIssues(issues)), warnings };
  warnings.push(...findUnknownFields(migrated.pack, parsed.data));
  return { ok: true, pack: parsed.data, warnings };
}

const TOP_KEYS: readonly string[] = Object.keys(PackSchema.shape);

/**
 * Groups problems by where they are: top-level fields in schema order, then list items by index
 * (`muscles[2]`'s shape and reference problems together). Stable within a group.
 */
function orderIssues(issues: PackIssue[]): PackIssue[] {
  const key = (path: string): [number, number] => {
    const m = /^([A-Za-z_$][\w$]*)(?:\[(\d+)\])?/.exec(path);
    if (!m) return [-1, -1];
    const rank = TOP_KEYS.indexOf(m[1]!);
    return [rank < 0 ? TOP_KEYS.length : rank, m[2] === undefined ? -1 : Number(m[2])];
  };
  return issues
    .map((issue, i) => ({ issue, i, k: key(issue.path) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
    .map((x) => x.issue);
}

function crossRefOptions(opts: ParseOptions): CrossRefOptions {
  return { base: opts.base, muscles: opts.catalogue?.muscles, landmarks: opts.catalogue?.landmarks };
}
