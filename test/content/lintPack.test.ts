import { beforeAll, describe, expect, it } from 'vitest';
import { lintPack } from '../../src/content/lintPack';
import type { Pack } from '../../src/content/schema';
import { GLB_PATH } from '../model/lib/body';
import { loadBodyModel, type BodyModel } from '../../scripts/pack/bodyModel';
import { fixturePack } from './fixtures';

let model: BodyModel;
beforeAll(async () => {
  model = await loadBodyModel(GLB_PATH);
});

const withModel = (pack: Pack) => lintPack(pack, { landmarks: model.lookup, skinDistance: model.skinDistance, modelMuscles: model.muscles });
const paths = (pack: Pack) => withModel(pack).map((w) => w.path);

describe('lintPack', () => {
  it('warns about the fixture’s deliberate gaps only', () => {
    expect(withModel(fixturePack())).toEqual([
      { path: 'muscles[1].exercises', message: 'no self-care exercise' },
      { path: 'muscles[1].triggerPoints[0].hold.minSeconds', message: '20 s is below the usual 30–120 s: cite a source that says so' },
      { path: 'muscles[1].triggerPoints[0].hold.maxSeconds', message: '150 s is above the usual 30–120 s: cite a source that says so' },
      { path: 'muscles[2].precautions', message: 'no precautions' },
    ]);
  });

  it('finds zones and anchors off the skin', () => {
    const pack = fixturePack();
    pack.muscles[0]!.triggerPoints[0]!.referral.spillover[0] = { kind: 'blob', at: { landmark: 'mandible-angle', offset: [0, 0, 0.2] }, radius: 0.03 };
    pack.regions[2]!.area[0] = { kind: 'path', points: [{ landmark: 'acromion', offset: [0, 0, 0] }, { landmark: 'acromion', offset: [0.3, 0, 0] }], width: 0.05 };
    pack.muscles[2]!.triggerPoints[0]!.anchor = { landmark: 'iliac-crest', offset: [-0.1, 0, -0.2] };
    const w = withModel(pack);
    expect(w.find((x) => x.path === 'muscles[0].triggerPoints[0].referral.spillover[0].at')?.message).toMatch(/^zone centre lies \d+\.\d cm from the skin/);
    expect(w.some((x) => x.path === 'regions[2].area[0].points[1]')).toBe(true);
    expect(w.some((x) => x.path === 'regions[2].area[0].points[0]')).toBe(false);
    expect(w.find((x) => x.path === 'muscles[2].triggerPoints[0].anchor')?.message).toMatch(/^trigger point lies/);
  });

  it('reports landmarks and muscles the model lacks', () => {
    const pack = fixturePack();
    const lookup = (id: string, side: 'l' | 'r' | null) => (id === 'temple' ? undefined : model.lookup(id, side));
    const muscles = new Set([...model.muscles].filter((m) => m !== 'gluteus-medius'));
    const w = lintPack(pack, { landmarks: lookup, modelMuscles: muscles }).map((x) => `${x.path}: ${x.message}`);
    expect(w).toContain('regions[0].area[0].at.landmark: landmark "temple" is not in the model');
    expect(w).toContain('muscles[0].triggerPoints[0].referral.essential[1].at.landmark: landmark "temple" is not in the model');
    expect(w).toContain('muscles[2].id: muscle "gluteus-medius" is not in the model');
  });

  it('reports unused items, uncited sources, gaps and duplicates', () => {
    const pack = fixturePack();
    pack.muscles[2]!.techniques = ['ischemic-compression'];
    pack.muscles[0]!.triggerPoints[0]!.referral.spillover = [];
    pack.sources[1]!.journal = undefined;
    pack.sources[1]!.doi = undefined;
    pack.sources.push({ id: 'unused-1999', author: 'A', title: 'T', year: 1999, kind: 'book' });
    pack.exercises.push({ ...pack.exercises[0]! });
    expect(paths(pack)).toEqual([
      'exercises[2].id',
      'muscles[0].triggerPoints[0].referral.spillover',
      'muscles[1].exercises',
      'muscles[1].triggerPoints[0].hold.minSeconds',
      'muscles[1].triggerPoints[0].hold.maxSeconds',
      'muscles[2].techniques',
      'muscles[2].precautions',
      'techniques[2]',
      'sources[1].journal',
      'sources[2]',
      'sources[2].publisher',
    ]);
  });

  it('runs without a model (no landmark or skin checks)', () => {
    expect(lintPack(fixturePack()).map((w) => w.path)).toEqual(['muscles[1].exercises', 'muscles[1].triggerPoints[0].hold.minSeconds', 'muscles[1].triggerPoints[0].hold.maxSeconds', 'muscles[2].precautions']);
  });
});
