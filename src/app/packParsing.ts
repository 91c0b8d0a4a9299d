/**
 * Checks pack text in the pack worker (src/content/pack.worker.ts) and answers with the same
 * result `parsePackText` gives; where no worker can run, the check runs here instead (loaded on
 * demand, so the page shell does not carry the pack schema).
 */
import type { ParseOptions, ParseResult } from '../content/loadPack';
import type { PackWorkerReply, PackWorkerRequest } from '../content/pack.worker';

let worker: Worker | null = null;
let broken = false;
let nextId = 1;
const waiting = new Map<number, { resolve: (r: ParseResult) => void; fallback: () => void }>();

function inThread(text: string, opts: ParseOptions): Promise<ParseResult> {
  return import('../content/loadPack').then((m) => m.parsePackText(text, opts));
}

function packWorker(): Worker | null {
  if (worker || broken) return worker;
  try {
    worker = new Worker(new URL('../content/pack.worker.ts', import.meta.url), { type: 'module', name: 'myomap-packs' });
  } catch {
    broken = true;
    return null;
  }
  worker.onmessage = (e: MessageEvent<PackWorkerReply>) => {
    const w = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    w?.resolve(e.data.result);
  };
  // The script failed to load or crashed: every open request is checked here instead, and so are later ones.
  worker.onerror = (e) => {
    e.preventDefault();
    broken = true;
    worker?.terminate();
    worker = null;
    const open = [...waiting.values()];
    waiting.clear();
    for (const w of open) w.fallback();
  };
  return worker;
}

/** `parsePackText`, off the main thread when possible. Never rejects (as parsePackText never throws). */
export function parsePackTextOffThread(text: string, opts: ParseOptions = {}): Promise<ParseResult> {
  const w = packWorker();
  if (!w) return inThread(text, opts);
  return new Promise<ParseResult>((resolve) => {
    const id = nextId++;
    waiting.set(id, { resolve, fallback: () => void inThread(text, opts).then(resolve) });
    try {
      w.postMessage({ id, text, opts } satisfies PackWorkerRequest);
    } catch {
      // Options that cannot be cloned (never expected: packs are plain JSON): check here.
      waiting.delete(id);
      void inThread(text, opts).then(resolve);
    }
  });
}
