/**
 * Picking cost in Node: all muscle meshes of body.glb merged into one BufferGeometry with a
 * three-mesh-bvh bounds tree, then random rays through the body's bounding box (first hit only,
 * as a pointer pick does). Returns the median time per ray.
 */
import { BufferAttribute, BufferGeometry, Mesh, Raycaster, Vector3 } from 'three';
import { acceleratedRaycast, computeBoundsTree } from 'three-mesh-bvh';
import { loadModel } from '../../test/model/lib/glb';

BufferGeometry.prototype.computeBoundsTree = computeBoundsTree;
Mesh.prototype.raycast = acceleratedRaycast;

/** Small deterministic PRNG (mulberry32), so every run casts the same rays. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PickResult {
  rays: number;
  hits: number;
  triangles: number;
  buildMs: number;
  medianMs: number;
  p95Ms: number;
}

export async function pickBench(glbPath: string, rays: number): Promise<PickResult> {
  const model = await loadModel(glbPath);
  const parts = [...model.nodes.keys()].filter((n) => n.startsWith('muscle:')).map((n) => model.mesh(n));
  const vertexCount = parts.reduce((s, p) => s + p.positions.length / 3, 0);
  const positions = new Float32Array(vertexCount * 3);
  const indices = new Uint32Array(parts.reduce((s, p) => s + p.indices.length, 0));
  let v = 0, i = 0;
  for (const p of parts) {
    positions.set(p.positions, v * 3);
    for (let k = 0; k < p.indices.length; k++) indices[i + k] = p.indices[k]! + v;
    v += p.positions.length / 3;
    i += p.indices.length;
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setIndex(new BufferAttribute(indices, 1));
  const t0 = performance.now();
  geometry.computeBoundsTree();
  const buildMs = performance.now() - t0;
  const mesh = new Mesh(geometry);
  geometry.computeBoundingBox();
  const box = geometry.boundingBox!;
  const size = box.getSize(new Vector3());
  const centre = box.getCenter(new Vector3());
  const radius = size.length() / 2 + 0.5;

  const random = rng(42);
  const raycaster = new Raycaster();
  raycaster.firstHitOnly = true;
  const times: number[] = [];
  let hits = 0;
  const origin = new Vector3(), target = new Vector3(), dir = new Vector3();
  for (let r = 0; r < rays; r++) {
    // From a random point on a sphere around the body towards a random point inside its box.
    const u = 2 * random() - 1, phi = 2 * Math.PI * random(), s = Math.sqrt(1 - u * u);
    origin.set(s * Math.cos(phi), u, s * Math.sin(phi)).multiplyScalar(radius).add(centre);
    target.set(box.min.x + random() * size.x, box.min.y + random() * size.y, box.min.z + random() * size.z);
    raycaster.set(origin, dir.subVectors(target, origin).normalize());
    const t = performance.now();
    const found = raycaster.intersectObject(mesh, false);
    times.push(performance.now() - t);
    if (found.length) hits++;
  }
  times.sort((a, b) => a - b);
  return {
    rays,
    hits,
    triangles: indices.length / 3,
    buildMs,
    medianMs: times[Math.floor(times.length / 2)]!,
    p95Ms: times[Math.floor(times.length * 0.95)]!,
  };
}
