/**
 * Assembles the core pack from its fragments in content/core/ (several authors write them at once):
 *   pack.json          metadata (format, version, id, title, authors, license, description, disclaimer)
 *   sources.json, regions.json, techniques.json, precautions.json, quizzes.json   one list each
 *   exercises*.json, muscles*.json                                                  lists, split by area
 * A fragment is either the list itself or an object holding it under its key ({"muscles": […]}).
 * Order is fixed: metadata, then sources, regions, techniques, precautions, exercises, muscles,
 * quizzes; split lists are concatenated in file-name order; muscles are then ordered head to foot as
 * in the body catalogue (stable, unknown ids last). Same files → same pack.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MUSCLES } from '../../src/domain/anatomy/muscles';
import { ROOT_PATH, type PackIssue } from '../../src/content/packIssue';

export const CORE_DIR = join(import.meta.dirname, '../../content/core');

const LISTS = ['sources', 'regions', 'techniques', 'precautions', 'exercises', 'muscles', 'quizzes'] as const;
type ListKey = (typeof LISTS)[number];

export interface CorePackBuild {
  /** The assembled pack, not yet validated. */
  pack: Record<string, unknown>;
  /** Fragments that could not be read (path = the file). */
  problems: PackIssue[];
  /** For each list, the fragment file each item came from (same order as the pack's list). */
  origins: Record<ListKey, string[]>;
  files: string[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Files for a list: `<key>.json` and `<key>-*.json`, sorted by name (code-unit order). */
function fragmentFiles(dir: string, key: ListKey): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f === `${key}.json` || (f.startsWith(`${key}-`) && f.endsWith('.json')))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function buildCorePack(dir = CORE_DIR): CorePackBuild {
  const problems: PackIssue[] = [];
  const files: string[] = [];
  const rel = (f: string) => relative(join(dir, '../..'), join(dir, f)).split('\\').join('/');
  const read = (f: string): unknown => {
    files.push(rel(f));
    try {
      const text = readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '');
      if (!text.trim()) throw new Error('the file is empty');
      return JSON.parse(text);
    } catch (err) {
      problems.push({ path: rel(f), message: `cannot read: ${(err as Error).message}` });
      return undefined;
    }
  };

  let meta: Record<string, unknown> = {};
  if (existsSync(join(dir, 'pack.json'))) {
    const m = read('pack.json');
    if (isObj(m)) meta = Object.fromEntries(Object.entries(m).filter(([k]) => !(LISTS as readonly string[]).includes(k)));
    else if (m !== undefined) problems.push({ path: rel('pack.json'), message: 'must hold an object (the pack metadata)' });
  } else problems.push({ path: rel('pack.json'), message: 'missing (the pack metadata)' });

  const pack: Record<string, unknown> = { ...meta };
  const origins = Object.fromEntries(LISTS.map((k) => [k, [] as string[]])) as Record<ListKey, string[]>;
  for (const key of LISTS) {
    const items: unknown[] = [];
    for (const f of fragmentFiles(dir, key)) {
      const data = read(f);
      const list = Array.isArray(data) ? data : isObj(data) && Array.isArray(data[key]) ? data[key] : undefined;
      if (!list) {
        if (data !== undefined) problems.push({ path: rel(f), message: `must hold an array of ${key} (or {"${key}": […]})` });
        continue;
      }
      for (const item of list) {
        items.push(item);
        origins[key].push(rel(f));
      }
    }
    if (key === 'muscles') sortByCatalogue(items, origins.muscles);
    if (key !== 'quizzes' || items.length > 0) pack[key] = items;
  }
  if (problems.length) problems.unshift({ path: ROOT_PATH, message: `${problems.length} fragment file(s) in ${rel('.')} could not be used` });
  return { pack, problems, origins, files };
}

const ORDER = new Map(MUSCLES.map((m, i) => [m.id, i]));

function sortByCatalogue(items: unknown[], origins: string[]): void {
  const rank = (x: unknown) => (isObj(x) && typeof x.id === 'string' ? (ORDER.get(x.id) ?? Infinity) : Infinity);
  const idx = items.map((item, i) => ({ item, origin: origins[i]!, r: rank(item), i }));
  idx.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r < b.r ? -1 : 1));
  idx.forEach((x, i) => {
    items[i] = x.item;
    origins[i] = x.origin;
  });
}

/** Where a problem's path points in the fragments: `muscles[37]…` → `content/core/muscles-legs.json, "soleus"`. */
export function originOf(build: CorePackBuild, path: string): string | undefined {
  const m = /^(sources|regions|techniques|precautions|exercises|muscles|quizzes)\[(\d+)\]/.exec(path);
  if (!m) return undefined;
  const key = m[1] as ListKey;
  const i = Number(m[2]);
  const file = build.origins[key][i];
  if (!file) return undefined;
  const item = (build.pack[key] as unknown[] | undefined)?.[i];
  const id = isObj(item) && typeof item.id === 'string' ? `, "${item.id}"` : '';
  return `${file}${id}`;
}
