// Content-pack helpers for the browser tests: serve fixture packs by intercepting requests, and
// find referral-red pixels in canvas screenshots.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/test/server.mjs';
import { decodePng } from './png.mjs';

export const FIXTURES = join(ROOT, 'test/fixtures/packs');
export const fixturePath = (name) => join(FIXTURES, name);
export const fixtureText = (name) => readFileSync(fixturePath(name), 'utf8');

/** Serves test/fixtures/packs/<name> as the core pack (content/core.json). */
export async function useCorePack(page, name = 'core-mini.json') {
  await page.route('**/content/core.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: fixtureText(name) }));
}

/** Serves a fixture at a same-origin path (e.g. /test-packs/short-holds.json). */
export async function serveFixture(page, urlGlob, name) {
  await page.route(urlGlob, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: fixtureText(name) }));
}

/** Referral paint: saturated red (#e3121b, flat-shaded) — muscles are a duller red-brown. */
export const isPaintRed = (r, g, b) => r > 150 && g < 0.28 * r && b < 0.3 * r;

/**
 * Paint-red pixels of a canvas screenshot: count, centroid (in screenshot pixels) and, with
 * `near` {x, y, radius} (screenshot pixels), the count inside that circle.
 */
export function redPixels(png, near) {
  const { width: w, height: h, data: d } = decodePng(png);
  let count = 0, sx = 0, sy = 0, inside = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4;
      if (!isPaintRed(d[i], d[i + 1], d[i + 2])) continue;
      count++;
      sx += x;
      sy += y;
      if (near && Math.hypot(x - near.x, y - near.y) <= near.radius) inside++;
    }
  }
  return { count, inside, cx: count ? sx / count : NaN, cy: count ? sy / count : NaN, width: w, height: h };
}

/** The hook's referral projection, once the selection's zones are painted. */
export async function waitPainted(page, timeoutMs = 20_000) {
  await page.waitForFunction(() => (window.__myomap?.referral()?.painted ?? 0) > 0, null, { timeout: timeoutMs, polling: 100 });
  return page.evaluate(() => window.__myomap.referral());
}
