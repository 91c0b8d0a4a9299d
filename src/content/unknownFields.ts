/**
 * Fields the schema does not know are dropped when a pack is parsed; a typo such as `spilover` would
 * vanish silently. This walks the input beside the parsed output and reports each dropped field as a
 * warning (kept as warnings so newer packs with extra fields still load).
 */
import { formatPath, type PackIssue } from './packIssue';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function findUnknownFields(input: unknown, parsed: unknown, max = 200): PackIssue[] {
  const out: PackIssue[] = [];
  walk(input, parsed, [], out, max);
  return out;
}

function walk(a: unknown, b: unknown, path: (string | number)[], out: PackIssue[], max: number): void {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null || out.length >= max) return;
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const x: unknown = a[i];
      if (typeof x !== 'object' || x === null) continue;
      path.push(i);
      walk(x, b[i], path, out, max);
      path.pop();
    }
    return;
  }
  const bo = b as Obj;
  // for…in rather than Object.keys: no key array per object (a 1,000-muscle pack has ~10⁵ objects).
  for (const key in a as Obj) {
    const x = (a as Obj)[key];
    const y = bo[key];
    if (y === undefined && !(key in bo)) {
      path.push(key);
      out.push({ path: formatPath(path), message: `unknown field "${key}" is ignored` });
      path.pop();
    } else if (typeof x === 'object' && x !== null) {
      path.push(key);
      walk(x, y, path, out, max);
      path.pop();
    }
  }
}
