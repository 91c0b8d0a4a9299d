/** Wording shared by the card summaries and the generated questions. */
import type { StudyHold, StudyPack } from './types';

/** "Upper trapezius" from the pack's lower-case "upper trapezius". */
export function displayName(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "30–60 s, 3 times" (or "once"). */
export function formatHold(h: StudyHold): string {
  const time = h.minSeconds === h.maxSeconds ? `${h.minSeconds} s` : `${h.minSeconds}–${h.maxSeconds} s`;
  return `${time}, ${h.repetitions === 1 ? 'once' : `${h.repetitions} times`}`;
}

/** Key that makes two holds with the same numbers equal (the pressure cue is not compared). */
export function holdKey(h: StudyHold): string {
  return `${h.minSeconds}-${h.maxSeconds}-${h.repetitions}`;
}

/** "temple, eye and forehead": region names from the pack, falling back to the id. */
export function regionList(pack: Pick<StudyPack, 'regions'>, ids: readonly string[]): string {
  const names = ids.map((id) => pack.regions.find((r) => r.id === id)?.name.toLowerCase() ?? id);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Distinct values in first-seen order. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Text as a whole sentence: capital first letter, final full stop. */
export function asSentence(text: string): string {
  const t = text.trim();
  const body = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(body) ? body : `${body}.`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether `text` names the muscle (its name or an alias, singular or plural, as a whole word), e.g.
 * "behind the clavicular head of the SCM" names the sternocleidomastoid.
 */
export function namesMuscle(text: string, muscle: { name: string; aliases?: readonly string[] | undefined }): boolean {
  const lower = text.toLowerCase();
  return [muscle.name, ...(muscle.aliases ?? [])].some((n) => {
    const stem = n.toLowerCase().replace(/s$/, '');
    return stem.length >= 3 && new RegExp(`\\b${escapeRegExp(stem)}s?\\b`).test(lower);
  });
}
