/**
 * The app loads the body with three's GLTFLoader. It strips ':' from object.name and keeps the
 * node name in userData.name, but then copies the node's extras over userData, so extras.name
 * (the display name) replaces it. What must survive is the muscle id and side in userData.
 */
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'meshoptimizer';
import { MUSCLES, nodeName } from '../../src/domain/anatomy';
import { GLB_PATH } from './lib/body';
import { expectNone } from './lib/expectNone';

describe('body.glb through three.js GLTFLoader', () => {
  it('every muscle object keeps kind, id and side in userData (from extras)', async () => {
    expect(existsSync(GLB_PATH), `${GLB_PATH} is missing: run npm run model`).toBe(true);
    await MeshoptDecoder.ready;
    const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
    const bytes = readFileSync(GLB_PATH);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const gltf = await loader.parseAsync(buffer, '');
    const found = new Set<string>();
    let skins = 0;
    gltf.scene.traverse((o) => {
      const u = o.userData as { kind?: string; id?: string; side?: 'l' | 'r' };
      if (u.kind === 'muscle' && u.id && u.side) found.add(nodeName('muscle', u.id, u.side));
      if (u.kind === 'skin') skins++;
    });
    const missing = MUSCLES.flatMap((mu) => (['l', 'r'] as const).map((s) => nodeName('muscle', mu.id, s))).filter((n) => !found.has(n));
    expectNone(missing, 'muscles whose id/side do not reach three.js userData');
    expect(skins).toBe(1);
  });
});
