import type { Group } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

/**
 * Parses body.glb bytes into three's scene graph (meshopt-compressed buffers decoded in wasm).
 * Used by the body worker, the in-thread fallback, the tests and the bench (Node), so nothing
 * here reads the page or Vite's import.meta.env.
 */
export async function parseBodyGlb(data: ArrayBuffer): Promise<Group> {
  await MeshoptDecoder.ready;
  const loader = new GLTFLoader();
  loader.setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.parseAsync(data, '');
  return gltf.scene;
}
