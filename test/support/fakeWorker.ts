/**
 * A stand-in for `Worker` in Node tests: runs a worker module in this thread against a fake `self`,
 * with real structured cloning (and transfer) of every message both ways, so what a test proves
 * about the protocol holds for a real worker (a value that cannot be cloned fails here too).
 */
import { vi } from 'vitest';

export interface FakeWorkerControl {
  /** Workers constructed so far (URL and name). */
  started: Array<{ url: string; name: string | undefined }>;
  /** Terminated so far. */
  terminated: number;
  /** Make the next constructed worker fail to start (its script "did not load"). */
  failNextStart(): void;
}

type Listener = (event: { data: unknown }) => void;

/**
 * Installs `Worker` and `self`; `load` imports the worker module (it registers its message listener
 * on `self` when first imported; later imports are cached, so one fake scope serves the whole file).
 */
export function installFakeWorker(load: () => Promise<unknown>): FakeWorkerControl {
  const listeners: Listener[] = [];
  let current: FakeWorker | null = null;
  let fail = false;
  const control: FakeWorkerControl = { started: [], terminated: 0, failNextStart: () => void (fail = true) };
  const scope = {
    addEventListener: (type: string, fn: Listener) => void (type === 'message' && listeners.push(fn)),
    postMessage: (data: unknown, transfer: Transferable[] = []) => {
      const cloned = structuredClone(data, { transfer });
      const target = current;
      setTimeout(() => target?.onmessage?.({ data: cloned } as MessageEvent));
    },
  };

  class FakeWorker {
    onmessage: ((e: MessageEvent) => void) | null = null;
    onerror: ((e: ErrorEvent) => void) | null = null;
    private ready: Promise<unknown>;
    private dead = false;
    constructor(url: URL | string, opts?: WorkerOptions) {
      control.started.push({ url: String(url), name: opts?.name });
      current = this;
      if (fail) {
        fail = false;
        this.ready = Promise.reject(new Error('script failed'));
        this.ready.catch(() => setTimeout(() => this.onerror?.({ message: 'script failed', preventDefault() {} } as ErrorEvent)));
      } else this.ready = load();
    }
    postMessage(data: unknown, transfer: Transferable[] = []): void {
      const cloned = structuredClone(data, { transfer });
      void this.ready.then(() => {
        if (this.dead) return;
        current = this;
        for (const fn of listeners) fn({ data: cloned });
      }, () => {});
    }
    terminate(): void {
      this.dead = true;
      control.terminated += 1;
    }
  }

  vi.stubGlobal('self', scope);
  vi.stubGlobal('Worker', FakeWorker);
  return control;
}
