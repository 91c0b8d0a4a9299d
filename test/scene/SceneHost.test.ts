// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// No WebGL in jsdom: a renderer that records what the host asks of it.
const rendered: number[] = [];
vi.mock('three', async (importOriginal) => {
  const three = await importOriginal<typeof import('three')>();
  class FakeRenderer {
    toneMapping = 0;
    pixelRatio = 1;
    size = [0, 0];
    disposed = false;
    lost = false;
    setPixelRatio(r: number) {
      this.pixelRatio = r;
    }
    setSize(w: number, h: number) {
      this.size = [w, h];
    }
    render() {
      rendered.push(performance.now());
    }
    dispose() {
      this.disposed = true;
    }
    forceContextLoss() {
      this.lost = true;
    }
  }
  return { ...three, WebGLRenderer: FakeRenderer };
});

const { SceneHost } = await import('../../src/scene/SceneHost');

/** requestAnimationFrame under test control: frames run when the test steps them. */
let queue: Array<(t: number) => void> = [];
let now = 0;
function step(ms = 16) {
  now += ms;
  const due = queue;
  queue = [];
  due.forEach((cb) => cb(now));
}

beforeEach(() => {
  rendered.length = 0;
  queue = [];
  now = 1000;
  vi.stubGlobal('requestAnimationFrame', (cb: (t: number) => void) => (queue.push(cb), queue.length));
  vi.stubGlobal('cancelAnimationFrame', () => void (queue = []));
});
afterEach(() => vi.unstubAllGlobals());

function makeHost() {
  const canvas = document.createElement('canvas');
  document.body.append(canvas);
  const host = new SceneHost(canvas, { antialias: false });
  host.setSize(400, 300);
  step(); // the frame setSize asked for
  rendered.length = 0;
  return host;
}

describe('SceneHost render loop (on demand)', () => {
  it('draws nothing until asked; several requests in one frame draw once', () => {
    const host = makeHost();
    step();
    step();
    expect(rendered).toHaveLength(0);
    host.invalidate();
    host.invalidate();
    host.invalidate();
    expect(queue).toHaveLength(1);
    step();
    expect(rendered).toHaveLength(1);
    step();
    expect(rendered).toHaveLength(1); // idle again
  });

  it('invalidate(n) draws n frames (context restore asks for two)', () => {
    const host = makeHost();
    host.invalidate(2);
    step();
    step();
    step();
    expect(rendered).toHaveLength(2);
  });

  it('keeps drawing while the camera eases to a new pose, then stops', () => {
    const host = makeHost();
    void host.controls.setLookAt(0, 1, 3, 0, 1, 0, true);
    let frames = 0;
    while (queue.length > 0 && frames < 500) {
      step();
      frames++;
    }
    expect(rendered.length).toBeGreaterThan(5); // an eased move, not a jump
    expect(frames).toBeLessThan(500); // and it settles
    expect(host.camera.position.z).toBeCloseTo(3, 2);
  });

  it('runs frame callbacks before each render and after-render callbacks after it; unsubscribes', () => {
    const host = makeHost();
    const order: string[] = [];
    const deltas: number[] = [];
    const stopBefore = host.onBeforeRender((d) => (order.push('before'), deltas.push(d)));
    const stopAfter = host.onAfterRender(() => order.push(`after:${rendered.length}`));
    host.invalidate();
    step(16);
    expect(order).toEqual(['before', 'after:1']);
    expect(deltas[0]).toBeCloseTo(1 / 60, 5); // first frame after an idle spell: one frame's step
    stopBefore();
    stopAfter();
    host.invalidate();
    step();
    expect(order).toHaveLength(2);
  });

  it('sizes the drawing buffer and the camera, and tells subscribers (capped pixel ratio)', () => {
    vi.stubGlobal('devicePixelRatio', 3);
    const host = makeHost();
    const sizes: Array<{ width: number; height: number; dpr: number }> = [];
    host.onResize((s) => sizes.push(s));
    host.setSize(800, 400);
    host.setSize(800, 400); // unchanged: no news
    expect(sizes).toEqual([{ width: 800, height: 400, dpr: 2 }]);
    expect(host.camera.aspect).toBe(2);
    const renderer = host.renderer as unknown as { size: number[]; pixelRatio: number };
    expect(renderer.size).toEqual([800, 400]);
    expect(renderer.pixelRatio).toBe(2);
    step();
    expect(rendered).toHaveLength(1);
  });

  it('a zero-sized view draws nothing; a disposed host never draws again and gives up its context', () => {
    const canvas = document.createElement('canvas');
    const host = new SceneHost(canvas, { antialias: false });
    host.invalidate();
    step();
    expect(rendered).toHaveLength(0);
    host.setSize(200, 100);
    host.dispose();
    host.invalidate();
    step();
    expect(rendered).toHaveLength(0);
    const renderer = host.renderer as unknown as { disposed: boolean; lost: boolean };
    expect(renderer.disposed && renderer.lost).toBe(true);
  });
});
