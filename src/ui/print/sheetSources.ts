import { redFlags } from '../../domain/find';
import type { Pack, Source } from '../../content/schema';
import type { HomeworkItem } from '../../state/homeworkSlice';
import { exercisesFor, muscleContent, precautionsFor } from '../packLookup';

/** Precautions every sheet carries: the pack's general red flags (ids `red-flag-…`). */

/**
 * The sources behind what the sheet prints, once each in order of first mention: per item the
 * muscle, its trigger points (one or all), its exercises and precautions; then the red flags.
 * Exercises the user left out (unticked) are skipped via `included`.
 */
export function sheetSources(pack: Pack, items: readonly HomeworkItem[], included: (exerciseId: string) => boolean = () => true): Source[] {
  const ids: string[] = [];
  for (const item of items) {
    const m = muscleContent(pack, item.muscleId);
    if (!m) continue;
    const trps = item.triggerPointId ? m.triggerPoints.filter((t) => t.id === item.triggerPointId) : m.triggerPoints;
    ids.push(...m.sources, ...trps.flatMap((t) => t.sources));
    ids.push(...exercisesFor(pack, m).filter((x) => included(x.id)).flatMap((x) => x.sources));
    ids.push(...precautionsFor(pack, m).flatMap((p) => p.sources));
  }
  ids.push(...redFlags(pack).flatMap((p) => p.sources));
  const byId = new Map(pack.sources.map((s) => [s.id, s]));
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}
