/**
 * `npm run model`: generates the body (skin, muscles, bones, landmarks) and writes
 * public/models/body.glb. Options: `--out <file>` (another path), `--preview <dir>` (PNG views).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { LANDMARKS } from '../../src/domain/anatomy/landmarks';
import { nodeName } from '../../src/domain/anatomy/names';
import { BONES } from './bones';
import { LANDMARK_POS } from './landmarkTable';
import { buildMuscles } from './muscles';
import { mirrorMeshX, polygonise, simplifyMesh, taubinSmooth, type TriMesh } from './polygonise';
import { renderSheet } from './raster';
import { exactSkinSdf, SKIN_BOUNDS } from './skin';
import { mirrorX } from './vec';
import { type MeshEntry, type PointEntry, writeGlb } from './writeGlb';

const arg = (flag: string): string | undefined => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const out = arg('--out') ?? 'public/models/body.glb';
const previewDir = arg('--preview');
const quiet = process.argv.includes('--quiet');
const log = (s: string): void => {
  if (!quiet) console.log(s);
};

async function main(): Promise<void> {
  const t0 = performance.now();
  const skin = taubinSmooth(await polygonise(exactSkinSdf, SKIN_BOUNDS, 0.0095), 10);
  log(`skin: ${skin.indices.length / 3} triangles`);
  const muscles = await buildMuscles();
  log(`muscles: ${muscles.length} per side`);
  const bones: { id: string; name: string; paired: boolean; mesh: TriMesh }[] = [];
  for (const b of BONES) bones.push({ ...b, mesh: await simplifyMesh(taubinSmooth(await polygonise(b.sdf, b.box, 0.005), 4), 0.0008) });
  log(`bones: ${bones.length}`);

  const meshes: MeshEntry[] = [{ name: 'skin', extras: { kind: 'skin', name: 'skin' }, mesh: skin }];
  for (const side of ['r', 'l'] as const) {
    for (const m of muscles) {
      const { id, name, layer, region } = m.info;
      meshes.push({ name: nodeName('muscle', id, side), extras: { kind: 'muscle', id, side, layer, region, name }, mesh: side === 'l' ? m.mesh : mirrorMeshX(m.mesh) });
    }
  }
  for (const b of bones) {
    const sides = b.paired ? (['r', 'l'] as const) : ([null] as const);
    for (const side of sides) {
      meshes.push({ name: nodeName('bone', b.id, side), extras: { kind: 'bone', id: b.id, side, name: b.name }, mesh: side === 'r' ? mirrorMeshX(b.mesh) : b.mesh });
    }
  }
  const points: PointEntry[] = [];
  for (const lm of LANDMARKS) {
    const p = LANDMARK_POS.get(lm.id);
    if (!p) throw new Error(`landmark ${lm.id} has no position`);
    const sides = lm.paired ? (['r', 'l'] as const) : ([null] as const);
    for (const side of sides) {
      points.push({ name: nodeName('landmark', lm.id, side), extras: { kind: 'landmark', id: lm.id, side, name: lm.name }, position: side === 'r' ? mirrorX(p) : p });
    }
  }
  const glb = await writeGlb(meshes, points);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, glb);
  log(`wrote ${out}: ${(glb.byteLength / 1e6).toFixed(2)} MB, ${meshes.length} meshes, ${points.length} landmarks, ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  if (previewDir) {
    mkdirSync(previewDir, { recursive: true });
    const tone = (layer: string): [number, number, number] => (layer === 'superficial' ? [196, 78, 66] : layer === 'intermediate' ? [170, 70, 90] : [120, 70, 120]);
    const items = meshes.filter((m) => m.extras.kind === 'muscle' && m.extras.layer === 'superficial').map((m, i) => ({ mesh: m.mesh, color: tone('superficial').map((c, k) => c + ((i * 37 + k * 11) % 30) - 15) as [number, number, number] }));
    writeFileSync(`${previewDir}/muscles.png`, renderSheet(items, ['front', 'left', 'back'], 420, 800));
    writeFileSync(`${previewDir}/skin.png`, renderSheet([{ mesh: skin, color: [228, 190, 160] }], ['front', 'left', 'back'], 420, 800));
    const bonesItems = meshes.filter((m) => m.extras.kind === 'bone').map((m) => ({ mesh: m.mesh, color: [235, 228, 205] as [number, number, number] }));
    writeFileSync(`${previewDir}/bones.png`, renderSheet(bonesItems, ['front', 'left'], 420, 800));
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
