/** "Did you mean …?" for mistyped ids: the closest candidates by edit distance. */

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Up to `max` candidates within a third of the word's length in edits and at most one edit worse than
 * the closest, closest first (ties: alphabetical).
 */
export function closestIds(word: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.ceil(word.length / 3));
  const scored: [string, number][] = [];
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > limit) continue;
    const d = editDistance(word, c);
    if (d <= limit) scored.push([c, d]);
  }
  scored.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1));
  const best = scored[0]?.[1] ?? 0;
  return scored
    .filter(([, d]) => d <= best + 1)
    .slice(0, max)
    .map(([c]) => c);
}

/** ` (did you mean "a" or "b"?)`, or '' when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const c = closestIds(word, candidates);
  if (c.length === 0) return '';
  const q = c.map((x) => `"${x}"`);
  return ` (did you mean ${q.length === 1 ? q[0] : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`}?)`;
}
