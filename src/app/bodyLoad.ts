/**
 * Loading the body model, started by the page shell as soon as it knows WebGL works (before
 * three.js and the scene have loaded): the GLB is downloaded here (index.html preloads it) and
 * parsed and built in a worker (src/scene/body.worker.ts) while the main thread renders the page.
 * The scene takes the result (`bodyLoadFor`). No three.js in this module: it is part of the shell.
 */
import type { BodyMessage } from '../scene/bodyTransfer';

/** The model ships with the app (relative URL, works offline and under any base path). */
export const BODY_URL = `${import.meta.env.BASE_URL}models/body.glb`;

export interface BodyWorkerRequest {
  bytes: ArrayBuffer;
}
export type BodyWorkerReply = { ok: true; body: BodyMessage } | { ok: false; message: string };

/** The worker could not run (no Worker, its script failed to load): build in the page instead. */
export class BodyWorkerUnavailable extends Error {
  /** `bytes`: the model when it was downloaded but not handed to a worker (else download again). */
  constructor(readonly bytes: ArrayBuffer | null, cause: string) {
    super(`the body worker is unavailable: ${cause}`);
  }
}

/** Downloads body.glb; rejects with a message a user can read. */
export async function downloadBody(signal?: AbortSignal): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(BODY_URL, { signal });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new Error('The body model could not be downloaded (network error).');
  }
  if (!response.ok) throw new Error(`The body model could not be downloaded (HTTP ${response.status}).`);
  return response.arrayBuffer();
}

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('../scene/body.worker.ts', import.meta.url), { type: 'module', name: 'myomap-body' });
  } catch {
    return null;
  }
}

/**
 * Downloads the model and builds it in a worker. The worker is started first, so its script and
 * three.js load while the model downloads. Rejects with `BodyWorkerUnavailable` (carrying the
 * downloaded bytes) when the worker cannot run, with a readable Error when the model is bad.
 */
export function loadBodyInWorker(signal?: AbortSignal): Promise<BodyMessage> {
  const worker = startWorker();
  const bytes = downloadBody(signal);
  if (!worker) return bytes.then((b) => Promise.reject(new BodyWorkerUnavailable(b, 'workers are not supported')));
  const done = new Promise<BodyMessage>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<BodyWorkerReply>) => (e.data.ok ? resolve(e.data.body) : reject(new Error(e.data.message)));
    // A script that fails to load or crashes (the bytes may be gone to it: the fallback downloads again).
    worker.onerror = (e) => {
      e.preventDefault();
      reject(new BodyWorkerUnavailable(null, e.message || 'the worker script failed'));
    };
    signal?.addEventListener('abort', () => reject(signal.reason));
    bytes.then((b) => {
      worker.postMessage({ bytes: b } satisfies BodyWorkerRequest, [b]);
    }, reject);
  });
  const stop = () => worker.terminate();
  done.then(stop, stop);
  return done;
}

let early: Promise<BodyMessage> | null = null;
let earlyAbort: AbortController | null = null;

/** Starts loading the body (once per page). */
export function startBodyLoad(): void {
  if (early) return;
  earlyAbort = new AbortController();
  early = loadBodyInWorker(earlyAbort.signal);
  // Handled where it is taken; this only keeps an unused failure from being reported as unhandled.
  early.catch(() => {});
}

/** Stops the early load (no WebGL: nothing will draw the body). */
export function cancelBodyLoad(): void {
  earlyAbort?.abort();
  early = null;
  earlyAbort = null;
}

/**
 * The load for the scene's attempt: the one started with the page for the first attempt (also when
 * StrictMode runs the effect twice), a fresh one after "Retry".
 */
export function bodyLoadFor(attempt: number, signal?: AbortSignal): Promise<BodyMessage> {
  if (attempt === 0 && early) return early;
  return loadBodyInWorker(signal);
}
