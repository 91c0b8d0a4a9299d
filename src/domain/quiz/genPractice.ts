/**
 * Multiple choice on practice, from the pack: hold times of a trigger point, techniques for a
 * phase, what to do about a precaution, self-care exercises for a muscle. One correct choice each;
 * choices are distinct texts in random order.
 */
import { packIndex } from './packIndex';
import { firstBuilt, questionId, trpSubjects, whichTrp, type GenContext } from './genContext';
import type { Phase, QuizPrecaution } from './quizPack';
import type { PracticeQuestion } from './types';

type Topic = 'hold' | 'technique' | 'precaution' | 'exercise';
export const PRACTICE_TOPICS: readonly Topic[] = ['hold', 'technique', 'precaution', 'exercise'];

/** Hold ranges (seconds) that read as plausible answers: short, usual and long holds. */
export const HOLD_RANGES: readonly (readonly [number, number])[] = [
  [5, 10], [10, 20], [15, 30], [30, 45], [30, 60], [30, 90], [60, 120], [90, 180], [120, 300],
];

export const ACTION_TEXT: Readonly<Record<QuizPrecaution['action'], string>> = {
  avoid: 'Avoid: do not work on the area',
  modify: 'Modify: lighter pressure and shorter holds',
  refer: 'Refer: the client sees a clinician first',
};

const PHASES: readonly Phase[] = ['acute', 'subacute', 'chronic'];
const CHOICES = 4;

/** "30–90 s"; whole minutes from two minutes up ("2–5 min"). */
export function formatHoldRange(min: number, max: number): string {
  if (min >= 120 && min % 60 === 0 && max % 60 === 0) return min === max ? `${min / 60} min` : `${min / 60}–${max / 60} min`;
  return min === max ? `${min} s` : `${min}–${max} s`;
}

function choiceQuestion(ctx: GenContext, base: Omit<PracticeQuestion, 'choices' | 'correct' | 'type'>, right: string, wrong: readonly string[], count = CHOICES): PracticeQuestion | null {
  const seen = new Set([right]);
  const picked: string[] = [];
  for (const w of ctx.rng.shuffle(wrong)) {
    if (picked.length >= count - 1) break;
    if (!seen.has(w)) picked.push(w);
    seen.add(w);
  }
  if (picked.length < 2) return null;
  const choices = ctx.rng.shuffle([right, ...picked]);
  return { ...base, type: 'practice', choices, correct: [choices.indexOf(right)] };
}

function holdQuestion(ctx: GenContext): PracticeQuestion | null {
  return firstBuilt(ctx, 'practice-hold', trpSubjects(ctx.pool), (s) => s.trp.id, ({ muscle, trp }) => {
    const { minSeconds: lo, maxSeconds: hi, repetitions, pressureCue } = trp.hold;
    const right = formatHoldRange(lo, hi);
    return choiceQuestion(ctx, {
      id: questionId(ctx, 'practice', 'hold', muscle.id, trp.id),
      topic: 'hold',
      prompt: `How long is a sustained-pressure hold on the ${muscle.name} trigger point${whichTrp(muscle, trp)} usually held?`,
      explanation: `${right}, repeated up to ${repetitions} times, releasing as the tenderness or referred pain fades. ${pressureCue}`,
      sources: [...trp.sources],
      muscleId: muscle.id,
    }, right, HOLD_RANGES.map(([a, b]) => formatHoldRange(a, b)));
  });
}

function techniqueQuestion(ctx: GenContext): PracticeQuestion | null {
  const { techniques } = ctx.pack;
  const subjects = PHASES.flatMap((phase) => techniques.filter((t) => t.phases.includes(phase)).map((technique) => ({ phase, technique })));
  return firstBuilt(ctx, 'practice-technique', subjects, (s) => `${s.phase}/${s.technique.id}`, ({ phase, technique }) =>
    // Wrong answers are techniques not meant for the phase; a phase every technique suits makes no question.
    choiceQuestion(ctx, {
      id: questionId(ctx, 'practice', 'technique', phase, technique.id),
      topic: 'technique',
      prompt: `Which of these techniques suits the ${phase} phase?`,
      explanation: `${technique.name}: ${technique.whenToUse}`,
      sources: [...technique.sources],
    }, technique.name, techniques.filter((t) => !t.phases.includes(phase)).map((t) => t.name)),
  );
}

function precautionQuestion(ctx: GenContext): PracticeQuestion | null {
  const { precautions } = ctx.pack;
  const listed = new Set(ctx.pool.flatMap((m) => m.precautions.ids));
  // Precautions the chosen muscles name come first; any precaution of the pack otherwise.
  const subjects = precautions.some((p) => listed.has(p.id)) ? precautions.filter((p) => listed.has(p.id)) : precautions;
  return firstBuilt(ctx, 'practice-precaution', subjects, (p) => p.id, (p) => {
    const choices = ctx.rng.shuffle(Object.values(ACTION_TEXT));
    return {
      id: questionId(ctx, 'practice', 'precaution', p.id),
      type: 'practice',
      topic: 'precaution',
      prompt: `${p.name}: what should you do?`,
      explanation: p.description,
      sources: [...p.sources],
      choices,
      correct: [choices.indexOf(ACTION_TEXT[p.action])],
    };
  });
}

function exerciseQuestion(ctx: GenContext): PracticeQuestion | null {
  const { exerciseById: byId, byRegion, regionOf } = packIndex(ctx.pack);
  const subjects = ctx.pool.flatMap((muscle) => muscle.exercises.filter((id) => byId.has(id)).map((id) => ({ muscle, exercise: byId.get(id)! })));
  return firstBuilt(ctx, 'practice-exercise', subjects, (s) => `${s.muscle.id}/${s.exercise.id}`, ({ muscle, exercise }) => {
    // Wrong answers: exercises no muscle of the same body region is given, so none is arguably right.
    const region = regionOf.get(muscle.id);
    const nearby = new Set([muscle, ...(region ? (byRegion.get(region) ?? []) : [])].flatMap((m) => m.exercises));
    const wrong = ctx.pack.exercises.filter((e) => !nearby.has(e.id)).map((e) => e.name);
    return choiceQuestion(ctx, {
      id: questionId(ctx, 'practice', 'exercise', muscle.id, exercise.id),
      topic: 'exercise',
      prompt: `Which self-care exercise is recommended for the ${muscle.name}?`,
      explanation: `${exercise.name}: ${exercise.dosage}`,
      sources: [...exercise.sources],
      muscleId: muscle.id,
    }, exercise.name, wrong);
  });
}

const BY_TOPIC: Readonly<Record<Topic, (ctx: GenContext) => PracticeQuestion | null>> = {
  hold: holdQuestion,
  technique: techniqueQuestion,
  precaution: precautionQuestion,
  exercise: exerciseQuestion,
};

/** A practice question on a random topic; other topics are tried when the pack cannot fill one. */
export function genPractice(ctx: GenContext): PracticeQuestion | null {
  for (const topic of ctx.rng.shuffle(PRACTICE_TOPICS)) {
    const q = BY_TOPIC[topic](ctx);
    if (q) return q;
  }
  return null;
}
