import Fuse from 'fuse.js';

export interface RegionEntry {
  id: string;
  name: string;
  aliases: readonly string[];
}

export type RegionMatch<R extends RegionEntry> = { ok: true; region: R } | { ok: false; suggestions: R[] };

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * A region by id, name or alias (case- and spacing-insensitive; "the" is optional, so "back of head"
 * finds "back of the head"). When nothing matches exactly: the closest regions by fuzzy search.
 */
export function matchRegion<R extends RegionEntry>(regions: readonly R[], text: string, maxSuggestions = 5): RegionMatch<R> {
  const q = norm(text);
  const bare = (s: string) => norm(s).replace(/\bthe /g, '');
  const tests: ((r: R) => boolean)[] = [
    (r) => r.id === q || r.id === q.replace(/ /g, '-'),
    (r) => norm(r.name) === q,
    (r) => r.aliases.some((a) => norm(a) === q),
    (r) => bare(r.name) === bare(q) || r.aliases.some((a) => bare(a) === bare(q)),
  ];
  for (const test of tests) {
    const hit = regions.find(test);
    if (hit) return { ok: true, region: hit };
  }
  const fuse = new Fuse(regions as R[], {
    keys: [
      { name: 'name', weight: 2 },
      { name: 'aliases', weight: 1 },
      { name: 'id', weight: 1 },
    ],
    threshold: 0.5,
    ignoreLocation: true,
  });
  return { ok: false, suggestions: fuse.search(q, { limit: maxSuggestions }).map((r) => r.item) };
}
