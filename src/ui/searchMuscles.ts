import Fuse from 'fuse.js';
import { MUSCLES, type MuscleInfo, type Side } from '../domain/anatomy';
import { parseSidedQuery } from '../domain/searchQuery';

export interface MuscleSearchResult {
  muscle: MuscleInfo;
  /** The side asked for in the query ("left upper trap"), or null. */
  side: Side | null;
}

// Built on the first search, not when the page loads (indexing costs start-up time).
let index: Fuse<MuscleInfo> | null = null;
const fuse = () => (index ??= new Fuse(MUSCLES as MuscleInfo[], {
  keys: [
    { name: 'name', weight: 2 },
    { name: 'aliases', weight: 1.5 },
    { name: 'id', weight: 1 },
  ],
  threshold: 0.34,
  ignoreLocation: true,
  includeScore: true,
}));

const norm = (s: string) => s.toLowerCase().replace(/[-'’]/g, ' ').replace(/\s+/g, ' ').trim();

/** How exactly the query names the muscle: 0 exact name/alias/id, 1 a word prefix, 2 neither. */
function exactness(m: MuscleInfo, q: string): number {
  const names = [m.name, m.id, ...m.aliases].map(norm);
  if (names.includes(q)) return 0;
  if (names.some((n) => n.startsWith(q) || n.includes(` ${q}`))) return 1;
  return 2;
}

/**
 * Fuzzy search over names, ids and aliases ("SCM", "traps", "lats", "QL", "psoas"), with a leading
 * side word picking the side ("right SCM"). Exact and prefix matches rank first.
 */
export function searchMuscles(query: string, limit = 12): MuscleSearchResult[] {
  const { side, text } = parseSidedQuery(query);
  const q = norm(text);
  if (!q) return [];
  const hits = fuse().search(q).map((r, order) => ({ muscle: r.item, rank: exactness(r.item, q), score: r.score ?? 1, order }));
  hits.sort((a, b) => a.rank - b.rank || a.score - b.score || a.order - b.order);
  // When the query names muscles outright ("SCM", "traps"), loose fuzzy matches are only noise.
  const named = hits.some((h) => h.rank < 2);
  const kept = named ? hits.filter((h) => h.rank < 2 || h.score < 0.05) : hits;
  return kept.slice(0, limit).map((h) => ({ muscle: h.muscle, side }));
}
