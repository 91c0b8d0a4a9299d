import { BodyWorkerUnavailable, bodyLoadFor, downloadBody } from '../app/bodyLoad';
import type { PickTreesMessage } from './BodyPicker';
import { unpackBody } from './bodyTransfer';
import { buildBody, type BodyData } from './buildBody';
import { parseBodyGlb } from './parseBodyGlb';

/**
 * The body for the scene's load attempt: built in the worker (normally already under way since the
 * page started), or here on the main thread when no worker can run; with the worker, `trees` asks
 * it for the picking BVHs. Rejects with a readable message.
 */
export async function loadBody(attempt: number, signal: AbortSignal): Promise<{ body: BodyData; trees: (() => Promise<PickTreesMessage | null>) | null }> {
  let body: BodyData;
  let trees: (() => Promise<PickTreesMessage | null>) | null = null;
  try {
    const loaded = await bodyLoadFor(attempt, signal);
    body = unpackBody(loaded.body);
    trees = loaded.trees;
  } catch (e) {
    if (!(e instanceof BodyWorkerUnavailable)) throw e;
    console.info(`Myomap: building the body on the main thread (${e.message})`);
    body = buildBody(await parseBodyGlb(e.bytes ?? (await downloadBody(signal))));
  }
  if (body.muscles.length === 0) throw new Error('The body model holds no muscles.');
  return { body, trees };
}
