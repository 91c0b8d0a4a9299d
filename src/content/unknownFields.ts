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
  const path: (string | number)[] = [];
  const walk = (a: unknown, b: unknown) => {
    if (out.length >= max || typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return;
    if (Array.isArray(a)) {
      if (!Array.isArray(b)) return;
      const n = Math.min(a.length, b.length);
      for (let i = 0; i < n; i++) {
        path.push(i);
        walk(a[i], b[i]);
        path.pop();
      }
    } else if (isObj(b)) {
      for (const key in a as Obj) {
        if (!Object.prototype.hasOwnProperty.call(a, key)) continue;
        path.push(key);
        if (!(key in b)) out.push({ path: formatPath(path), message: `unknown field "${key}" is ignored` });
        else walk((a as Obj)[key], b[key]);
        path.pop();
      }
    }
  };
  walk(input, parsed);
  return out;
}
