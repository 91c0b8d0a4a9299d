/**
 * A tiny orthographic software rasteriser, so the generator can be looked at without a browser:
 * `npm run model -- --preview <dir>` writes front/back/side PNGs of what it built.
 */
import { deflateSync } from 'node:zlib';
import type { TriMesh } from './polygonise';

export interface Drawable {
  mesh: TriMesh;
  color: [number, number, number];
  alpha?: number;
}

export type ViewName = 'front' | 'back' | 'left' | 'right' | 'top';

/** Screen axes (right, up, towards viewer) for each named view, in model space. */
const AXES: Record<ViewName, [[number, number, number], [number, number, number], [number, number, number]]> = {
  front: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  back: [[-1, 0, 0], [0, 1, 0], [0, 0, -1]],
  left: [[0, 0, -1], [0, 1, 0], [1, 0, 0]],
  right: [[0, 0, 1], [0, 1, 0], [-1, 0, 0]],
  top: [[1, 0, 0], [0, 0, -1], [0, 1, 0]],
};

export function render(items: Drawable[], view: ViewName, width: number, height: number, centre: [number, number, number], span: number): Buffer {
  return encodePng(renderRgb(items, view, width, height, centre, span), width, height);
}

function renderRgb(items: Drawable[], view: ViewName, width: number, height: number, centre: [number, number, number], span: number): Uint8Array {
  const [ax, ay, az] = AXES[view];
  const rgb = new Uint8Array(width * height * 3).fill(235);
  const zbuf = new Float32Array(width * height).fill(-Infinity);
  const s = height / span;
  const proj = (x: number, y: number, z: number): [number, number, number] => {
    const dx = x - centre[0], dy = y - centre[1], dz = z - centre[2];
    return [
      width / 2 + (dx * ax[0] + dy * ax[1] + dz * ax[2]) * s,
      height / 2 - (dx * ay[0] + dy * ay[1] + dz * ay[2]) * s,
      (dx * az[0] + dy * az[1] + dz * az[2]) * s,
    ];
  };
  for (const it of items) {
    const p = it.mesh.positions, idx = it.mesh.indices;
    const alpha = it.alpha ?? 1;
    for (let t = 0; t < idx.length; t += 3) {
      const ia = (idx[t] as number) * 3, ib = (idx[t + 1] as number) * 3, ic = (idx[t + 2] as number) * 3;
      const A = proj(p[ia] as number, p[ia + 1] as number, p[ia + 2] as number);
      const B = proj(p[ib] as number, p[ib + 1] as number, p[ib + 2] as number);
      const C = proj(p[ic] as number, p[ic + 1] as number, p[ic + 2] as number);
      // face normal in view space for shading (light from the viewer, a little from above)
      const ux = B[0] - A[0], uy = B[1] - A[1], uz = B[2] - A[2];
      const vx = C[0] - A[0], vy = C[1] - A[1], vz = C[2] - A[2];
      let nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
      const nl = Math.hypot(nx, ny, nz) || 1;
      nx /= nl; ny /= nl; nz /= nl;
      // screen y points down, so a front face has negative nz here
      const facing = -nz;
      if (facing <= 0) continue;
      const light = 0.25 + 0.6 * facing + 0.15 * Math.max(0, ny);
      const minX = Math.max(0, Math.floor(Math.min(A[0], B[0], C[0])));
      const maxX = Math.min(width - 1, Math.ceil(Math.max(A[0], B[0], C[0])));
      const minY = Math.max(0, Math.floor(Math.min(A[1], B[1], C[1])));
      const maxY = Math.min(height - 1, Math.ceil(Math.max(A[1], B[1], C[1])));
      const area = (B[0] - A[0]) * (C[1] - A[1]) - (B[1] - A[1]) * (C[0] - A[0]);
      if (area === 0) continue;
      for (let y = minY; y <= maxY; y++) {
        for (let x = minX; x <= maxX; x++) {
          const px = x + 0.5, py = y + 0.5;
          const w0 = ((B[0] - px) * (C[1] - py) - (B[1] - py) * (C[0] - px)) / area;
          const w1 = ((C[0] - px) * (A[1] - py) - (C[1] - py) * (A[0] - px)) / area;
          const w2 = 1 - w0 - w1;
          if (w0 < 0 || w1 < 0 || w2 < 0) continue;
          const z = w0 * A[2] + w1 * B[2] + w2 * C[2];
          const k = y * width + x;
          if (z <= (zbuf[k] as number)) continue;
          if (alpha >= 1) zbuf[k] = z;
          for (let c = 0; c < 3; c++) {
            const col = Math.min(255, it.color[c]! * light);
            rgb[k * 3 + c] = Math.round((rgb[k * 3 + c] as number) * (1 - alpha) + col * alpha);
          }
        }
      }
    }
  }
  return rgb;
}

function crc32(buf: Uint8Array): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export function encodePng(rgb: Uint8Array, width: number, height: number): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    Buffer.from(rgb.buffer, rgb.byteOffset + y * width * 3, width * 3).copy(raw, y * (width * 3 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Several views of the whole body side by side in one PNG. */
export function renderSheet(items: Drawable[], views: ViewName[], width: number, height: number, centre: [number, number, number] = [0, 0.875, 0], span = 1.85): Buffer {
  const W = width * views.length;
  const rgb = new Uint8Array(W * height * 3);
  views.forEach((view, i) => {
    const one = renderRgb(items, view, width, height, centre, span);
    for (let y = 0; y < height; y++) {
      rgb.set(one.subarray(y * width * 3, (y + 1) * width * 3), (y * W + i * width) * 3);
    }
  });
  return encodePng(rgb, W, height);
}
