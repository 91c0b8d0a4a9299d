/**
 * Loading the body model, started by the entry script before anything else (and cancelled if WebGL
 * turns out to be missing): the GLB is downloaded here (index.html preloads it) and parsed and
 * built in a worker (src/scene/body.worker.ts) while the main thread loads and renders the page.
 * The scene takes the result (`bodyLoadFor`). No three.js in this module: it is part of the shell.
 */
import type { PickTreesMessage } from '../scene/BodyPicker';
import type { BodyMessage } from '../scene/bodyTransfer';

/** The model ships with the app (relative URL, works offline and under any base path). */
export const BODY_URL = `${import.meta.env.BASE_URL}models/body.glb`;

export type BodyWorkerRequest = { kind: 'body'; bytes: ArrayBuffer } | { kind: 'trees' };
export type BodyWorkerReply = { kind: 'body'; ok: true; body: BodyMessage } | { kind: 'body'; ok: false; message: string } | { kind: 'trees'; trees: PickTreesMessage };

/** A body built in the worker, and the picking trees it can build next (null: build them here). */
export interface LoadedBody {
  body: BodyMessage;
  trees: () => Promise<PickTreesMessage | null>;
}

/** How long the worker waits to be asked for the picking trees before it is let go. */
const TREES_WAIT_MS = 60_000;

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
 * Resolves with the body and `trees`, which has the same worker build the picking BVHs (asked for
 * once the body is on screen; the worker is let go after them, or after a minute unasked).
 */
export function loadBodyInWorker(signal?: AbortSignal, onDownloaded?: () => void): Promise<LoadedBody> {
  const worker = startWorker();
  const bytes = downloadBody(signal);
  const downloaded = () => onDownloaded?.();
  if (!worker) {
    bytes.then(downloaded, downloaded);
    return bytes.then((b) => Promise.reject(new BodyWorkerUnavailable(b, 'workers are not supported')));
  }
  let onTrees: ((t: PickTreesMessage | null) => void) | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const stop = () => {
    stopped = true;
    clearTimeout(idle);
    worker.terminate();
    onTrees?.(null);
    onTrees = null;
  };
  let treesAsked: Promise<PickTreesMessage | null> | null = null;
  // Asked once (StrictMode or a remount may ask again: same answer); the worker is let go after.
  const trees = () =>
    (treesAsked ??= new Promise<PickTreesMessage | null>((resolve) => {
      if (stopped) return resolve(null);
      clearTimeout(idle);
      onTrees = (t) => {
        onTrees = null;
        resolve(t);
        stop();
      };
      worker.postMessage({ kind: 'trees' } satisfies BodyWorkerRequest);
    }));
  return new Promise<LoadedBody>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<BodyWorkerReply>) => {
      const reply = e.data;
      if (reply.kind === 'trees') return onTrees?.(reply.trees);
      if (!reply.ok) {
        stop();
        return reject(new Error(reply.message));
      }
      idle = setTimeout(stop, TREES_WAIT_MS);
      resolve({ body: reply.body, trees });
    };
    // A script that fails to load or crashes (the bytes may be gone to it: the fallback downloads again).
    // After the body, a crash only costs the trees: they are built on the main thread instead.
    worker.onerror = (e) => {
      e.preventDefault();
      stop();
      reject(new BodyWorkerUnavailable(null, e.message || 'the worker script failed'));
    };
    signal?.addEventListener('abort', () => {
      stop();
      reject(signal.reason);
    });
    bytes.then((b) => worker.postMessage({ kind: 'body', bytes: b } satisfies BodyWorkerRequest, [b]), (e: unknown) => {
      stop();
      reject(e);
    });
    bytes.then(downloaded, downloaded); // after the hand-over above
  });
}

let early: Promise<LoadedBody> | null = null;
let earlyAbort: AbortController | null = null;

/**
 * Starts loading the body (once per page). The returned promise settles when the model's bytes
 * have arrived (or failed to), i.e. when the worker has them to build from.
 */
export function startBodyLoad(): Promise<void> {
  let downloaded: () => void = () => {};
  const done = new Promise<void>((resolve) => (downloaded = resolve));
  if (early) return Promise.resolve();
  earlyAbort = new AbortController();
  early = loadBodyInWorker(earlyAbort.signal, () => downloaded());
  // Handled where it is taken; this only keeps an unused failure from being reported as unhandled.
  early.catch(() => {});
  return done;
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
export function bodyLoadFor(attempt: number, signal?: AbortSignal): Promise<LoadedBody> {
  if (attempt === 0 && early) return early;
  return loadBodyInWorker(signal);
}
