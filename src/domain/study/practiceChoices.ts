/**
 * Multiple-choice options for the practice cards (hold, techniques, precautions): the muscle's own
 * entries as the correct answers, other entries of the pack as distractors.
 */
import { formatHold, holdKey, unique } from './cardText';
import { muscleHolds } from './cards';
import { shuffled, type Random } from './seededRandom';
import type { StudyHold, StudyMuscle, StudyPack } from './types';

export interface Choices {
  choices: string[];
  /** Indexes into `choices`. */
  correct: number[];
  sources: string[];
}

/**
 * Holds no trigger point of the pack is given, set clearly apart from sustained compression (brief
 * taps, or several minutes): a wrong hold must not be a near miss a student cannot judge.
 */
const WRONG_HOLDS: readonly StudyHold[] = [
  { minSeconds: 5, maxSeconds: 5, repetitions: 10 },
  { minSeconds: 10, maxSeconds: 15, repetitions: 6 },
  { minSeconds: 180, maxSeconds: 300, repetitions: 1 },
  { minSeconds: 300, maxSeconds: 600, repetitions: 1 },
];

function overlaps(a: StudyHold, b: StudyHold): boolean {
  return a.minSeconds <= b.maxSeconds && b.minSeconds <= a.maxSeconds;
}

function mix(right: string[], wrong: string[], rnd: Random): Pick<Choices, 'choices' | 'correct'> {
  const choices = shuffled([...right, ...wrong], rnd);
  return { choices, correct: right.map((r) => choices.indexOf(r)).sort((a, b) => a - b) };
}

/** Every distinct hold of the muscle is correct; three wrong holds that overlap none of them. */
export function holdChoices(muscle: StudyMuscle, rnd: Random): Choices {
  const holds = muscleHolds(muscle);
  const keys = new Set(holds.map(holdKey));
  const wrong = shuffled(
    WRONG_HOLDS.filter((w) => !keys.has(holdKey(w)) && !holds.some((h) => overlaps(h, w))),
    rnd,
  ).slice(0, 3);
  return {
    ...mix(holds.map(formatHold), wrong.map(formatHold), rnd),
    sources: unique(muscle.triggerPoints.flatMap((t) => t.sources)),
  };
}

/**
 * Up to `total` named entries: up to two of the muscle's (picked at random), the rest from the
 * pack's other entries; when the pack has too few others, more of the muscle's own fill in.
 */
function listChoices(
  own: readonly { id: string; name: string; sources: readonly string[] }[],
  all: readonly { id: string; name: string; sources: readonly string[] }[],
  rnd: Random,
  total = 4,
): Choices {
  const ownIds = new Set(own.map((o) => o.id));
  const others = shuffled(
    all.filter((a) => !ownIds.has(a.id)),
    rnd,
  );
  const mine = shuffled(own, rnd);
  const wrongCount = Math.min(others.length, total - Math.min(2, mine.length));
  const right = mine.slice(0, Math.max(1, total - wrongCount));
  const wrong = others.slice(0, wrongCount);
  return { ...mix(unique(right.map((r) => r.name)), unique(wrong.map((w) => w.name)), rnd), sources: unique(right.flatMap((r) => r.sources)) };
}

export function techniqueChoices(pack: StudyPack, muscle: StudyMuscle, rnd: Random): Choices {
  const own = muscle.techniques.flatMap((id) => pack.techniques.filter((t) => t.id === id));
  return listChoices(own, pack.techniques, rnd);
}

export function precautionChoices(pack: StudyPack, muscle: StudyMuscle, rnd: Random): Choices {
  const own = muscle.precautions.ids.flatMap((id) => pack.precautions.filter((p) => p.id === id));
  return listChoices(own, pack.precautions, rnd);
}
