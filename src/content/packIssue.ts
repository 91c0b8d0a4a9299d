/** A problem found in a pack, located by a JSON path such as `muscles[3].triggerPoints[0].hold.maxSeconds`. */
export interface PackIssue {
  path: string;
  message: string;
}

/** The path of a problem with the document as a whole. */
export const ROOT_PATH = '(root)';

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['muscles', 3, 'hold']` → `muscles[3].hold`; `[]` → `(root)`; odd keys in brackets: `a["x-y"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'symbol') out += `[${String(key)}]`;
    else if (IDENT.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out || ROOT_PATH;
}

/** `path: message`, the one-line form the CLI and the import dialog show. */
export function formatIssue(issue: PackIssue): string {
  return `${issue.path}: ${issue.message}`;
}

/** Drops repeated (path, message) pairs, keeping the first of each. */
export function dedupeIssues(issues: readonly PackIssue[]): PackIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "an array", "a string", "null", … for messages about what was found. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  switch (typeof v) {
    case 'object':
      return 'an object';
    case 'string':
      return v.length > 40 ? 'a string' : `"${v}"`;
    case 'number':
      return Number.isInteger(v) ? `the integer ${v}` : `the number ${v}`;
    case 'boolean':
      return String(v);
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof v}`;
  }
}
