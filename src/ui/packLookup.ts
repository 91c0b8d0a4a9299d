import type { Exercise, MuscleContent, Pack, Precaution, Region, Source, Technique, TriggerPoint } from '../content/schema';

/** A muscle's content in the active pack (by model id), or undefined. */
export function muscleContent(pack: Pack | null, muscleId: string | undefined): MuscleContent | undefined {
  return muscleId ? pack?.muscles.find((m) => m.id === muscleId) : undefined;
}

export function findTriggerPoint(pack: Pack | null, muscleId: string, triggerPointId: string): { muscle: MuscleContent; trp: TriggerPoint; index: number } | undefined {
  const muscle = muscleContent(pack, muscleId);
  const index = muscle?.triggerPoints.findIndex((t) => t.id === triggerPointId) ?? -1;
  const trp = muscle?.triggerPoints[index];
  return muscle && trp ? { muscle, trp, index } : undefined;
}

function pick<T extends { id: string }>(all: readonly T[], ids: readonly string[]): T[] {
  const byId = new Map(all.map((x) => [x.id, x]));
  return ids.flatMap((id) => {
    const x = byId.get(id);
    return x ? [x] : [];
  });
}

export const techniquesFor = (pack: Pack, m: MuscleContent): Technique[] => pick(pack.techniques, m.techniques);
export const exercisesFor = (pack: Pack, m: MuscleContent): Exercise[] => pick(pack.exercises, m.exercises);
export const precautionsFor = (pack: Pack, m: MuscleContent): Precaution[] => pick(pack.precautions, m.precautions.ids);
export const regionsFor = (pack: Pack, ids: readonly string[]): Region[] => pick(pack.regions, ids);

/** The muscle's sources and those of its trigger points, once each, in order of first mention. */
export function sourcesFor(pack: Pack, m: MuscleContent): Source[] {
  const ids = [...new Set([...m.sources, ...m.triggerPoints.flatMap((t) => t.sources)])];
  return pick(pack.sources, ids);
}

/** "Simons DG, Travell JG (1999). Title. 2nd ed. Publisher." */
export function citation(s: Source): string {
  const parts = [`${s.author} (${s.year}).`, `${s.title}.`];
  if (s.journal) parts.push(`${s.journal}.`);
  if (s.edition) parts.push(`${s.edition} ed.`);
  if (s.publisher) parts.push(`${s.publisher}.`);
  return parts.join(' ');
}
