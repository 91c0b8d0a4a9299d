/**
 * A study card shown as a quiz question (src/domain/quiz/types.ts), so study mode reuses the quiz
 * components. Cards are side-less; the seed picks the side and every option order, so the same card
 * and seed always give the same question (it can be rebuilt after a reload).
 */
import type { LandmarkLookup, Side } from '../referral/types';
import type { Question } from '../quiz/types';
import { asSentence, displayName, formatHold, regionList, unique } from './cardText';
import { muscleHolds } from './cards';
import { locateChoices } from './locateChoices';
import { holdChoices, precautionChoices, techniqueChoices } from './practiceChoices';
import { hashSeed, seededRandom, shuffled, type Random } from './seededRandom';
import type { StudyCard, StudyMuscle, StudyPack, StudyTriggerPoint } from './types';

/** How many muscles a name-from-pattern question offers (the answer included), when the pack has them. */
export const NAME_OPTIONS = 4;

function sideWord(side: Side): 'right' | 'left' {
  return side === 'r' ? 'right' : 'left';
}

function sameRegions(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}

/**
 * The answer plus up to NAME_OPTIONS − 1 other muscles, same body region first. A muscle with a
 * trigger point referring to exactly the same regions is left out: it would be a fair answer too.
 */
function muscleOptions(pack: StudyPack, muscle: StudyMuscle, trp: StudyTriggerPoint, rnd: Random): string[] {
  const fair = (m: StudyMuscle) => m.id !== muscle.id && !m.triggerPoints.some((t) => sameRegions(t.regions, trp.regions));
  const same = shuffled(
    pack.muscles.filter((m) => fair(m) && m.region === muscle.region),
    rnd,
  );
  const rest = shuffled(
    pack.muscles.filter((m) => fair(m) && m.region !== muscle.region),
    rnd,
  );
  const others = [...same, ...rest].slice(0, NAME_OPTIONS - 1).map((m) => m.id);
  return shuffled([muscle.id, ...others], rnd);
}

function patternExplanation(pack: StudyPack, m: StudyMuscle, t: StudyTriggerPoint): string {
  return `${displayName(m.name)}. Trigger point: ${asSentence(t.location)} It refers pain to the ${regionList(pack, t.regions)}. ${t.symptoms}`;
}

function findCardData(card: StudyCard, pack: StudyPack): { m: StudyMuscle; t: StudyTriggerPoint | undefined } {
  const m = pack.muscles.find((x) => x.id === card.muscleId);
  if (!m) throw new Error(`study card ${card.id}: muscle ${card.muscleId} is not in the pack`);
  if (card.triggerPointId === undefined) return { m, t: undefined };
  const t = m.triggerPoints.find((x) => x.id === card.triggerPointId);
  if (!t) throw new Error(`study card ${card.id}: trigger point ${card.triggerPointId} is not in the pack`);
  return { m, t };
}

/**
 * The card as a question. `seed` (any number, e.g. the session's) is mixed with the card id, so
 * cards in one session draw independently. Throws when the card's muscle or trigger point is no
 * longer in the pack (drop such cards with `buildCards` of the current pack), and for a locate card
 * whose trigger point is a surface point when no `lookup` is given.
 */
export function toQuestion(card: StudyCard, pack: StudyPack, seed: number, lookup?: LandmarkLookup): Question {
  const { m, t } = findCardData(card, pack);
  const rnd = seededRandom(hashSeed(card.id, seed));
  const side: Side = rnd() < 0.5 ? 'l' : 'r';
  const id = `study:${card.id}`;
  const name = m.name;
  const sided = `the ${sideWord(side)} ${name}`;
  const several = m.triggerPoints.length > 1;
  if (t) {
    const base = { id, muscleId: m.id, side, triggerPointId: t.id, sources: [...t.sources], explanation: patternExplanation(pack, m, t) };
    switch (card.kind) {
      case 'pattern-to-muscle':
        return {
          ...base,
          type: 'name-from-pattern',
          prompt: 'Which muscle has this trigger point and referral pattern?',
          options: muscleOptions(pack, m, t, rnd),
        };
      case 'muscle-to-pattern':
        return {
          ...base,
          type: 'draw-pattern',
          prompt: several
            ? `Paint where this trigger point of ${sided} refers pain. Trigger point: ${asSentence(t.location)}`
            : `Paint where the trigger point of ${sided} refers pain.`,
        };
      case 'locate': {
        const { choices } = locateChoices(pack, m, t, side, rnd, lookup);
        return {
          ...base,
          type: 'locate-trp',
          prompt: several
            ? `Find the trigger point of ${sided} that refers pain to the ${regionList(pack, t.regions)}.`
            : `Find the trigger point of ${sided}.`,
          choices,
        };
      }
      default:
        break;
    }
  }
  const body = { muscleId: m.id, side };
  switch (card.kind) {
    case 'hold': {
      const c = holdChoices(m, rnd);
      return {
        id,
        type: 'practice',
        topic: 'hold',
        muscleId: m.id,
        prompt: `How long, and how many times, do you usually hold sustained pressure on a trigger point in ${sided}?`,
        explanation: `${displayName(name)}: ${muscleHolds(m).map(formatHold).join('; or ')}, released as the tenderness or referral fades.`,
        sources: c.sources,
        choices: c.choices,
        correct: c.correct,
        body,
      };
    }
    case 'techniques':
    case 'precautions': {
      const tech = card.kind === 'techniques';
      const c = tech ? techniqueChoices(pack, m, rnd) : precautionChoices(pack, m, rnd);
      const listed = c.correct.map((i) => c.choices[i]).join('; ');
      const notes = tech ? '' : m.precautions.notes.map((n) => ` ${n}`).join('');
      return {
        id,
        type: 'practice',
        topic: tech ? 'technique' : 'precaution',
        muscleId: m.id,
        prompt: tech
          ? `Which of these techniques does the pack suggest for ${sided}? Choose all that apply.`
          : `Which of these precautions does the pack list for ${sided}? Choose all that apply.`,
        explanation: `${displayName(name)}: ${listed}.${notes}`,
        sources: unique([...c.sources, ...(tech ? [] : m.sources)]),
        choices: c.choices,
        correct: c.correct,
        body,
      };
    }
    default:
      throw new Error(`study card ${card.id}: kind ${card.kind} needs a trigger point`);
  }
}
