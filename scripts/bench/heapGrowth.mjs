// Leak check shared by the bench (`heap` step) and the e2e suite (faults.e2e.mjs): select muscles
// one after another in a loaded Explore page, and compare the JS heap (after a forced GC, via the
// Chrome DevTools Protocol) and three's live GPU objects (renderer.info.memory through the test
// hook) after the first selection with the same after the last.
import { waitFor } from '../../test/e2e/harness.mjs';
import { framesIdle } from '../../test/e2e/lib/app.mjs';

/** Muscle ids of the active pack as the page loaded it (content/core.json, same origin). */
export async function packMuscleIds(page) {
  return page.evaluate(async () => {
    const r = await fetch('content/core.json');
    const pack = await r.json();
    return pack.muscles.map((m) => m.id);
  });
}

/** Selects a muscle the way a deep link does (hash change) and waits until the scene is idle again. */
export async function selectByHash(page, muscleId, side = 'r') {
  await page.evaluate((h) => (location.hash = h), `#/explore/${muscleId}/${side}`);
  await waitFor(() => page.evaluate((id) => window.__myomap.selection()?.muscleId === id, muscleId), {
    timeoutMs: 20_000,
    message: `selection of ${muscleId}`,
  });
  await framesIdle(page, { quietMs: 150, timeoutMs: 20_000 });
}

/** JS heap in use after garbage collection (collected twice: the first pass may leave finalizable objects), and the GPU object counts. */
export async function sampleMemory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const memory = await page.evaluate(() => window.__myomap.renderInfo().memory ?? null);
  return { heapUsedBytes: usedSize, geometries: memory?.geometries ?? null, textures: memory?.textures ?? null };
}

/**
 * Two rounds over the same muscles. The first round warms up: the first selection of a muscle
 * draws things for the first time (the outline and see-through passes, markers, bones: three
 * counts a geometry once it is first drawn) and fills bounded caches. The second round is the
 * measured one: heap and GPU objects after its first selection vs after its last. A leak grows with
 * every selection, so it shows in the second round; first use does not.
 * @param {import('playwright-core').Page} page  Explore, test build, hook ready
 * @param {{ selections?: number }} [options]
 */
export async function measureSelectionGrowth(page, { selections = 50 } = {}) {
  const ids = (await packMuscleIds(page)).slice(0, selections);
  if (ids.length < selections) throw new Error(`the pack has only ${ids.length} muscles (want ${selections})`);
  const cdp = await page.context().newCDPSession(page);
  // Alternate sides so both halves of the body are painted and framed.
  const side = (i) => (i % 2 ? 'l' : 'r');
  try {
    await selectByHash(page, ids[0], side(0));
    const coldFirst = await sampleMemory(page, cdp);
    for (let i = 1; i < ids.length; i++) await selectByHash(page, ids[i], side(i));
    const coldLast = await sampleMemory(page, cdp);

    await selectByHash(page, ids[0], side(0));
    const first = await sampleMemory(page, cdp);
    const t0 = Date.now();
    for (let i = 1; i < ids.length; i++) await selectByHash(page, ids[i], side(i));
    const selectMs = Date.now() - t0;
    const last = await sampleMemory(page, cdp);
    return {
      selections: ids.length,
      first,
      last,
      heapGrowthPct: (100 * (last.heapUsedBytes - first.heapUsedBytes)) / first.heapUsedBytes,
      warmup: { first: coldFirst, last: coldLast, heapGrowthPct: (100 * (coldLast.heapUsedBytes - coldFirst.heapUsedBytes)) / coldFirst.heapUsedBytes },
      meanSelectMs: selectMs / (ids.length - 1),
    };
  } finally {
    await cdp.detach().catch(() => {});
  }
}
