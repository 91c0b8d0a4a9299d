// Faults: the body model fails to download (error with Retry, then the body after Retry); a storm
// of 200 rapid clicks and selection changes (no console errors, still responsive); the body and
// pack workers cannot start (main-thread fallback); no leak of JS
// heap, geometries or textures over 50 muscle selections.
import assert from 'node:assert/strict';
import { measureSelectionGrowth } from '../../scripts/bench/heapGrowth.mjs';
import { test, waitFor } from './harness.mjs';
import { assertBodyDrawn, canvas, expectPanelHeading, framesIdle, openExplore, settledCanvas, waitReady } from './lib/app.mjs';

/** Console errors and uncaught exceptions of one page, kept by the test itself (to say which are expected). */
function collectErrors(page) {
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
  return errors;
}

test('faults: body.glb fails to download → an alert with Retry; Retry (network back) draws the body', async ({ page, baseURL }) => {
  const errors = collectErrors(page);
  let requests = 0;
  await page.route('**/models/body.glb', (route) => {
    requests += 1;
    return requests === 1 ? route.fulfill({ status: 500, contentType: 'text/plain', body: 'test: server error' }) : route.continue();
  });
  await page.goto(`${baseURL}#/explore`);
  const alert = page.getByRole('alert').filter({ hasText: /body model did not load/i });
  await alert.waitFor({ state: 'visible', timeout: 60_000 });
  assert.match(await alert.innerText(), /HTTP 500/, 'the alert says what went wrong');
  assert.equal(await page.evaluate(() => window.__myomap?.ready ?? false), false, 'no body while the model is missing');

  await alert.getByRole('button', { name: 'Retry' }).click();
  await waitReady(page);
  await alert.waitFor({ state: 'detached', timeout: 10_000 });
  assert.equal(requests, 2, 'Retry downloads the model again');
  assertBodyDrawn(await settledCanvas(page), 'after Retry');
  // The failed download itself is logged by Chromium ("Failed to load resource … 500"); nothing else may be.
  const unexpected = errors.filter((e) => !/Failed to load resource.*\b500\b/.test(e));
  assert.deepEqual(unexpected, [], 'console errors other than the provoked failed download');
}, { allowConsoleErrors: true });

/** Small deterministic PRNG (mulberry32): the same storm every run. */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Centre of a visible tree row (muscle or region), client pixels; rows move as regions open. */
function rowCentre(page, selector, index) {
  return page.evaluate(
    ([sel, i]) => {
      const rows = [...document.querySelectorAll(sel)].filter((r) => r.getBoundingClientRect().height > 0);
      const row = rows[i % Math.max(1, rows.length)];
      if (!row) return null;
      row.scrollIntoView({ block: 'nearest' });
      const r = row.getBoundingClientRect();
      return { x: r.left + Math.min(r.width / 2, 60), y: r.top + r.height / 2, text: row.textContent.trim() };
    },
    [selector, index],
  );
}

test('faults: 200 rapid clicks and selection changes on the body and the tree → no console errors, the app still answers', async ({ page, baseURL }) => {
  const errors = collectErrors(page);
  await openExplore(page, baseURL);
  const box = await canvas(page).boundingBox();
  assert.ok(box, 'a visible canvas');
  const ids = await page.evaluate(async () => (await (await fetch('content/core.json')).json()).muscles.map((m) => m.id));
  const random = rng(7);
  const counts = { canvas: 0, tree: 0, region: 0, hash: 0 };
  for (let i = 0; i < 200; i++) {
    const kind = i % 10 === 0 ? 'region' : ['canvas', 'tree', 'canvas', 'hash'][i % 4];
    if (kind === 'canvas') {
      // Anywhere on the canvas: muscles, bones, skin and empty space (which clears the selection).
      await page.mouse.click(box.x + 4 + random() * (box.width - 8), box.y + 4 + random() * (box.height - 8));
    } else if (kind === 'hash') {
      const id = ids[Math.floor(random() * ids.length)];
      await page.evaluate((h) => (location.hash = h), `#/explore/${id}/${random() < 0.5 ? 'l' : 'r'}`);
    } else {
      const p = await rowCentre(page, kind === 'tree' ? '.tree [data-muscle]' : '.tree [data-region]', Math.floor(random() * 200));
      if (!p) continue;
      await page.mouse.click(p.x, p.y);
    }
    counts[kind] += 1;
  }
  // 80 canvas clicks, 50 hash changes, 70 tree clicks (20 of them open or close a region).
  assert.ok(counts.canvas === 80 && counts.hash === 50 && counts.tree + counts.region >= 65, `actions done: ${JSON.stringify(counts)}`);
  await framesIdle(page, { timeoutMs: 60_000 });
  assert.equal(await page.evaluate(() => window.__myomap.ready), true, 'the body is still loaded');

  // Still responsive: a muscle chosen in the tree shows in the panel.
  const region = await rowCentre(page, '.tree [data-region]', 0);
  if ((await page.locator('.tree [data-muscle]').count()) === 0) await page.mouse.click(region.x, region.y);
  const row = await rowCentre(page, '.tree [data-muscle]', 0);
  assert.ok(row, 'a muscle row in the tree');
  await page.mouse.click(row.x, row.y);
  await expectPanelHeading(page, new RegExp(`${row.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'));
  assert.deepEqual(errors, [], 'console errors during the storm');
}, { timeoutMs: 240_000 });

test('faults: 50 muscle selections leak no geometries, textures or heap (≤ 25 % after GC)', async ({ page, baseURL }) => {
  await openExplore(page, baseURL);
  const r = await measureSelectionGrowth(page, { selections: 50 });
  const show = JSON.stringify({ first: r.first, last: r.last, warmup: r.warmup });
  assert.ok(r.first.geometries !== null && r.first.textures !== null, `the hook reports renderer.info.memory: ${show}`);
  // Exact: every selection reuses the same buffers, materials and the one state texture.
  assert.equal(r.last.geometries, r.first.geometries, `geometries grew: ${show}`);
  assert.equal(r.last.textures, r.first.textures, `textures grew: ${show}`);
  // The heap is small (~8 MB) and other tests and engineers share the 2-core machine, so code caches,
  // IC feedback and GC timing move it by several per cent between samples: the bench holds the ≤ 10 %
  // target on an idle machine; here 25 % still catches a leak of anything per selection.
  assert.ok(r.heapGrowthPct <= 25, `JS heap grew ${r.heapGrowthPct.toFixed(1)} % over ${r.selections} selections: ${show}`);
}, { timeoutMs: 300_000 });

test('faults: the body and pack workers cannot start → the body is built and the core pack checked on the main thread', async ({ page, baseURL }) => {
  const errors = collectErrors(page);
  const blocked = [];
  await page.route(/\/assets\/(body|pack)\.worker-[^/]*\.js$/, (route) => {
    blocked.push(new URL(route.request().url()).pathname.split('/').pop());
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'test: no worker' });
  });
  await openExplore(page, baseURL);
  assertBodyDrawn(await settledCanvas(page), 'body built without its worker');
  await waitFor(async () => ((await page.evaluate(() => window.__myomap.packs().muscles)) ?? 0) > 50, { timeoutMs: 30_000, message: 'core pack loaded without its worker' });
  assert.deepEqual(blocked.map((f) => f.replace(/-[^-]*\.js$/, '')).sort(), ['body.worker', 'pack.worker'], 'both worker scripts were requested and refused');
  // Chromium logs the refused scripts ("Failed to load resource … 404"); nothing else may be logged as an error.
  assert.deepEqual(errors.filter((e) => !/Failed to load resource.*\b404\b/.test(e)), [], 'console errors other than the refused scripts');
}, { allowConsoleErrors: true });
