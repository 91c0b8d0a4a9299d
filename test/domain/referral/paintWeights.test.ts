import { describe, expect, it } from 'vitest';
import { paintWeights, PAINT_ESSENTIAL, PAINT_NONE, PAINT_SPILLOVER } from '../../../src/domain/referral/paintWeights';
import { zoneDistance } from '../../../src/domain/referral/zoneDistance';
import type { ResolvedZone } from '../../../src/domain/referral/types';

/** A 21 × 21 grid of vertices in the z = 0 plane, 1 cm apart, centred on the origin. */
function grid(): Float32Array {
  const out: number[] = [];
  for (let j = -10; j <= 10; j++) for (let i = -10; i <= 10; i++) out.push(i / 100, j / 100, 0);
  return Float32Array.from(out);
}

describe('paintWeights', () => {
  const vertices = grid();
  const essential: ResolvedZone = { kind: 'blob', center: [0, 0, 0], radius: 0.03 };
  const spillover: ResolvedZone = { kind: 'path', points: [[-0.1, 0, 0], [0.1, 0, 0]], halfWidth: 0.015 };

  it('weights each vertex by the strongest zone containing it', () => {
    const w = paintWeights(vertices, { essential: [essential], spillover: [spillover] });
    expect(w).toHaveLength(21 * 21);
    for (let i = 0; i < w.length; i++) {
      const p: [number, number, number] = [vertices[3 * i]!, vertices[3 * i + 1]!, vertices[3 * i + 2]!];
      const want = zoneDistance(essential, p) <= 0 ? PAINT_ESSENTIAL : zoneDistance(spillover, p) <= 0 ? PAINT_SPILLOVER : PAINT_NONE;
      expect(w[i]).toBe(want);
    }
    expect(w.filter((x) => x === PAINT_ESSENTIAL).length).toBe(29); // lattice points within 3 cm
    expect(w.filter((x) => x === PAINT_SPILLOVER).length).toBe(21 * 3 - 17); // three rows minus the 7 + 5 + 5 essential ones
  });

  it('reuses and clears the output buffer, and grows zones by a margin', () => {
    const out = new Uint8Array(21 * 21).fill(7);
    const w = paintWeights(vertices, { essential: [], spillover: [] }, { out });
    expect(w).toBe(out);
    expect(w.every((x) => x === 0)).toBe(true);
    const grown = paintWeights(vertices, { essential: [essential], spillover: [] }, { margin: 0.01 });
    expect(grown.filter((x) => x === PAINT_ESSENTIAL).length).toBe(49);
  });
});
