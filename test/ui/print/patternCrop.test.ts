import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cropRect, DEFAULT_CROP, isPatternPixel, patternBox, unionBox, type Box } from '../../../src/ui/print/patternCrop';

/** A skin-coloured picture with the given pixels painted referral red. */
function picture(width: number, height: number, red: ReadonlyArray<[number, number]>) {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set([224, 180, 150, 255], i);
  for (const [x, y] of red) data.set([227, 18, 27, 255], (y * width + x) * 4);
  return { width, height, data };
}

const box = (w: number, h: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: w - 1 }), fc.integer({ min: 0, max: w - 1 }), fc.integer({ min: 0, max: h - 1 }), fc.integer({ min: 0, max: h - 1 }))
    .map(([a, b, c, d]): Box => ({ x0: Math.min(a, b), x1: Math.max(a, b) + 1, y0: Math.min(c, d), y1: Math.max(c, d) + 1 }));

describe('cropping a body picture to its pattern', () => {
  it('sees the referral red and the X ink, not skin or an empty background', () => {
    expect(isPatternPixel(227, 18, 27, 255)).toBe(true);
    expect(isPatternPixel(170, 30, 35, 255)).toBe(true); // shaded red
    expect(isPatternPixel(17, 17, 17, 255)).toBe(true); // the X
    expect(isPatternPixel(224, 180, 150, 255)).toBe(false); // skin
    expect(isPatternPixel(120, 80, 60, 255)).toBe(false); // skin in shadow
    expect(isPatternPixel(0, 0, 0, 0)).toBe(false); // transparent background
  });

  it('finds the bounds of the painted pixels exactly', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 39 }), fc.integer({ min: 0, max: 59 })), { minLength: 1, maxLength: 20, selector: ([x, y]) => `${x},${y}` }), (pts) => {
        const b = patternBox(picture(40, 60, pts))!;
        expect(b).toEqual({ x0: Math.min(...pts.map((p) => p[0])), x1: Math.max(...pts.map((p) => p[0])) + 1, y0: Math.min(...pts.map((p) => p[1])), y1: Math.max(...pts.map((p) => p[1])) + 1 });
      }),
    );
    expect(patternBox(picture(10, 10, []))).toBeNull();
  });

  it('the crop holds the whole pattern, stays inside the picture and is never a sliver', () => {
    fc.assert(
      fc.property(box(600, 1200), (b) => {
        const r = cropRect(b, 600, 1200);
        expect(r.x).toBeGreaterThanOrEqual(0);
        expect(r.y).toBeGreaterThanOrEqual(0);
        expect(r.x + r.width).toBeLessThanOrEqual(600);
        expect(r.y + r.height).toBeLessThanOrEqual(1200);
        expect(r.x).toBeLessThanOrEqual(b.x0);
        expect(r.y).toBeLessThanOrEqual(b.y0);
        expect(r.x + r.width).toBeGreaterThanOrEqual(b.x1);
        expect(r.y + r.height).toBeGreaterThanOrEqual(b.y1);
        expect(r.height).toBeGreaterThanOrEqual(Math.floor(DEFAULT_CROP.minShare * 1200));
      }),
    );
  });

  it('a small pattern (the temple) gets a close-up, a whole-leg pattern most of the picture', () => {
    const temple = cropRect({ x0: 280, y0: 60, x1: 310, y1: 110 }, 600, 1200);
    expect(temple.height).toBeLessThan(600);
    expect(temple.y).toBe(0); // at the top edge, moved inside rather than cut
    const leg = cropRect({ x0: 200, y0: 500, x1: 280, y1: 1150 }, 600, 1200);
    expect(leg.height).toBeGreaterThan(650);
    expect(cropRect(null, 600, 1200)).toEqual({ x: 0, y: 0, width: 600, height: 1200 });
  });

  it('the union of boxes holds each of them', () => {
    fc.assert(
      fc.property(fc.array(fc.option(box(100, 100), { nil: null }), { maxLength: 5 }), (bs) => {
        const u = unionBox(bs);
        const some = bs.filter((b): b is Box => b !== null);
        if (some.length === 0) {
          expect(u).toBeNull();
          return;
        }
        for (const b of some) {
          expect(u!.x0).toBeLessThanOrEqual(b.x0);
          expect(u!.y1).toBeGreaterThanOrEqual(b.y1);
        }
      }),
    );
  });
});
