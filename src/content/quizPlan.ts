/**
 * A pack's quiz → the quiz model of src/domain/quiz (QuizPlan), and a quiz → a pack fragment an
 * instructor can share (`quizToFragment`).
 *
 * Authored questions name a muscle, trigger point or region; the prompt, explanation and sources
 * default to the pack's own content. What needs choosing among the pack's muscles (the options of a
 * name-the-muscle or which-refers question, the labelled spots of a locate question) is filled by
 * `complete`: by default `completeAuthoredQuestion` below, which follows generation's rules
 * (distractors from the same or neighbouring body regions; locate spots far from every trigger point
 * of the asked muscle, measured on the body when a landmark lookup is given), seeded by the quiz seed
 * and the question id. The plan's `generate` block is left to generation (planQuestions in
 * src/domain/quiz/generateQuiz.ts). For an extension pack, pass the merged pack (mergePacks).
 */
import { sidedMuscleName } from '../domain/anatomy/names';
import { anchorAsLandmark, LOCATE_CHOICE_MIN_DISTANCE, LOCATE_CHOICE_MIN_SPACING } from '../domain/quiz/genLocateTrp';
import { locateLabel } from '../domain/quiz/locateLabel';
import { resolveAnchor } from '../domain/referral/resolveAnchor';
import { muscleBodyRegion, neighbourRegions } from '../domain/quiz/bodyRegionNeighbours';
import { createRng, deriveSeed, type Rng } from '../domain/quiz/rng';
import type { LocateChoice, LocateQuestion, Question, QuizPlan } from '../domain/quiz/types';
import type { AnchorLike, LandmarkLookup, Side, Vec3 } from '../domain/referral/types';
import type { AuthoredQuestion, Quiz } from './quizSchema';
import { CURRENT_PACK_VERSION, type MuscleContent, type Pack, type TriggerPoint } from './schema';

/** Fills what an authored question leaves to choice (options, locate spots); returns the question unchanged when nothing is missing. */
export type CompleteQuestion = (question: Question, pack: Pack, rng: Rng, lookup?: LandmarkLookup) => Question;

export interface QuizPlanOptions {
  /** Seeds the choices made for authored questions (default 0): same seed, same plan. */
  seed?: number | undefined;
  complete?: CompleteQuestion | undefined;
  /** The body's landmarks: locate spots are then kept apart by real distances, surface-point anchors usable. */
  lookup?: LandmarkLookup | undefined;
}

/** Options shown for name-the-muscle questions (answer included), as in generation. */
export const AUTHORED_OPTIONS = 5;
/** Spots offered by the keyboard alternative of a locate question (answer included). */
export const AUTHORED_LOCATE_CHOICES = 5;

const sideWord = (side: Side) => (side === 'r' ? 'right' : 'left');

/**
 * Authored questions become domain Questions; a question whose muscle, trigger point or region the
 * pack lacks is left out (validation reports it; a plan never points at nothing).
 */
export function quizPlanFromPack(quiz: Quiz, pack: Pack, opts: QuizPlanOptions = {}): QuizPlan {
  const complete = opts.complete ?? completeAuthoredQuestion;
  const questions: Question[] = [];
  for (const q of quiz.questions) {
    const base = authoredToQuestion(q, pack);
    if (base) questions.push(complete(base, pack, createRng(deriveSeed(opts.seed ?? 0, `${quiz.id}/${q.id}`)), opts.lookup));
  }
  return {
    id: quiz.id,
    title: quiz.title,
    description: quiz.description,
    feedback: quiz.feedback,
    passMark: quiz.passMark,
    timeLimitSeconds: quiz.timeLimitSeconds ?? null,
    order: quiz.order,
    generate: quiz.generate ? { regions: [...quiz.generate.regions], muscles: [...quiz.generate.muscles], types: [...quiz.generate.types], count: quiz.generate.count } : undefined,
    questions,
  };
}

/** One authored question with everything the pack says; options and locate spots still empty. */
export function authoredToQuestion(q: AuthoredQuestion, pack: Pack): Question | null {
  if (q.type === 'multiple-choice') {
    const body = q.body && { camera: q.body.camera, muscleId: q.body.muscle, side: q.body.side, triggerPointId: q.body.triggerPoint };
    return {
      id: q.id,
      type: 'practice',
      topic: 'custom',
      prompt: q.prompt,
      explanation: q.explanation,
      sources: [...q.sources],
      muscleId: q.body?.muscle,
      choices: q.choices.map((c) => c.text),
      correct: q.choices.flatMap((c, i) => (c.correct ? [i] : [])),
      body,
    };
  }
  if (q.type === 'which-refers') {
    const region = pack.regions.find((r) => r.id === q.region);
    if (!region) return null;
    const answers = q.answers ?? musclesReferringTo(pack, q.region).map((m) => m.id);
    if (answers.length === 0) return null;
    const names = answers.map((id) => pack.muscles.find((m) => m.id === id)?.name ?? id);
    const sources = [...new Set(answers.flatMap((id) => referringTrps(pack, id, q.region).flatMap((t) => t.sources)))];
    return {
      id: q.id,
      type: 'which-refers',
      prompt: q.prompt ?? `Which muscles commonly refer pain to the ${region.name} (${sideWord(q.side)} side)? Choose all that apply.`,
      explanation: q.explanation ?? `Trigger points that refer to the ${region.name}: ${names.join(', ')}.`,
      sources: q.sources ?? sources,
      region: q.region,
      side: q.side,
      options: [],
      answers: [...answers],
    };
  }
  const muscle = pack.muscles.find((m) => m.id === q.muscle);
  const trp = q.triggerPoint === undefined ? muscle?.triggerPoints[0] : muscle?.triggerPoints.find((t) => t.id === q.triggerPoint);
  if (!muscle || !trp) return null;
  const which = muscle.triggerPoints.length > 1 ? ` (${trp.location.replace(/\.$/, '')})` : '';
  const common = {
    id: q.id,
    explanation: q.explanation ?? `${sidedMuscleName(muscle, q.side)}. Trigger point: ${trp.location} Felt as: ${trp.symptoms}`,
    sources: q.sources ?? [...trp.sources],
    muscleId: muscle.id,
    side: q.side,
    triggerPointId: trp.id,
  };
  switch (q.type) {
    case 'name-from-pattern':
      return { ...common, type: q.type, prompt: q.prompt ?? `Which muscle's trigger point refers pain in this pattern (${sideWord(q.side)} side)?`, options: [] };
    case 'locate-trp':
      return { ...common, type: q.type, prompt: q.prompt ?? `Where is the trigger point of the ${sideWord(q.side)} ${muscle.name}${which}? Mark it on the body.`, choices: [] };
    case 'draw-pattern':
      return { ...common, type: q.type, prompt: q.prompt ?? `Paint where the ${sideWord(q.side)} ${muscle.name} trigger point${which} refers pain.` };
  }
}

/** Muscles with a trigger point whose referral reaches the region. */
export function musclesReferringTo(pack: Pack, region: string): MuscleContent[] {
  return pack.muscles.filter((m) => m.triggerPoints.some((t) => t.regions.includes(region)));
}

function referringTrps(pack: Pack, muscleId: string, region: string): TriggerPoint[] {
  return pack.muscles.find((m) => m.id === muscleId)?.triggerPoints.filter((t) => t.regions.includes(region)) ?? [];
}

/** Muscles other than `exclude`: the same body regions first, then neighbouring ones (each shuffled). */
function nearby(pack: Pack, regions: readonly string[], exclude: ReadonlySet<string>, rng: Rng): MuscleContent[] {
  const same = new Set(regions);
  const near = new Set<string>(regions.flatMap((r) => neighbourRegions(r)));
  const group = (keep: (r: string) => boolean) =>
    rng.shuffle(
      pack.muscles.filter((m) => {
        const r = muscleBodyRegion(m);
        return !exclude.has(m.id) && r !== undefined && keep(r);
      }),
    );
  return [...group((r) => same.has(r)), ...group((r) => !same.has(r) && near.has(r))];
}

/** Distinct display names: two options named alike could not be told apart. */
function distinctByName(muscles: readonly MuscleContent[], taken: readonly string[], want: number): string[] {
  const names = new Set(taken.map((n) => n.toLowerCase()));
  const out: string[] = [];
  for (const m of muscles) {
    if (out.length >= want) break;
    if (names.has(m.name.toLowerCase())) continue;
    names.add(m.name.toLowerCase());
    out.push(m.id);
  }
  return out;
}

/** The default completer: nearby muscles as distractors, other trigger points' spots as locate choices. */
export function completeAuthoredQuestion(q: Question, pack: Pack, rng: Rng, lookup?: LandmarkLookup): Question {
  const muscleOf = (id: string) => pack.muscles.find((m) => m.id === id);
  if (q.type === 'name-from-pattern' && q.options.length === 0) {
    const m = muscleOf(q.muscleId);
    const region = m && muscleBodyRegion(m);
    const distractors = region ? distinctByName(nearby(pack, [region], new Set([q.muscleId]), rng), [m.name], AUTHORED_OPTIONS - 1) : [];
    return { ...q, options: rng.shuffle([q.muscleId, ...distractors]) };
  }
  if (q.type === 'which-refers' && q.options.length === 0) {
    const answers = q.answers.map(muscleOf).filter((m): m is MuscleContent => m !== undefined);
    const regions = [...new Set(answers.flatMap((m) => muscleBodyRegion(m) ?? []))];
    const referring = new Set(musclesReferringTo(pack, q.region).map((m) => m.id));
    // A distractor must not refer there itself, or a "wrong" pick would be right.
    const pool = nearby(pack, regions, new Set([...q.answers, ...referring]), rng);
    const distractors = distinctByName(pool, answers.map((m) => m.name), Math.max(2, 6 - q.answers.length));
    return { ...q, options: rng.shuffle([...q.answers, ...distractors]) };
  }
  if (q.type === 'locate-trp' && q.choices.length === 0) return { ...q, choices: locateChoices(q, pack, rng, lookup) };
  return q;
}

/**
 * The keyboard list of a locate question, by generation's rules (genLocateTrp.ts): the trigger
 * point's own spot and one spot from each of a few nearby muscles, never close to any trigger point
 * of the asked muscle (the scorer accepts all of them) nor to each other. Without a body the
 * distances are only known between spots on the same landmark.
 */
function locateChoices(q: LocateQuestion, pack: Pack, rng: Rng, lookup: LandmarkLookup | undefined): LocateChoice[] {
  const m = pack.muscles.find((x) => x.id === q.muscleId);
  const trp = m?.triggerPoints.find((t) => t.id === q.triggerPointId);
  const answer = trp && anchorAsLandmark(trp.anchor, q.side, lookup);
  if (!m || !answer) return [];
  const choices: LocateChoice[] = [{ label: locateLabel(answer.landmark, answer.offset, q.side), ...answer }];
  const at = (a: AnchorLike) => (lookup ? resolveAnchor(a, q.side, lookup) : undefined);
  const own = m.triggerPoints.map((t) => ({ anchor: t.anchor, p: at(t.anchor) }));
  const placed = [{ anchor: answer as AnchorLike, p: at(answer) }];
  const apart = (a: AnchorLike, b: { anchor: AnchorLike; p: Vec3 | undefined }, min: number) => {
    const pa = at(a);
    if (pa && b.p) return dist(pa, b.p) >= min;
    return a.landmark !== b.anchor.landmark || dist(a.offset ?? [0, 0, 0], b.anchor.offset ?? [0, 0, 0]) >= min;
  };
  const region = muscleBodyRegion(m);
  for (const other of region ? nearby(pack, [region], new Set([m.id]), rng) : []) {
    if (choices.length >= AUTHORED_LOCATE_CHOICES) break;
    for (const t of rng.shuffle(other.triggerPoints)) {
      const c = anchorAsLandmark(t.anchor, q.side, lookup);
      if (!c || (lookup && !at(c))) continue;
      const label = locateLabel(c.landmark, c.offset, q.side);
      if (choices.some((x) => x.label === label)) continue;
      if (!own.every((o) => apart(c, o, LOCATE_CHOICE_MIN_DISTANCE)) || !placed.every((o) => apart(c, o, LOCATE_CHOICE_MIN_SPACING))) continue;
      placed.push({ anchor: c, p: at(c) });
      choices.push({ label, ...c });
      break; // one spot per muscle keeps the list varied
    }
  }
  return rng.shuffle(choices);
}

const dist = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

export interface QuizFragmentOptions {
  authors?: readonly string[] | undefined;
  license?: string | undefined;
}

/**
 * A minimal extension pack holding one quiz: it validates with `pack validate <file> --base
 * public/content/core.json`, since everything it references lives in the base.
 */
export function quizToFragment(quiz: Quiz, opts: QuizFragmentOptions = {}): Record<string, unknown> {
  return {
    format: 'myomap-pack',
    version: CURRENT_PACK_VERSION,
    id: `quiz-${quiz.id}`,
    title: quiz.title,
    authors: opts.authors?.length ? [...opts.authors] : ['Myomap quiz builder'],
    license: opts.license ?? 'CC BY-SA 4.0',
    description: `A quiz for the Myomap core pack: ${quiz.title}.`,
    disclaimer: 'Quiz questions for learning about myofascial trigger points; not a diagnosis and not a substitute for assessment by a qualified health professional.',
    sources: [],
    regions: [],
    techniques: [],
    precautions: [],
    exercises: [],
    muscles: [],
    quizzes: [quiz],
  };
}
