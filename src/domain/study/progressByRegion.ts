/** Study progress per body region, for the progress chart. */
import { retrievability } from './schedule';
import type { CardState, StudyCard } from './types';

/** A card counts as mastered once FSRS expects it to be remembered for three weeks or more. */
export const MASTERED_STABILITY_DAYS = 21;

export interface RegionProgress {
  region: string;
  total: number;
  /** Reviewed at least once. */
  seen: number;
  /** Seen and due now or earlier. */
  due: number;
  /** Seen with stability ≥ MASTERED_STABILITY_DAYS (a subset of `seen`). */
  mastered: number;
  /** Mean probability of recall of the seen cards now (0–1), null when none is seen. */
  retention: number | null;
}

/** One row per region in order of first appearance among the cards (pack order, head to foot). */
export function progressByRegion(cards: readonly StudyCard[], states: Readonly<Record<string, CardState | undefined>>, now: number): RegionProgress[] {
  const rows = new Map<string, RegionProgress & { recall: number }>();
  const counted = new Set<string>();
  for (const card of cards) {
    if (counted.has(card.id)) continue;
    counted.add(card.id);
    let row = rows.get(card.region);
    if (!row) {
      row = { region: card.region, total: 0, seen: 0, due: 0, mastered: 0, retention: null, recall: 0 };
      rows.set(card.region, row);
    }
    row.total++;
    const s = states[card.id];
    if (!s || s.phase === 0) continue;
    row.seen++;
    if (s.due <= now) row.due++;
    if (s.stability >= MASTERED_STABILITY_DAYS) row.mastered++;
    row.recall += retrievability(s, now);
  }
  return [...rows.values()].map(({ recall, ...r }) => ({ ...r, retention: r.seen > 0 ? recall / r.seen : null }));
}
