/** Where the committed body lives and what the contract expects of it (adapt BONES to the generator). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadModel, type LoadedModel } from './glb';

export const GLB_PATH = resolve(import.meta.dirname, '../../../public/models/body.glb');

/** Bones on the midline (`bone:<id>`) and per side (`bone:<id>:<l|r>`). */
export const MIDLINE_BONES = ['skull', 'mandible', 'spine', 'ribcage', 'pelvis'];
export const PAIRED_BONES = ['clavicle', 'scapula', 'humerus', 'radius-ulna', 'femur', 'tibia-fibula', 'hand', 'foot'];

export const MAX_GLB_BYTES = 2_500_000;

let cached: Promise<LoadedModel> | undefined;

/** Loads public/models/body.glb once per test file; fails with a clear message when it is missing. */
export function loadBody(): Promise<LoadedModel> {
  if (!existsSync(GLB_PATH)) {
    return Promise.reject(new Error(`${GLB_PATH} is missing: run \`npm run model\` (scripts/model/build.ts) and commit it`));
  }
  return (cached ??= loadModel(GLB_PATH));
}
