/**
 * What the pack tools need from public/models/body.glb: landmark positions, the muscles it draws and
 * a distance-to-skin function (nearest skin vertex, via a uniform grid).
 */
import { readFile } from 'node:fs/promises';
import { NodeIO, type Node } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { parseNodeName } from '../../src/domain/anatomy/names';
import { landmarkLookup } from '../../src/domain/referral/landmarkLookup';
import type { LandmarkLookup, Vec3 } from '../../src/domain/referral/types';

export interface BodyModel {
  /** `<id>` (midline) or `<id>:<l|r>` → model-space position. */
  landmarkTable: Map<string, Vec3>;
  lookup: LandmarkLookup;
  /** Landmark ids present (either form). */
  landmarkIds: Set<string>;
  /** Muscle ids present on both sides. */
  muscles: Set<string>;
  /** Muscle ids present on one side only. */
  oneSidedMuscles: Set<string>;
  /** Distance (m) from a point to the nearest skin vertex (approximates the distance to the surface). */
  skinDistance(p: Readonly<Vec3>): number;
}

function worldOrigin(node: Node): Vec3 {
  const m = node.getWorldMatrix();
  return [m[12], m[13], m[14]];
}

/** A mesh node's vertex positions in model space (its world matrix applied), xyz per vertex. */
export function skinVertices(node: Node): Float32Array {
  const m = node.getWorldMatrix();
  const out: number[] = [];
  const el: number[] = [];
  for (const prim of node.getMesh()?.listPrimitives() ?? []) {
    const attr = prim.getAttribute('POSITION');
    if (!attr) continue;
    for (let i = 0, n = attr.getCount(); i < n; i++) {
      attr.getElement(i, el);
      const [x, y, z] = [el[0]!, el[1]!, el[2]!];
      out.push(m[0] * x + m[4] * y + m[8] * z + m[12], m[1] * x + m[5] * y + m[9] * z + m[13], m[2] * x + m[6] * y + m[10] * z + m[14]);
    }
  }
  return Float32Array.from(out);
}

/** Nearest-vertex distance over a hashed grid; searches out to `maxRadius` and caps the answer there. */
export function vertexDistanceField(vertices: Float32Array, cell = 0.025, maxRadius = 0.15): (p: Readonly<Vec3>) => number {
  const grid = new Map<string, number[]>();
  const key = (i: number, j: number, k: number) => `${i},${j},${k}`;
  for (let v = 0; v < vertices.length; v += 3) {
    const k = key(Math.floor(vertices[v]! / cell), Math.floor(vertices[v + 1]! / cell), Math.floor(vertices[v + 2]! / cell));
    const list = grid.get(k);
    if (list) list.push(v);
    else grid.set(k, [v]);
  }
  const maxRing = Math.ceil(maxRadius / cell);
  return (p) => {
    const ci = Math.floor(p[0] / cell);
    const cj = Math.floor(p[1] / cell);
    const ck = Math.floor(p[2] / cell);
    let best = Infinity;
    for (let ring = 0; ring <= maxRing; ring++) {
      // Every vertex in ring r is at least (r − 1) cells away: stop once that exceeds the best.
      if ((ring - 1) * cell > best) break;
      for (let i = -ring; i <= ring; i++) {
        for (let j = -ring; j <= ring; j++) {
          for (let k = -ring; k <= ring; k++) {
            if (Math.max(Math.abs(i), Math.abs(j), Math.abs(k)) !== ring) continue;
            const list = grid.get(key(ci + i, cj + j, ck + k));
            if (!list) continue;
            for (const v of list) {
              const dx = vertices[v]! - p[0];
              const dy = vertices[v + 1]! - p[1];
              const dz = vertices[v + 2]! - p[2];
              best = Math.min(best, Math.sqrt(dx * dx + dy * dy + dz * dz));
            }
          }
        }
      }
    }
    return Math.min(best, maxRadius);
  };
}

export async function loadBodyModel(glbPath: string): Promise<BodyModel> {
  await MeshoptDecoder.ready;
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.readBinary(new Uint8Array(await readFile(glbPath)));
  const landmarkTable = new Map<string, Vec3>();
  const landmarkIds = new Set<string>();
  const sides = new Map<string, Set<string>>();
  let skin: Float32Array = new Float32Array(0);
  for (const node of doc.getRoot().listNodes()) {
    const parsed = parseNodeName(node.getName());
    if (!parsed) continue;
    if (parsed.kind === 'landmark') {
      landmarkTable.set(parsed.side ? `${parsed.id}:${parsed.side}` : parsed.id, worldOrigin(node));
      landmarkIds.add(parsed.id);
    } else if (parsed.kind === 'muscle' && parsed.side) {
      const s = sides.get(parsed.id) ?? new Set<string>();
      s.add(parsed.side);
      sides.set(parsed.id, s);
    } else if (parsed.kind === 'skin') skin = skinVertices(node);
  }
  const muscles = new Set([...sides].filter(([, s]) => s.size === 2).map(([id]) => id));
  const oneSidedMuscles = new Set([...sides].filter(([, s]) => s.size === 1).map(([id]) => id));
  const field = skin.length ? vertexDistanceField(skin) : () => 0;
  return { landmarkTable, lookup: landmarkLookup(landmarkTable), landmarkIds, muscles, oneSidedMuscles, skinDistance: field };
}
