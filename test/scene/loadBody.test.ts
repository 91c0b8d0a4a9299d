import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Ray, Vector3 } from 'three';
import { BodyPicker } from '../../src/scene/BodyPicker';
import { packBody, unpackBody } from '../../src/scene/bodyTransfer';
import { buildBody, type BodyData } from '../../src/scene/buildBody';
import { parseBodyGlb } from '../../src/scene/parseBodyGlb';
import { installFakeWorker, type FakeWorkerControl } from '../support/fakeWorker';
import { makeTestBodyGlb } from './fixtures/testBody';

let glb: Uint8Array;
let reference: BodyData;

beforeAll(async () => {
  glb = await makeTestBodyGlb();
  reference = buildBody(await parseBodyGlb(glb.slice().buffer));
});

const arrays = (b: BodyData) =>
  [b.muscleGeometry, b.boneGeometry, b.skinGeometry].map((g) =>
    g ? Object.fromEntries([...Object.entries(g.attributes).map(([k, a]) => [k, Array.from(a.array as ArrayLike<number>)]), ['index', Array.from(g.index!.array)]]) : null,
  );

/** The same body, field by field (three objects compared by value). */
function expectSameBody(got: BodyData, want: BodyData): void {
  expect(got.muscles.map((m) => ({ ...m, box: [...m.box.min.toArray(), ...m.box.max.toArray()], centroid: m.centroid.toArray(), facing: m.facing.toArray() }))).toEqual(
    want.muscles.map((m) => ({ ...m, box: [...m.box.min.toArray(), ...m.box.max.toArray()], centroid: m.centroid.toArray(), facing: m.facing.toArray() })),
  );
  expect([...got.muscleIndexByName]).toEqual([...want.muscleIndexByName]);
  expect(got.bones).toEqual(want.bones);
  expect(arrays(got)).toEqual(arrays(want));
  expect([...got.landmarks].map(([k, p]) => [k, p.toArray()])).toEqual([...want.landmarks].map(([k, p]) => [k, p.toArray()]));
  expect(got.bounds.equals(want.bounds)).toBe(true);
  expect(got.muscleGeometry.boundingSphere?.radius).toBeCloseTo(want.muscleGeometry.boundingSphere!.radius, 6);
}

describe('the body as a worker message', () => {
  it('packs and unpacks to the same body, moving the big arrays instead of copying them', async () => {
    const own = buildBody(await parseBodyGlb(glb.slice().buffer));
    const { message, transfer } = packBody(own);
    expect(transfer.length).toBeGreaterThanOrEqual(4);
    const received = structuredClone(message, { transfer });
    expect(transfer.every((b) => b.byteLength === 0)).toBe(true); // detached on the sending side
    expectSameBody(unpackBody(received), reference);
  });
});

describe('loading the body', () => {
  let control: FakeWorkerControl;
  const serve = (status = 200, body: BodyInit = glb.slice()) => vi.fn(async () => new Response(body, { status }));
  async function fresh() {
    vi.resetModules();
    return import('../../src/scene/loadBody');
  }

  beforeEach(() => {
    control = installFakeWorker(() => import('../../src/scene/body.worker'));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('builds it in the worker: the same body as building it here; then the picking trees, which pick as trees built here do', async () => {
    vi.stubGlobal('fetch', serve());
    const { loadBody } = await fresh();
    const { body, trees } = await loadBody(0, new AbortController().signal);
    expectSameBody(body, reference);
    expect(control.started.map((w) => w.name)).toEqual(['myomap-body']);
    expect(control.terminated).toBe(0); // kept for the trees

    const fromWorker = new BodyPicker(body, trees);
    fromWorker.warm();
    await vi.waitFor(() => expect(fromWorker.ready).toBe(true));
    expect(control.terminated).toBe(1);
    const here = new BodyPicker(reference);
    const options = { pickable: new Uint8Array(body.muscles.length).fill(1), bonesBlock: true, skinBlocks: false };
    let hits = 0;
    for (const m of body.muscles) {
      // A ray from in front of each muscle's centroid, straight at it; and one from the side.
      for (const origin of [m.centroid.clone().add(new Vector3(0, 0, 2)), m.centroid.clone().add(new Vector3(2, 0, 0))]) {
        const ray = new Ray(origin, m.centroid.clone().sub(origin).normalize());
        const a = fromWorker.pick(ray, options);
        const b = here.pick(ray, options);
        expect(a?.nodeName).toBe(b?.nodeName);
        expect(a?.distance).toBeCloseTo(b?.distance ?? 0, 6);
        expect(fromWorker.pickSkin(ray)?.toArray()).toEqual(here.pickSkin(ray)?.toArray());
        if (a) hits++;
      }
    }
    expect(hits).toBeGreaterThan(body.muscles.length);
  });

  it('lets the worker go when the trees are not asked for, and then builds them here', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      vi.stubGlobal('fetch', serve());
      const { loadBody } = await fresh();
      const pending = loadBody(0, new AbortController().signal);
      await vi.runAllTimersAsync();
      const { body, trees } = await pending;
      expect(control.terminated).toBe(1); // after the wait for a request for the trees
      const picker = new BodyPicker(body, trees);
      picker.warm();
      await vi.runAllTimersAsync();
      await vi.waitFor(() => expect(picker.ready).toBe(true));
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a failed download with its HTTP status', async () => {
    vi.stubGlobal('fetch', serve(500, 'server error'));
    const { loadBody } = await fresh();
    await expect(loadBody(0, new AbortController().signal)).rejects.toThrow('The body model could not be downloaded (HTTP 500).');
  });

  it('reports a file that is not a body model (the worker answers with the reason)', async () => {
    vi.stubGlobal('fetch', serve(200, 'not a glb at all'));
    const { loadBody } = await fresh();
    await expect(loadBody(0, new AbortController().signal)).rejects.toThrow(/.+/);
    expect(control.started).toHaveLength(1);
  });

  it('builds it here when the worker script cannot run', async () => {
    const fetch = serve();
    vi.stubGlobal('fetch', fetch);
    const { loadBody } = await fresh();
    control.failNextStart();
    expectSameBody((await loadBody(0, new AbortController().signal)).body, reference);
    expect(fetch).toHaveBeenCalledTimes(2); // the bytes went to the dead worker: downloaded again
  });

  it('builds it here when there are no workers at all', async () => {
    vi.stubGlobal('Worker', undefined);
    vi.stubGlobal('fetch', serve());
    const { loadBody } = await fresh();
    expectSameBody((await loadBody(0, new AbortController().signal)).body, reference);
  });
});
