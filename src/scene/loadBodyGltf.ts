import type { Group } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { BODY_URL, takePrefetchedBody } from '../app/bodyPrefetch';

export { BODY_URL };

function makeLoader(): GLTFLoader {
  const loader = new GLTFLoader();
  loader.setMeshoptDecoder(MeshoptDecoder);
  return loader;
}

/** Fetches and parses the body GLB; rejects with a readable message. */
export async function loadBodyGltf(url: string = BODY_URL, signal?: AbortSignal): Promise<Group> {
  let response: Response;
  try {
    const early = url === BODY_URL ? takePrefetchedBody() : null;
    response = await (early ?? fetch(url, { signal }));
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new Error('The body model could not be downloaded (network error).');
  }
  if (!response.ok) throw new Error(`The body model could not be downloaded (HTTP ${response.status}).`);
  const data = await response.arrayBuffer();
  return parseBodyGlb(data);
}

/** Parses GLB bytes (also used by the tests in Node). */
export async function parseBodyGlb(data: ArrayBuffer): Promise<Group> {
  await MeshoptDecoder.ready;
  const gltf = await makeLoader().parseAsync(data, '');
  return gltf.scene;
}
