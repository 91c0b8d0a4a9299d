/**
 * Matching a typed muscle name to a muscle: names, aliases and ids, case and punctuation ignored,
 * word order ignored ("trapezius upper"), small typos tolerated ("levator scapula", "suboccipital",
 * "sternocleidomastiod") by a Damerau–Levenshtein distance within a length-scaled threshold. A text
 * that fits several muscles equally well (an alias shared by a group, such as "deltoid") matches none:
 * the student has to say which.
 */

export interface TypedMuscle {
  id: string;
  name: string;
  aliases?: readonly string[] | undefined;
}

/** Words that add nothing to a muscle's name. */
const FILLER = new Set(['m', 'muscle', 'muscles', 'the', 'mm']);

/** Lower case, no accents or punctuation, single spaces; filler words ("muscle", "the") dropped unless `keepFiller`. */
export function normaliseName(text: string, keepFiller = false): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w && (keepFiller || !FILLER.has(w)))
    .join(' ');
}

function sortedWords(normalised: string): string {
  return normalised.split(' ').sort().join(' ');
}

/** Optimal-string-alignment Damerau–Levenshtein distance, giving up above `max` (returns max + 1). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** Typos allowed for a name of this length: none up to 3 letters (QL, SCM), then about one in five. */
export function typoAllowance(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : Math.min(3, Math.floor(length / 5));
}

/** The id of the muscle the text names, or null when it names none, or several equally well. */
export function matchTypedMuscle(text: string, muscles: readonly TypedMuscle[]): string | null {
  // Two readings: without filler words ("m. masseter"), and with them, for names that contain one
  // ("thenar muscles" typed with a typo in "muscles").
  const forms = [normaliseName(text), normaliseName(text, true)].filter((t, i, all) => t && all.indexOf(t) === i);
  if (forms.length === 0) return null;
  const typedForms = forms.map((t) => ({ t, sorted: sortedWords(t) }));
  let best = Infinity;
  let found = new Set<string>();
  for (const m of muscles) {
    let d = Infinity;
    for (const raw of [m.name, m.id, ...(m.aliases ?? [])]) {
      for (const keep of [false, true]) {
        const cand = normaliseName(raw, keep);
        if (!cand) continue;
        const candSorted = sortedWords(cand);
        for (const { t, sorted } of typedForms) {
          const max = typoAllowance(Math.min(cand.length, t.length));
          const dc = Math.min(editDistance(t, cand, max), editDistance(sorted, candSorted, max));
          if (dc <= max) d = Math.min(d, dc);
        }
      }
      if (d === 0) break;
    }
    if (d === Infinity || d > best) continue;
    if (d < best) [best, found] = [d, new Set()];
    found.add(m.id);
  }
  return found.size === 1 ? [...found][0]! : null;
}
