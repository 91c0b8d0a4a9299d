import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeWorker, type FakeWorkerControl } from '../support/fakeWorker';
import { makeTestBodyGlb } from '../scene/fixtures/testBody';

let glb: Uint8Array;
beforeAll(async () => {
  glb = await makeTestBodyGlb();
});

/** A body.glb response that arrives when the test says so. */
function deferredFetch(status = 200) {
  let arrive: () => void = () => {};
  const fetch = vi.fn(() => new Promise<Response>((resolve) => (arrive = () => resolve(new Response(status === 200 ? glb.slice() : 'error', { status })))));
  return { fetch, arrive: () => arrive() };
}

describe('start-up order (startEarly)', () => {
  let control: FakeWorkerControl;
  let events: string[];
  let webgl: boolean;

  beforeEach(() => {
    vi.resetModules();
    events = [];
    webgl = true;
    control = installFakeWorker(() => import('../../src/scene/body.worker'));
    // The fake worker's postMessage takes (data, transfer list), as the page's calls pass it.
    const proto = Worker.prototype as unknown as { postMessage: (data: unknown, transfer?: Transferable[]) => void };
    const post = proto.postMessage;
    vi.spyOn(proto, 'postMessage').mockImplementation(function (this: unknown, data: unknown, transfer?: Transferable[]) {
      events.push(`worker:${(data as { kind: string }).kind}`);
      return post.call(this, data, transfer);
    });
    // The probe (it makes a WebGL context) and the 3D view's module (three.js) are stand-ins here.
    vi.doMock('../../src/scene/probeWebGL', () => ({ probeWebGL: () => (events.push('probe'), { available: webgl, software: true }) }));
    vi.doMock('../../src/scene/Viewport', () => ({ default: () => null }));
  });
  afterEach(() => {
    vi.doUnmock('../../src/scene/probeWebGL');
    vi.doUnmock('../../src/scene/Viewport');
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('hands the model to the body worker first and probes WebGL after (the probe blocks the page)', async () => {
    const net = deferredFetch();
    vi.stubGlobal('fetch', net.fetch);
    const { startEarly } = await import('../../src/app/startup');
    startEarly();
    await new Promise((r) => setTimeout(r, 20));
    expect(control.started.map((w) => w.name)).toEqual(['myomap-body']);
    expect(events).toEqual([]); // still downloading: no probe yet
    net.arrive();
    await vi.waitFor(() => expect(events).toContain('probe'));
    expect(events).toEqual(['worker:body', 'probe']);
    expect(control.terminated).toBe(0);
  });

  it('mounting before the model has arrived probes at once (the first render needs the answer)', async () => {
    const net = deferredFetch();
    vi.stubGlobal('fetch', net.fetch);
    const { startEarly, webglAvailable } = await import('../../src/app/startup');
    startEarly();
    expect(webglAvailable()).toBe(true);
    expect(events).toEqual(['probe']);
    net.arrive();
    await vi.waitFor(() => expect(events).toContain('worker:body'));
  });

  it('without WebGL the body load is cancelled (its worker let go)', async () => {
    webgl = false;
    const net = deferredFetch();
    vi.stubGlobal('fetch', net.fetch);
    const { startEarly } = await import('../../src/app/startup');
    startEarly();
    net.arrive();
    await vi.waitFor(() => expect(events).toContain('probe'));
    expect(control.terminated).toBe(1);
  });

  it('a failed download still lets the probe run (and the error reaches the view, not the start-up)', async () => {
    const net = deferredFetch(500);
    vi.stubGlobal('fetch', net.fetch);
    const { startEarly } = await import('../../src/app/startup');
    const { bodyLoadFor } = await import('../../src/app/bodyLoad');
    startEarly();
    net.arrive();
    await vi.waitFor(() => expect(events).toEqual(['probe']));
    await expect(bodyLoadFor(0)).rejects.toThrow('HTTP 500');
  });
});
