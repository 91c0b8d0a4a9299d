import type { Group } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';

/** The model ships with the app (relative URL, works offline and under any base path). */
export const BODY_URL = `${import.meta.env.BASE_URL}models/body.glb`;

function makeLoader(): GLTFLoader {
  const loader = new GLTFLoader();
  loader.setMeshoptDecoder(MeshoptDecoder);
  return loader;
}

/** Fetches and parses the body GLB; rejects with a readable message. */
export async function loadBodyGltf(url: string = BODY_URL, signal?: AbortSignal): Promise<Group> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
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
