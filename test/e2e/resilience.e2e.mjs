// The app without WebGL, and after the GPU context is lost and restored.
import assert from 'node:assert/strict';
import { NO_WEBGL_ARGS } from '../../scripts/test/browser.mjs';
import { test, waitFor } from './harness.mjs';
import { assertBodyDrawn, expectPanelHeading, openExplore, searchAndChoose, settledCanvas } from './lib/app.mjs';
import { changedShare, pct } from './lib/pixels.mjs';

test('without WebGL an alert says so and search still selects a muscle', async ({ openPage, baseURL }) => {
  const page = await openPage({ extraArgs: NO_WEBGL_ARGS });
  await page.goto(`${baseURL}#/explore`);
  const hasWebGL = await page.evaluate(() => {
    const c = document.createElement('canvas');
    return Boolean(c.getContext('webgl2') || c.getContext('webgl'));
  });
  assert.equal(hasWebGL, false, 'the browser was started without WebGL');
  const alert = page.getByRole('alert').filter({ hasText: /WebGL/i });
  await alert.first().waitFor({ state: 'visible', timeout: 30_000 });
  await searchAndChoose(page, 'SCM', /sternocleidomastoid/i);
  await expectPanelHeading(page, /sternocleidomastoid/i);
}, { allowConsoleErrors: true });

test('after WEBGL_lose_context loseContext → restoreContext the body is drawn again', async ({ page, baseURL }) => {
  await openExplore(page, baseURL);
  const before = await settledCanvas(page);
  const lost = await page.evaluate(() => {
    const c = document.querySelector('canvas');
    const gl = c.getContext('webgl2') ?? c.getContext('webgl');
    const ext = gl?.getExtension('WEBGL_lose_context');
    if (!ext) return 'no WEBGL_lose_context';
    window.__testLose = { gl, ext };
    ext.loseContext();
    return gl.isContextLost();
  });
  assert.equal(lost, true, `context lost (${lost})`);
  await page.waitForTimeout(500);
  const framesBefore = await page.evaluate(() => window.__myomap.frames);
  await page.evaluate(() => window.__testLose.ext.restoreContext());
  await waitFor(() => page.evaluate(() => !window.__testLose.gl.isContextLost()), { message: 'the context to come back' });
  await waitFor(() => page.evaluate((n) => window.__myomap.frames > n, framesBefore), { timeoutMs: 20_000, message: 'new frames after restore' });
  const after = await settledCanvas(page);
  assertBodyDrawn(after, 'after context restore');
  const d = changedShare(before, after);
  assert.ok(d < 0.02, `the picture after restore differs from before in ${pct(d)} of pixels`);
});
