import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCards, CARD_KINDS, cardId, type StudyPack } from '../../../src/domain/study';
import { corePack, studyPackArb } from './studyPacks';

describe('buildCards on the core pack', () => {
  const pack = corePack();
  const cards = buildCards(pack);

  it('makes three cards per trigger point and hold/techniques/precautions per muscle when the pack has them', () => {
    const trps = pack.muscles.reduce((n, m) => n + m.triggerPoints.length, 0);
    const withPrecautions = pack.muscles.filter((m) => m.precautions.ids.length > 0).length;
    const withTechniques = pack.muscles.filter((m) => m.techniques.length > 0).length;
    expect(cards.length).toBe(trps * 3 + pack.muscles.length + withTechniques + withPrecautions);
    expect(cards.filter((c) => c.kind === 'precautions')).toHaveLength(withPrecautions);
    expect(withPrecautions).toBeLessThan(pack.muscles.length); // the core pack has muscles without precautions
  });

  it('names cards by kind, muscle and trigger point, uniquely, and every card carries the muscle region', () => {
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    const temporalis = cards.filter((c) => c.muscleId === 'temporalis').map((c) => c.id);
    expect(temporalis).toContain('pattern-to-muscle:temporalis:temporalis-1');
    expect(temporalis).toContain('muscle-to-pattern:temporalis:temporalis-1');
    expect(temporalis).toContain('locate:temporalis:temporalis-1');
    expect(temporalis).toContain('hold:temporalis');
    expect(temporalis).toContain('techniques:temporalis');
    for (const c of cards) {
      const m = pack.muscles.find((x) => x.id === c.muscleId)!;
      expect(c.region).toBe(m.region);
      expect(c.id).toBe(cardId(c.kind, c.muscleId, c.triggerPointId));
      expect(c.front.length).toBeGreaterThan(10);
      expect(c.back.length).toBeGreaterThan(3);
    }
  });

  it('writes fronts that do not give the answer away', () => {
    for (const c of cards.filter((x) => x.kind === 'pattern-to-muscle')) {
      const m = pack.muscles.find((x) => x.id === c.muscleId)!;
      expect(c.front.toLowerCase()).not.toContain(m.name.toLowerCase());
    }
    const locate = cards.find((c) => c.id === 'locate:temporalis:temporalis-1')!;
    const trp = pack.muscles.find((m) => m.id === 'temporalis')!.triggerPoints[0]!;
    expect(locate.back).toBe(trp.location);
    expect(locate.front).not.toContain(trp.location);
  });

  it('is stable across calls', () => {
    expect(buildCards(corePack())).toEqual(cards);
  });
});

describe('buildCards properties', () => {
  it('ids are unique, stable, and one set of TrP cards exists per trigger point', () => {
    fc.assert(
      fc.property(studyPackArb, (pack: StudyPack) => {
        const a = buildCards(pack);
        const b = buildCards(structuredClone(pack));
        expect(b.map((c) => c.id)).toEqual(a.map((c) => c.id));
        expect(new Set(a.map((c) => c.id)).size).toBe(a.length);
        for (const m of pack.muscles) {
          for (const t of m.triggerPoints) {
            for (const kind of ['pattern-to-muscle', 'muscle-to-pattern', 'locate'] as const) {
              expect(a.some((c) => c.id === `${kind}:${m.id}:${t.id}` && c.kind === kind)).toBe(true);
            }
          }
          expect(a.some((c) => c.id === `techniques:${m.id}`)).toBe(m.techniques.length > 0);
          expect(a.some((c) => c.id === `precautions:${m.id}`)).toBe(m.precautions.ids.length > 0);
          expect(a.some((c) => c.id === `hold:${m.id}`)).toBe(true);
        }
        expect(a.every((c) => CARD_KINDS.includes(c.kind))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('skips technique and precaution cards whose ids the pack does not define', () => {
    const pack: StudyPack = {
      muscles: [
        {
          id: 'm',
          name: 'm',
          region: 'neck',
          triggerPoints: [],
          techniques: ['unknown'],
          precautions: { ids: ['unknown'], notes: ['a note'] },
          sources: ['s'],
        },
      ],
      regions: [],
      techniques: [],
      precautions: [],
    };
    expect(buildCards(pack).map((c) => c.id)).toEqual([]);
  });
});
