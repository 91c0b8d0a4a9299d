import { beforeAll, describe, expect, it } from 'vitest';
import { Ray, Vector3 } from 'three';
import { BodyRuntime } from '../../src/scene/BodyRuntime';
import { buildBody } from '../../src/scene/buildBody';
import { parseBodyGlb } from '../../src/scene/parseBodyGlb';
import { presetPose } from '../../src/scene/framing';
import { useAppStore } from '../../src/state/store';
import { selectMuscleDrawState } from '../../src/state/selectors';
import { fixtureMuscleBox, makeTestBodyGlb } from './fixtures/testBody';

let runtime: BodyRuntime;

beforeAll(async () => {
  const bytes = await makeTestBodyGlb({ muscleIds: ['pectoralis-major', 'pectoralis-minor', 'subclavius', 'rectus-femoris'] });
  runtime = new BodyRuntime(buildBody(await parseBodyGlb(bytes.slice().buffer)));
  runtime.applyDrawState(selectMuscleDrawState(useAppStore.getInitialState()));
});

/** A ray from the front (+Z) straight at the middle of a fixture muscle box. */
function rayAt(id: string, side: 'l' | 'r'): Ray {
  const { min, max } = fixtureMuscleBox(id, side);
  const c = new Vector3((min[0] + max[0]) / 2, (min[1] + max[1]) / 2, 2);
  return new Ray(c, new Vector3(0, 0, -1));
}

describe('BodyPicker on the merged muscle geometry', () => {
  it('finds the muscle under a ray, with its side', () => {
    expect(runtime.picker.pick(rayAt('pectoralis-major', 'r'), runtime.pickOptions())?.nodeName).toBe('muscle:pectoralis-major:r');
    expect(runtime.picker.pick(rayAt('pectoralis-major', 'l'), runtime.pickOptions())?.nodeName).toBe('muscle:pectoralis-major:l');
  });

  it('skips muscles that cannot be picked, and opaque skin stops the ray', () => {
    const pickable = new Uint8Array(runtime.states.pickable).fill(0);
    expect(runtime.picker.pick(rayAt('pectoralis-major', 'r'), { pickable, bonesBlock: false, skinBlocks: false })).toBeNull();
    expect(runtime.picker.pick(rayAt('pectoralis-major', 'r'), { ...runtime.pickOptions(), skinBlocks: true })?.nodeName).toBe('skin');
  });

  it('returns nothing through empty space', () => {
    expect(runtime.picker.pick(new Ray(new Vector3(3, 3, 3), new Vector3(1, 0, 0)), runtime.pickOptions())).toBeNull();
  });

  it('keeps each muscle’s triangles contiguous and superficial muscles first in the index', () => {
    const ids = runtime.body.muscleGeometry.getAttribute('aMuscle');
    const index = runtime.body.muscleGeometry.index!;
    for (const m of runtime.body.muscles) {
      for (let i = m.indexStart; i < m.indexStart + m.indexCount; i++) expect(ids.getX(index.getX(i))).toBe(m.index);
    }
    const order = [...runtime.body.muscles].sort((a, b) => a.indexStart - b.indexStart).map((m) => m.layer);
    expect(order.indexOf('superficial')).toBe(0);
    expect(order.lastIndexOf('superficial')).toBeLessThan(order.indexOf('deep'));
  });
});

describe('presetPose', () => {
  const bounds = () => runtime.body.bounds;
  const lens = { fov: 30, aspect: 1.2 };
  it('puts the camera in front, behind, at the patient’s left (+X), right (−X) and above', () => {
    const c = bounds().getCenter(new Vector3());
    const d = (v: 'front' | 'back' | 'left' | 'right' | 'top') => presetPose(v, bounds(), lens).position.clone().sub(c);
    expect(d('front').z).toBeGreaterThan(1);
    expect(d('back').z).toBeLessThan(-1);
    expect(d('left').x).toBeGreaterThan(1);
    expect(d('right').x).toBeLessThan(-1);
    expect(d('top').y).toBeGreaterThan(1);
    expect(presetPose('reset', bounds(), lens)).toEqual(presetPose('front', bounds(), lens));
  });
});
