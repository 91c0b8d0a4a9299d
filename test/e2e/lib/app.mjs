// Helpers for driving the Explore page the way a user does, plus the test hook (window.__myomap).
import assert from 'node:assert/strict';
import { waitFor } from '../harness.mjs';
import { changedShare, drawnStats, pct } from './pixels.mjs';

/** Opens a route (e.g. '#/explore') and waits for the test hook to say the body is ready. */
export async function openExplore(page, baseURL, hash = '#/explore') {
  await page.goto(`${baseURL}${hash}`);
  await waitReady(page);
}

export async function waitReady(page, timeoutMs = 90_000) {
  await page.waitForFunction(() => window.__myomap?.ready === true, null, { timeout: timeoutMs, polling: 100 });
  await page.waitForFunction(() => (window.__myomap?.frames ?? 0) > 0, null, { timeout: 30_000, polling: 100 });
}

export const canvas = (page) => page.locator('canvas').first();

/** Resolves once the app has rendered no new frame for `quietMs` (the scene renders on demand). */
export async function framesIdle(page, { quietMs = 400, timeoutMs = 60_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let since = Date.now();
  for (;;) {
    const f = await page.evaluate(() => window.__myomap?.frames ?? 0);
    if (f !== last) {
      last = f;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return f;
    if (Date.now() > deadline) return f; // keeps rendering (an idle animation?): go on
    await page.waitForTimeout(50);
  }
}

/** Screenshot of the canvas area (page clip: no element-stability wait, which stalls under SwiftShader). */
export async function canvasShot(page) {
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('no visible canvas');
  return page.screenshot({ clip: box, timeout: 60_000 });
}

/** A canvas screenshot once the picture has stopped changing (camera moves and fades done). */
export async function settledCanvas(page, { timeoutMs = 60_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  await framesIdle(page, { timeoutMs });
  let prev = await canvasShot(page);
  for (;;) {
    await framesIdle(page, { timeoutMs: Math.max(1000, deadline - Date.now()) });
    const cur = await canvasShot(page);
    if (cur.equals(prev) || changedShare(prev, cur) < 0.0005 || Date.now() > deadline) return cur;
    prev = cur;
  }
}

/** Asserts a canvas screenshot shows a body: enough drawn pixels and some shading. */
export function assertBodyDrawn(png, what = 'canvas') {
  const s = drawnStats(png);
  assert.ok(s.drawnShare >= 0.03, `${what}: only ${pct(s.drawnShare)} of ${s.width}×${s.height} pixels differ from the background (want ≥ 3%)`);
  assert.ok(s.lumaStd >= 5, `${what}: luminance std ${s.lumaStd.toFixed(1)} (want ≥ 5): looks flat/blank`);
  return s;
}

/** Asserts two screenshots differ in at least `min` of their pixels. */
export function assertChanged(a, b, what, min = 0.003) {
  const c = changedShare(a, b);
  assert.ok(c >= min, `${what}: only ${pct(c)} of pixels changed (want ≥ ${pct(min)})`);
  return c;
}

/** The details panel: a region whose heading matches `name` (string = exact, RegExp = pattern). */
export function panelHeading(page, name) {
  return page.getByRole('region').getByRole('heading', { name, exact: typeof name === 'string' });
}

export async function expectPanelHeading(page, name, timeoutMs = 10_000) {
  const loc = panelHeading(page, name);
  try {
    await waitFor(async () => (await loc.count()) > 0 && (await loc.first().isVisible()), { timeoutMs, message: `a region with heading ${name}` });
  } catch (err) {
    err.message += `; headings in regions now: ${JSON.stringify(await headings(page))}`;
    throw err;
  }
  return loc.first();
}

/** Text of every heading inside a region, for failure messages. */
export async function headings(page) {
  return page.getByRole('region').getByRole('heading').allInnerTexts().catch(() => []);
}

/** Hook: the current selection, whatever shape the app gives it. */
export const selection = (page) => page.evaluate(() => window.__myomap.selection());

/** Clicks the on-screen point where the hook projects a muscle (client/CSS pixels). */
export async function clickMuscle(page, id, side) {
  const p = await page.evaluate(([i, s]) => window.__myomap.projectMuscle(i, s), [id, side]);
  assert.ok(p && Number.isFinite(p.x) && Number.isFinite(p.y), `projectMuscle('${id}','${side}') gave ${JSON.stringify(p)}`);
  await page.mouse.click(p.x, p.y);
  return p;
}

/** Searches "Search muscles" and chooses the first result that matches `result`. */
export async function searchAndChoose(page, query, result) {
  const box = page.getByRole('searchbox', { name: 'Search muscles' });
  await box.fill(query);
  const option = page.getByRole('option', { name: result }).first();
  await option.waitFor({ state: 'visible', timeout: 10_000 });
  await option.click();
}
