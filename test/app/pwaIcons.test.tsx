// The app icons: committed files are what scripts/icons draws, the right sizes, and the maskable
// ones keep the figure inside the safe zone that launchers never crop.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ICON_COLOURS, iconColourAt } from '../../scripts/icons/drawIcon';
import { crc32 } from '../../scripts/icons/encodePng';
import { ICON_DIR, ICON_FILES, iconPng } from '../../scripts/icons/makeIcons';
import { WEB_APP_MANIFEST } from '../../vite.config';

/** Reads an 8-bit RGBA, filter-0 PNG as our encoder writes it. */
function readPng(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  let off = 8;
  const idat: Buffer[] = [];
  while (off < png.length) {
    const len = png.readUInt32BE(off);
    const type = png.toString('ascii', off + 4, off + 8);
    const crc = png.readUInt32BE(off + 8 + len);
    expect(crc32(png.subarray(off + 4, off + 8 + len))).toBe(crc);
    if (type === 'IDAT') idat.push(png.subarray(off + 8, off + 8 + len));
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) rgba.set(raw.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
  return { width, height, rgba };
}

const committed = (file: string) => readFileSync(join(ICON_DIR, file));

describe('app icons', () => {
  it('the manifest lists every icon file, 192 and 512, plain and maskable', () => {
    const listed = (WEB_APP_MANIFEST.icons ?? []).map((i) => `${i.src} ${i.sizes} ${String(i.purpose)}`).sort();
    const files = ICON_FILES.map((f) => `icons/${f.file} ${f.size}x${f.size} ${f.options.maskable ? 'maskable' : 'any'}`).sort();
    expect(listed).toEqual(files);
  });

  it.each(ICON_FILES)('public/icons/$file is what scripts/icons/makeIcons.ts draws, $size×$size', ({ file, size, options }) => {
    const png = committed(file);
    expect(png.equals(iconPng(size, options)), `${file} is stale: run npx tsx scripts/icons/makeIcons.ts`).toBe(true);
    const { width, height } = readPng(png);
    expect([width, height]).toEqual([size, size]);
  });

  it('plain icons have transparent rounded corners and an opaque centre; maskable icons are opaque everywhere', () => {
    for (const { file, size, options } of ICON_FILES) {
      const { rgba } = readPng(committed(file));
      const alpha = (x: number, y: number) => rgba[(y * size + x) * 4 + 3];
      expect(alpha(size >> 1, size >> 1)).toBe(255);
      expect(alpha(0, 0)).toBe(options.maskable ? 255 : 0);
      expect(alpha(size - 1, size - 1)).toBe(options.maskable ? 255 : 0);
    }
  });

  it('the icon shows the figure and the red trigger-point X', () => {
    const { rgba } = readPng(committed('icon-192.png'));
    const count = (c: readonly number[]) => {
      let n = 0;
      for (let i = 0; i < rgba.length; i += 4) if (rgba[i] === c[0] && rgba[i + 1] === c[1] && rgba[i + 2] === c[2] && rgba[i + 3] === 255) n++;
      return n;
    };
    const total = 192 * 192;
    expect(count(ICON_COLOURS.figure) / total).toBeGreaterThan(0.1);
    expect(count(ICON_COLOURS.mark) / total).toBeGreaterThan(0.005);
    expect(count(ICON_COLOURS.background) / total).toBeGreaterThan(0.4);
  });

  it('maskable: everything that is not background lies inside the safe zone (radius 40% of the size)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (x, y) => {
        const outside = Math.hypot(x - 0.5, y - 0.5) > 0.4;
        return !outside || iconColourAt(x, y, { maskable: true }) === ICON_COLOURS.background;
      }),
      { numRuns: 5000 },
    );
    // And on the drawn pixels: scan the 512 px maskable icon.
    const size = 512;
    const { rgba } = readPng(committed('maskable-512.png'));
    const [br, bg, bb] = ICON_COLOURS.background;
    let farthest = 0;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const i = (y * size + x) * 4;
        if (rgba[i] !== br || rgba[i + 1] !== bg || rgba[i + 2] !== bb) farthest = Math.max(farthest, Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2));
      }
    }
    expect(farthest / size).toBeGreaterThan(0.25); // the figure is there and not tiny
    expect(farthest / size).toBeLessThanOrEqual(0.4);
  });
});
