import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/state/store';
import { referralInputOf, stageUserZones } from '../../src/scene/stagePaint';

beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

const dab = (x: number) => ({ center: [x, 1.5, 0.1] as [number, number, number], radius: 0.02 });

describe('stage', () => {
  it('brush strokes: begin, extend, undo, clear', () => {
    const st = () => useAppStore.getState();
    st().setStage({ tool: 'paint' });
    st().beginStroke(dab(0));
    st().extendStroke(dab(0.01));
    st().beginStroke(dab(0.2));
    expect(st().stage?.strokes.map((s) => s.length)).toEqual([2, 1]);
    st().undoStroke();
    expect(st().stage?.strokes.map((s) => s.length)).toEqual([2]);
    st().clearStrokes();
    expect(st().stage?.strokes).toEqual([]);
    st().undoStroke();
    expect(st().stage?.strokes).toEqual([]);
  });

  it('a new stage starts from defaults, keeps the frame counter, and clears hover', () => {
    const st = () => useAppStore.getState();
    st().setStage({ tool: 'locate', pins: [{ position: [0, 1, 0], kind: 'answer' }] });
    st().frameStage();
    st().setHover({ muscleId: 'masseter', side: 'l' });
    st().setStage({ tool: 'none' });
    expect(st().stage).toMatchObject({ tool: 'none', pins: [], frameSeq: 1, hoverNames: true, skin: false });
    expect(st().hover).toBeNull();
    st().clearStage();
    expect(st().stage).toBeNull();
  });

  it('outside Explore the body draws the stage, never the Explore selection (no answer given away)', () => {
    const st = () => useAppStore.getState();
    st().select('masseter', 'l');
    expect(referralInputOf(st()).selection).toEqual({ muscleId: 'masseter', side: 'l' });
    st().setRoute({ mode: 'quiz', view: 'take', quizId: 'x', seed: 1, canonical: '#/quiz/x?seed=1' });
    expect(referralInputOf(st()).selection).toBeNull();
    st().setStage({ pattern: { muscleId: 'temporalis', side: 'r', triggerPointId: 't1', markers: true } });
    expect(referralInputOf(st())).toMatchObject({ selection: { muscleId: 'temporalis', side: 'r' }, shownTrp: { muscleId: 'temporalis', triggerPointId: 't1' } });
  });

  it('user zones: one blob per dab plus the areas of picked regions on their side', () => {
    const pack = { regions: [{ id: 'temple', name: 'temple', aliases: [], area: [{ kind: 'blob', at: { landmark: 'temple', offset: [0, 0, 0] }, radius: 0.03 }] }] } as never;
    const lookup = (id: string, side: 'l' | 'r' | null) => (id === 'temple' ? ([side === 'r' ? -0.07 : 0.07, 1.6, 0.05] as const) : undefined);
    useAppStore.getState().setStage({ strokes: [[dab(0), dab(0.01)]], regions: [{ regionId: 'temple', side: 'r' }, { regionId: 'nowhere', side: 'l' }] });
    const zones = stageUserZones(useAppStore.getState().stage, pack, lookup);
    expect(zones).toHaveLength(3);
    expect(zones[2]).toEqual({ kind: 'blob', center: [-0.07, 1.6, 0.05], radius: 0.03 });
  });
});
