// Offline and installable: after one visit the service worker has precached the app, the body
// model and the core pack; with the network off, a reload still opens Explore with its content.
//
// Service workers are blocked in every other test's context (scripts/test/e2e.mjs); these tests
// opt in with { serviceWorkers: 'allow' }.
//
// To test another mode offline (the quiz, when #/quiz lands), add a step to OFFLINE_STEPS: it runs
// on the same offline page after the explore step, e.g.
//   ['quiz: answer a short quiz', async ({ page, baseURL, saveScreenshot }) => { … }],
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/test/server.mjs';
import { test, waitFor } from './harness.mjs';
import { expectPanelHeading, searchAndChoose, settledCanvas, assertBodyDrawn, waitReady } from './lib/app.mjs';
import { waitPainted } from './lib/content.mjs';

const CORE = JSON.parse(readFileSync(join(ROOT, 'public/content/core.json'), 'utf8'));
const SW_OPTIONS = { serviceWorkers: 'allow', timeoutMs: 240_000 };

/** Precached URLs (path relative to the app), without Workbox's __WB_REVISION__ parameter. */
function precachedPaths(page) {
  return page.evaluate(async () => {
    const paths = [];
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      for (const req of await (await caches.open(name)).keys()) {
        const u = new URL(req.url);
        u.searchParams.delete('__WB_REVISION__');
        paths.push(u.pathname.replace(/^\//, '') + u.search);
      }
    }
    return paths.sort();
  });
}

/**
 * The first visit, online: opens Explore, waits until the service worker has installed (precache
 * filled) and controls the page (reloading once: the first page load is not controlled, since a
 * 'prompt' worker does not claim open pages). Returns the same-origin URLs the app fetched.
 */
export async function visitOnceOnline(page, baseURL) {
  await page.goto(`${baseURL}#/explore`);
  await waitReady(page);
  const active = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready; // resolves once a worker is active (precache done)
    return reg.active?.state ?? null;
  });
  assert.ok(active === 'activating' || active === 'activated', `an active service worker (state ${active})`);
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await waitReady(page);
  }
  assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the service worker controls the page after a reload');
  await waitFor(async () => (await page.evaluate(() => window.__myomap.packs())).active === CORE.id, { timeoutMs: 30_000, message: 'the core pack (online)' });
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      .filter((u) => u.origin === location.origin)
      .map((u) => u.pathname.replace(/^\//, '') + u.search),
  );
}

/** Switches the network off (page and service worker) and checks that it really is off. */
export async function goOffline(page, baseURL) {
  await page.context().setOffline(true);
  assert.equal(await page.evaluate(() => navigator.onLine), false, 'navigator.onLine is false');
  // A same-origin file that is not precached must fail: the worker cannot reach the network. Asked
  // from a second page of the context that the harness does not watch, because the expected
  // failure logs "Failed to load resource", which would count as a console error of the app.
  const other = await page.context().newPage();
  try {
    await other.goto(`${baseURL}manifest.webmanifest`); // precached, so it opens offline
    const probe = await other.evaluate(() => fetch('not-precached.json').then((r) => `HTTP ${r.status}`, (e) => `failed: ${e.name}`));
    assert.match(probe, /^failed/, `a request for an uncached file fails offline (got ${probe})`);
  } finally {
    await other.close();
  }
}

/** Explore offline: body drawn, core pack loaded, a muscle chosen shows its trigger points. */
async function exploreOffline({ page, saveScreenshot }) {
  await waitFor(async () => (await page.evaluate(() => window.__myomap.packs())).active === CORE.id, { timeoutMs: 30_000, message: 'the core pack (offline)' });
  assert.equal(await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).count(), 0, 'no "could not be loaded" notice');
  await searchAndChoose(page, 'upper trapezius', /upper trapezius/i);
  const title = await (await expectPanelHeading(page, /upper trapezius/i)).innerText();
  const side = title.startsWith('Right') ? 'r' : 'l';
  const muscle = CORE.muscles.find((m) => m.id === 'upper-trapezius');
  const panel = page.getByRole('region').filter({ has: page.getByRole('heading', { name: title, exact: true }) }).first();
  const trp = panel.getByRole('region', { name: 'Trigger points and referred pain' });
  await trp.waitFor({ state: 'visible', timeout: 10_000 });
  const text = await trp.innerText();
  assert.ok(text.includes(muscle.triggerPoints[0].location), `the panel shows trigger point 1's location from the core pack:\n${text.slice(0, 600)}`);
  const entries = trp.getByRole('heading', { level: 4, name: /^Trigger point \d/ });
  assert.equal(await entries.count(), muscle.triggerPoints.length, 'one entry per trigger point');
  const referral = await waitPainted(page);
  assert.equal(referral.side, side, 'the referral is painted on the chosen side');
  assertBodyDrawn(await settledCanvas(page), 'offline canvas');
  // The screenshot shows the trigger points from the cached pack beside the painted body.
  // Scrolls the panel's own scroll box only (scrollIntoView would also shift the whole page).
  await entries.first().evaluate((h) => {
    let box = h.parentElement;
    while (box && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
    if (box) box.scrollTop += h.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  });
  await saveScreenshot('offline-explore');
}

/** What a user does with the network off, in order, on one page. Add the quiz here. */
/** Offline quiz: the quiz chunk and the pack's quizzes come from the precache; answer one, finish, see results. */
async function quizOffline({ page, baseURL }) {
  await page.evaluate(() => (location.hash = '#/quiz/safe-practice?seed=11'));
  await waitFor(async () => (await page.evaluate(() => window.__myomap.quiz()))?.session?.seed === 11, { timeoutMs: 30_000, message: 'the offline quiz session' });
  const { truth } = await page.evaluate(() => window.__myomap.quiz());
  for (const i of truth.choices) await page.locator(`.choice-list input[value="${i}"]`).check();
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Finish quiz' }).click();
  await page.getByRole('heading', { name: /^Results: Safe practice/ }).waitFor({ timeout: 20_000 });
  assert.match((await page.locator('.score-big').textContent()) ?? '', /^\d+(\.\d)?%$/);
  assert.ok(baseURL);
}

const OFFLINE_STEPS = [
  ['explore: choose a muscle and read its trigger points', exploreOffline],
  ['quiz: answer a question of a pack quiz and see the results', quizOffline],
];

test(
  'offline: after one visit the app reloads with the network off; explore works (body, core pack, trigger points)',
  async (fixture) => {
    const { page, baseURL } = fixture;
    const fetched = await visitOnceOnline(page, baseURL);
    const precached = await precachedPaths(page);

    // What the app fetches at run time is what the worker precached (same paths, no stray query).
    for (const must of ['index.html', 'models/body.glb', 'content/core.json', 'content/pack.schema.json', 'manifest.webmanifest']) {
      assert.ok(precached.includes(must), `${must} is precached (precache: ${precached.join(', ')})`);
    }
    const missing = fetched.filter((p) => p !== '' && !p.endsWith('sw.js') && !precached.includes(p));
    assert.deepEqual(missing, [], 'every same-origin file the app fetched is precached');

    const failed = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await goOffline(page, baseURL);
    await page.reload();
    await waitReady(page);
    assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the page is served by the service worker');
    for (const [name, step] of OFFLINE_STEPS) {
      try {
        await step(fixture);
      } catch (err) {
        err.message = `offline step "${name}": ${err.message}`;
        throw err;
      }
    }
    assert.deepEqual(failed, [], 'no request failed offline');
  },
  SW_OPTIONS,
);

test(
  'installable: the manifest (name, standalone, start on Explore, icons) parses without errors; an "Offline ready" note shows once',
  async ({ page, baseURL, saveScreenshot }) => {
    await page.goto(`${baseURL}#/explore`);
    await waitReady(page);
    // The first install announces that the app now works offline (a polite status, dismissible).
    const note = page.getByRole('status').filter({ hasText: /offline ready/i });
    await note.waitFor({ state: 'visible', timeout: 60_000 });
    await saveScreenshot('offline-ready-note');
    await note.getByRole('button', { name: 'Dismiss' }).click();
    await waitFor(async () => (await note.count()) === 0, { message: 'the note to go' });

    const cdp = await page.context().newCDPSession(page);
    const { errors, data } = await cdp.send('Page.getAppManifest');
    assert.deepEqual(errors, [], 'the manifest parses without errors');
    const manifest = JSON.parse(data);
    assert.equal(manifest.name, 'Myomap — trigger-point trainer');
    assert.equal(manifest.short_name, 'Myomap');
    assert.equal(manifest.display, 'standalone');
    assert.equal(new URL(manifest.start_url, baseURL).href, `${baseURL}#/explore`);
    for (const want of [['192x192', 'any'], ['512x512', 'any'], ['512x512', 'maskable']]) {
      const icon = manifest.icons.find((i) => i.sizes === want[0] && i.purpose === want[1]);
      assert.ok(icon, `an icon ${want.join(' ')}`);
      // The icon is a PNG of the stated size (width and height from the IHDR chunk).
      const size = await page.evaluate(async (src) => {
        const b = new DataView(await (await fetch(src)).arrayBuffer());
        return `${b.getUint32(16)}x${b.getUint32(20)}`;
      }, icon.src);
      assert.equal(size, want[0], `${icon.src} is ${want[0]}`);
    }
    const installability = await cdp.send('Page.getInstallabilityErrors').catch((e) => ({ unsupported: e.message }));
    if (!installability.unsupported) {
      // Playwright's browser contexts are incognito, which alone bars installing; nothing else may.
      const errs = installability.installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
      assert.deepEqual(errs, [], 'Chromium finds nothing else against installing the app');
    }

    // Once: the next visit (already installed) does not repeat it.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await waitReady(page);
    await page.waitForTimeout(1500);
    assert.equal(await note.count(), 0, 'no "Offline ready" note on the next visit');
  },
  SW_OPTIONS,
);

/**
 * Publishes a "new version" in place: the built sw.js with one precache revision changed (same
 * length, so the preview server's file size still matches). Returns the function that restores it.
 */
function publishNewServiceWorker() {
  const file = join(ROOT, process.env.E2E_OUT_DIR || 'dist-test', 'sw.js');
  const original = readFileSync(file, 'utf8');
  const changed = original.replace(/revision:"([0-9a-f])/, (_, c) => `revision:"${c === '0' ? '1' : '0'}`);
  assert.notEqual(changed, original, 'sw.js has a precache revision to change');
  writeFileSync(file, changed);
  return () => writeFileSync(file, original);
}

test(
  'update: a new version shows "A new version of Myomap is ready"; "Later" hides it; "Reload to update" reloads into the new version',
  async ({ page, baseURL, saveScreenshot }) => {
    await visitOnceOnline(page, baseURL);
    const restore = publishNewServiceWorker();
    try {
      await page.evaluate(async () => {
        window.__beforeUpdate = true;
        await (await navigator.serviceWorker.getRegistration()).update();
      });
      const prompt = page.getByRole('status').filter({ hasText: 'A new version of Myomap is ready.' });
      await prompt.waitFor({ state: 'visible', timeout: 60_000 });
      await saveScreenshot('update-prompt');
      // Polite: the prompt does not take focus from what the user is doing.
      assert.equal(await page.evaluate(() => document.activeElement?.closest('[role=status]') ?? null), null, 'focus is not moved to the prompt');

      await prompt.getByRole('button', { name: 'Later' }).click();
      await waitFor(async () => (await prompt.count()) === 0, { message: 'the prompt to go after "Later"' });
      assert.equal(await page.evaluate(() => window.__beforeUpdate ?? false), true, '"Later" does not reload');

      // The next page load asks again (the new version is still waiting).
      await page.reload();
      await waitReady(page);
      await prompt.waitFor({ state: 'visible', timeout: 60_000 });
      const waitingBefore = await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration()).waiting));
      assert.ok(waitingBefore, 'a new worker is waiting');
      await page.evaluate(() => (window.__beforeUpdate = true));
      await prompt.getByRole('button', { name: 'Reload to update' }).click();
      await page.waitForFunction(() => !window.__beforeUpdate, null, { timeout: 60_000, polling: 200 });
      await waitReady(page);
      const after = await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        return { waiting: Boolean(reg.waiting), controlled: Boolean(navigator.serviceWorker.controller) };
      });
      assert.deepEqual(after, { waiting: false, controlled: true }, 'the new worker took over and controls the reloaded page');
      await page.waitForTimeout(1000);
      assert.equal(await prompt.count(), 0, 'no prompt after updating');
    } finally {
      restore();
    }
  },
  SW_OPTIONS,
);
