import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANDMARKS } from '../../../src/domain/anatomy/landmarks';
import type { LocateQuestion, NameFromPatternQuestion, PracticeQuestion, Question } from '../../../src/domain/quiz/types';
import { resolveAnchor } from '../../../src/domain/referral/resolveAnchor';
import type { LandmarkLookup, Vec3 } from '../../../src/domain/referral/types';
import { buildCards, toQuestion, type StudyCard, type StudyPack } from '../../../src/domain/study';
import { formatHold, namesMuscle } from '../../../src/domain/study/cardText';
import { MIN_CHOICE_DISTANCE_M } from '../../../src/domain/study/locateChoices';
import { corePack, studyPackArb } from './studyPacks';

const TYPE_OF: Record<StudyCard['kind'], Question['type']> = {
  'pattern-to-muscle': 'name-from-pattern',
  'muscle-to-pattern': 'draw-pattern',
  locate: 'locate-trp',
  hold: 'practice',
  techniques: 'practice',
  precautions: 'practice',
};

/** Every catalogue landmark at a distinct made-up position (paired ones mirrored). */
const fakeLookup: LandmarkLookup = (id, side) => {
  const i = LANDMARKS.findIndex((l) => l.id === id);
  if (i < 0) return undefined;
  const l = LANDMARKS[i]!;
  if (l.paired && side === null) return undefined;
  const x = l.paired ? (side === 'r' ? -1 : 1) * (0.05 + 0.004 * i) : 0;
  return [x, 0.1 + 0.02 * i, ((i * 37) % 11) * 0.01 - 0.05] as Vec3;
};

function checkQuestion(q: Question, card: StudyCard, pack: StudyPack): void {
  expect(q.type).toBe(TYPE_OF[card.kind]);
  expect(q.muscleId).toBe(card.muscleId);
  expect(q.prompt.length).toBeGreaterThan(10);
  expect(q.explanation.length).toBeGreaterThan(10);
  expect(q.sources.length).toBeGreaterThan(0);
  if (q.type === 'name-from-pattern') {
    expect(q.triggerPointId).toBe(card.triggerPointId);
    expect(q.options).toContain(card.muscleId);
    expect(new Set(q.options).size).toBe(q.options.length);
    const trp = pack.muscles.find((m) => m.id === card.muscleId)!.triggerPoints.find((t) => t.id === card.triggerPointId)!;
    const twin = (id: string) => pack.muscles.find((m) => m.id === id)!.triggerPoints.some((t) => t.regions.length === trp.regions.length && t.regions.every((r) => trp.regions.includes(r)));
    const fair = pack.muscles.filter((m) => m.id !== card.muscleId && !twin(m.id)).length;
    expect(q.options.length).toBe(Math.min(4, 1 + fair));
    expect(q.options.filter((id) => id !== card.muscleId && twin(id))).toEqual([]);
    expect(q.prompt.toLowerCase()).not.toContain(pack.muscles.find((m) => m.id === card.muscleId)!.name);
  }
  if (q.type === 'locate-trp') {
    const trp = pack.muscles.find((m) => m.id === card.muscleId)!.triggerPoints.find((t) => t.id === card.triggerPointId)!;
    const own = q.choices.filter((c) => c.label === trp.location && c.landmark === trp.anchor.landmark);
    expect(own).toHaveLength(1);
    expect(new Set(q.choices.map((c) => c.label)).size).toBe(q.choices.length);
    const asked = pack.muscles.find((m) => m.id === card.muscleId)!;
    for (const c of q.choices) if (c !== own[0]) expect(namesMuscle(c.label, asked)).toBe(false);
  }
  if (q.type === 'practice') {
    expect(q.correct.length).toBeGreaterThan(0);
    expect(q.correct.every((i) => i >= 0 && i < q.choices.length)).toBe(true);
    expect(new Set(q.choices).size).toBe(q.choices.length);
    expect(q.body?.muscleId).toBe(card.muscleId);
  }
}

describe('toQuestion on the core pack', () => {
  const pack = corePack();
  const cards = buildCards(pack);

  it('maps every card onto a well-formed quiz question of the matching type', () => {
    for (const card of cards) for (const seed of [1, 2]) checkQuestion(toQuestion(card, pack, seed, fakeLookup), card, pack);
  });

  it('is deterministic for a card and seed, and the seed picks the side', () => {
    const card = cards.find((c) => c.id === 'pattern-to-muscle:temporalis:temporalis-1')!;
    expect(toQuestion(card, pack, 7)).toEqual(toQuestion(card, pack, 7));
    const sides = new Set(Array.from({ length: 20 }, (_, i) => (toQuestion(card, pack, i) as NameFromPatternQuestion).side));
    expect(sides).toEqual(new Set(['l', 'r']));
  });

  it('offers name options from the same body region first', () => {
    const card = cards.find((c) => c.id === 'pattern-to-muscle:temporalis:temporalis-1')!;
    const q = toQuestion(card, pack, 3) as NameFromPatternQuestion;
    const regions = q.options.map((id) => pack.muscles.find((m) => m.id === id)!.region);
    expect(regions.every((r) => r === 'head')).toBe(true); // the core pack has 9 head muscles
  });

  it('hold questions mark exactly the muscle holds as correct', () => {
    const card = cards.find((c) => c.id === 'hold:temporalis')!;
    const q = toQuestion(card, pack, 5) as PracticeQuestion;
    const holds = new Set(pack.muscles.find((m) => m.id === 'temporalis')!.triggerPoints.map((t) => formatHold(t.hold)));
    expect(new Set(q.correct.map((i) => q.choices[i]))).toEqual(holds);
    expect(q.choices.length).toBe(holds.size + 3);
  });

  it('technique and precaution questions mark only entries the muscle lists', () => {
    for (const card of cards.filter((c) => c.kind === 'techniques' || c.kind === 'precautions')) {
      const q = toQuestion(card, pack, 11) as PracticeQuestion;
      const m = pack.muscles.find((x) => x.id === card.muscleId)!;
      const list = card.kind === 'techniques' ? pack.techniques.filter((t) => m.techniques.includes(t.id)) : pack.precautions.filter((p) => m.precautions.ids.includes(p.id));
      const names = new Set(list.map((x) => x.name));
      q.choices.forEach((c, i) => expect(names.has(c)).toBe(q.correct.includes(i)));
    }
  });

  it('offers the other trigger points of the same muscle first as locate choices', () => {
    const card = cards.find((c) => c.id === 'locate:sternocleidomastoid:sternocleidomastoid-1')!;
    const q = toQuestion(card, pack, 9) as LocateQuestion;
    const scm = new Set(pack.muscles.find((m) => m.id === 'sternocleidomastoid')!.triggerPoints.map((t) => t.location));
    expect(q.choices).toHaveLength(4);
    expect(q.choices.every((c) => scm.has(c.label))).toBe(true); // SCM has four trigger points
  });

  it('keeps locate choices apart on the body when a lookup is given', () => {
    for (const card of cards.filter((c) => c.kind === 'locate').slice(0, 40)) {
      const q = toQuestion(card, pack, 4, fakeLookup) as LocateQuestion;
      const at = q.choices.map((c) => resolveAnchor(c, q.side, fakeLookup)!);
      for (let i = 0; i < at.length; i++) {
        for (let j = i + 1; j < at.length; j++) {
          const d = Math.hypot(at[i]![0] - at[j]![0], at[i]![1] - at[j]![1], at[i]![2] - at[j]![2]);
          expect(d).toBeGreaterThanOrEqual(MIN_CHOICE_DISTANCE_M);
        }
      }
    }
  });

  it('fails clearly for a card the pack no longer has', () => {
    const card: StudyCard = { id: 'locate:gone:gone-1', kind: 'locate', muscleId: 'gone', triggerPointId: 'gone-1', region: 'neck', front: 'x', back: 'y' };
    expect(() => toQuestion(card, pack, 1)).toThrow(/gone/);
  });
});

describe('toQuestion with surface-point anchors', () => {
  const pack: StudyPack = {
    muscles: ['a', 'b', 'c', 'd'].map((id, i) => ({
      id,
      name: `muscle ${id}`,
      region: 'neck',
      triggerPoints: [
        {
          id: `${id}-1`,
          location: `Spot of ${id}.`,
          anchor: i === 0 ? { point: [0.12, 1.2, 0.03] as const } : { landmark: 'acromion', offset: [0.01 * i, 0.05 * i, 0] as const },
          regions: [],
          symptoms: 'Aches.',
          hold: { minSeconds: 30, maxSeconds: 60, repetitions: 2 },
          sources: ['s'],
        },
      ],
      techniques: [],
      precautions: { ids: [], notes: [] },
      sources: ['s'],
    })),
    regions: [],
    techniques: [],
    precautions: [],
  };
  const card = buildCards(pack).find((c) => c.id === 'locate:a:a-1')!;

  it('writes the point as the nearest landmark plus an offset that resolves back to it', () => {
    const q = toQuestion(card, pack, 2, fakeLookup) as LocateQuestion;
    const own = q.choices.find((c) => c.label === 'Spot of a.')!;
    const at = resolveAnchor(own, q.side, fakeLookup)!;
    const s = q.side === 'r' ? -1 : 1;
    expect(at[0]).toBeCloseTo(0.12 * s, 9);
    expect(at[1]).toBeCloseTo(1.2, 9);
    expect(at[2]).toBeCloseTo(0.03, 9);
  });

  it('needs a lookup for it', () => {
    expect(() => toQuestion(card, pack, 2)).toThrow(/lookup/);
  });
});

describe('toQuestion properties', () => {
  it('every card of any pack becomes a valid question, the same for the same seed', () => {
    fc.assert(
      fc.property(studyPackArb, fc.integer(), (pack, seed) => {
        const trps = pack.muscles.reduce((n, m) => n + m.triggerPoints.length, 0);
        for (const card of buildCards(pack)) {
          const q = toQuestion(card, pack, seed);
          checkQuestion(q, card, pack);
          if (q.type === 'locate-trp') expect(q.choices).toHaveLength(Math.min(4, trps));
          expect(toQuestion(card, pack, seed)).toEqual(q);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('namesMuscle', () => {
  it('finds a muscle by name or alias, singular or plural, as whole words', () => {
    const scm = { name: 'sternocleidomastoid', aliases: ['SCM'] };
    expect(namesMuscle('behind the clavicular head of the SCM.', scm)).toBe(true);
    expect(namesMuscle('Sternal division, low in the muscle.', scm)).toBe(false);
    expect(namesMuscle('Middle scalene, at mid-neck level', { name: 'scalenes' })).toBe(true);
    expect(namesMuscle('between the SCM and the upper trapezius', { name: 'upper trapezius' })).toBe(true);
    expect(namesMuscle('over the trapezoid', { name: 'upper trapezius' })).toBe(false);
  });
});
