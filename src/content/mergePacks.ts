import type { Pack } from './schema';

export type MergeMode = 'extend' | 'replace';

type WithId = { id: string };

/** Base items in base order, each replaced by the extra item with its id; then extra's new ids in order. */
export function mergeById<T extends WithId>(base: readonly T[], extra: readonly T[]): T[] {
  const extraById = new Map<string, T>();
  for (const item of extra) if (!extraById.has(item.id)) extraById.set(item.id, item);
  const baseIds = new Set(base.map((b) => b.id));
  const out = base.map((b) => extraById.get(b.id) ?? b);
  const added = new Set<string>();
  for (const item of extra) {
    if (baseIds.has(item.id) || added.has(item.id)) continue;
    added.add(item.id);
    out.push(item);
  }
  return out;
}

/**
 * Combines the active packs. `replace`: the extra pack alone. `extend`: the base pack's metadata, with
 * every list merged by id (the extra pack wins per id; base order first, then the extra's new ids).
 * Pure: neither input is changed.
 */
export function mergePacks(base: Pack, extra: Pack, mode: MergeMode): Pack {
  if (mode === 'replace') return extra;
  return {
    ...base,
    sources: mergeById(base.sources, extra.sources),
    regions: mergeById(base.regions, extra.regions),
    techniques: mergeById(base.techniques, extra.techniques),
    precautions: mergeById(base.precautions, extra.precautions),
    exercises: mergeById(base.exercises, extra.exercises),
    muscles: mergeById(base.muscles, extra.muscles),
    quizzes: mergeById(base.quizzes, extra.quizzes),
  };
}
