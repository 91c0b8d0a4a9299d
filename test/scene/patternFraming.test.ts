import { describe, expect, it } from 'vitest';
import { BufferAttribute, BufferGeometry, Vector3 } from 'three';
import { patternPose } from '../../src/scene/patternFraming';

/** A 5×5 grid in the plane z = 0.1 facing +Z (back of the body would face −Z). */
function plane(facing: 1 | -1): BufferGeometry {
  const pos: number[] = [];
  const nrm: number[] = [];
  for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) {
    pos.push(i * 0.05, 1 + j * 0.05, 0.1 * facing);
    nrm.push(0, 0, facing);
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(pos), 3));
  g.setAttribute('normal', new BufferAttribute(new Float32Array(nrm), 3));
  return g;
}

const lens = { fov: 30, aspect: 1 };

describe('patternPose', () => {
  it('looks at the painted skin from the side it faces', () => {
    const weights = new Uint8Array(25);
    weights.fill(2, 0, 10); // i = 0, 1
    for (const facing of [1, -1] as const) {
      const pose = patternPose(plane(facing), weights, [], null, new Vector3(1, 0, 0), lens)!;
      expect(pose.target.x).toBeCloseTo(0.025, 5);
      expect(pose.target.y).toBeCloseTo(1.1, 5);
      const dir = pose.position.clone().sub(pose.target).normalize();
      expect(dir.z * facing).toBeGreaterThan(0.99);
    }
  });

  it('includes the markers, and is null when nothing is painted', () => {
    const weights = new Uint8Array(25);
    weights[0] = 1;
    const pose = patternPose(plane(1), weights, [{ position: [0, 1.6, 0.1], deep: false, active: true }], null, new Vector3(0, 0, 1), lens)!;
    expect(pose.target.y).toBeCloseTo(1.3, 5);
    expect(patternPose(plane(1), new Uint8Array(25), [], null, new Vector3(0, 0, 1), lens)).toBeNull();
  });
});
