import type { Side } from './anatomy/types';

export interface SidedQuery {
  /** The side named at the start of the query ("left upper trap" → 'l'), or null. */
  side: Side | null;
  /** What is left to search for. */
  text: string;
}

const SIDE_WORDS: ReadonlyArray<[RegExp, Side]> = [
  [/^(?:the\s+)?(?:patient'?s\s+)?(?:left|lt|l)(?:[\s.:,-]+|$)/i, 'l'],
  [/^(?:the\s+)?(?:patient'?s\s+)?(?:right|rt|r)(?:[\s.:,-]+|$)/i, 'r'],
];

/**
 * Splits a leading side word off a search query: "left upper trap" → {side: 'l', text: 'upper trap'},
 * "R SCM" → {side: 'r', text: 'SCM'}. A query that is only a side word, or has none, keeps its text
 * (trimmed) and has no side. Words that merely start with l/r ("lats", "rhomboids") are not sides.
 */
export function parseSidedQuery(query: string): SidedQuery {
  const trimmed = query.trim().replace(/\s+/g, ' ');
  for (const [re, side] of SIDE_WORDS) {
    const m = re.exec(trimmed);
    if (!m) continue;
    const rest = trimmed.slice(m[0].length).trim();
    if (rest.length === 0) break;
    return { side, text: rest };
  }
  return { side: null, text: trimmed };
}
