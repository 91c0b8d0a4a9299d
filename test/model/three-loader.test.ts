/**
 * The app loads the body with three's GLTFLoader, which strips ':' from object names; the
 * original names must survive in userData.name (scripts/model/README.md).
 */
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'meshoptimizer';
import { MUSCLES, nodeName } from '../../src/domain/anatomy';
import { GLB_PATH } from './lib/body';

describe('body.glb through three.js GLTFLoader', () => {
  it('keeps `muscle:<id>:<side>` in userData.name for every muscle mesh', async () => {
    expect(existsSync(GLB_PATH), `${GLB_PATH} is missing: run npm run model`).toBe(true);
    await MeshoptDecoder.ready;
    const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
    const bytes = readFileSync(GLB_PATH);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const gltf = await loader.parseAsync(buffer, '');
    const names = new Set<string>();
    gltf.scene.traverse((o) => {
      if (typeof o.userData.name === 'string') names.add(o.userData.name);
    });
    const missing = MUSCLES.flatMap((mu) => (['l', 'r'] as const).map((s) => nodeName('muscle', mu.id, s))).filter((n) => !names.has(n));
    expect(missing).toEqual([]);
    expect(names.has('skin')).toBe(true);
  });
});
