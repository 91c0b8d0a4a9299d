// The guided hold timer, with a short practice range loaded through ?pack= (served by page.route).
import assert from 'node:assert/strict';
import { test, waitFor } from './harness.mjs';
import { expectPanelHeading, openExplore } from './lib/app.mjs';
import { serveFixture, useCorePack } from './lib/content.mjs';

async function openWithShortHolds(page, baseURL) {
  await useCorePack(page);
  await serveFixture(page, '**/test-packs/short-holds.json', 'short-holds.json');
  await openExplore(page, baseURL, '?pack=test-packs/short-holds.json&packMode=extend#/explore/upper-trapezius/r');
  await expectPanelHeading(page, 'Right upper trapezius');
  await waitFor(() => page.evaluate(() => window.__myomap.packs().user.includes('short-holds')), { message: 'the ?pack= pack to be active' });
  await page.getByRole('status').filter({ hasText: 'Short practice holds' }).getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await page.evaluate(() => location.search), '', '?pack= is removed from the address after import');
}

const dialog = (page) => page.getByRole('dialog', { name: /Hold: Right upper trapezius, trigger point 1/ });
const elapsed = (page) => dialog(page).locator('.timer-elapsed').innerText();

test('hold timer: build-up, hold in the band, release, rest, 2 repetitions; Space pauses; holds are logged and kept (screenshot timer)', async ({ page, baseURL, saveScreenshot }) => {
  await openWithShortHolds(page, baseURL);
  await page.getByRole('button', { name: 'Start hold for trigger point 1' }).click();
  const d = dialog(page);
  await d.waitFor({ state: 'visible', timeout: 5000 });
  assert.match(await d.innerText(), /target 0:05–0:06/);
  for (const reason of ['sharp, electric or radiating pain', 'numbness or tingling', 'pain above 7 out of 10']) assert.ok(await d.getByText(reason).isVisible(), `stop reason "${reason}" listed`);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Begin', 'focus starts on Begin');

  await page.keyboard.press('Space'); // Begin
  await d.getByText('Build up pressure slowly').waitFor({ timeout: 5000 });
  await d.getByText('Hold steady').waitFor({ timeout: 8000 });
  // Space pauses (focus is on Pause); elapsed time stands still; Space again resumes.
  await page.keyboard.press('Space');
  await d.getByRole('button', { name: 'Resume' }).waitFor({ timeout: 2000 });
  const frozen = await elapsed(page);
  await page.waitForTimeout(1500);
  assert.equal(await elapsed(page), frozen, 'paused: the elapsed time does not move');
  await page.keyboard.press('Space');
  await d.getByRole('button', { name: 'Pause' }).waitFor({ timeout: 2000 });
  await d.getByText('In the target band').waitFor({ timeout: 10_000 });
  await saveScreenshot('timer');
  await d.getByText('Release slowly').waitFor({ timeout: 5000 });
  await d.getByText('Rest', { exact: true }).waitFor({ timeout: 6000 });
  await d.getByText('Hold 2 of 2').waitFor({ timeout: 10_000 });
  await d.getByText('Done', { exact: true }).waitFor({ timeout: 20_000 });
  assert.match(await d.innerText(), /2 holds logged/);
  const log = await page.evaluate(() => window.__myomap.holdLog());
  assert.equal(log.length, 2, `hold log: ${JSON.stringify(log)}`);
  for (const h of log) {
    assert.equal(h.muscleId, 'upper-trapezius');
    assert.equal(h.side, 'r');
    assert.equal(h.triggerPointId, 'tp1');
    assert.ok(h.seconds >= 5.5 && h.seconds <= 6.01, `held ${h.seconds} s (max 6)`);
    assert.ok(!Number.isNaN(Date.parse(h.date)), `date ${h.date}`);
  }
  await page.keyboard.press('Escape');
  await d.waitFor({ state: 'detached', timeout: 5000 });
  assert.match(await page.locator('.trp').first().innerText(), /Logged: 2 holds/);

  // The log survives a reload (localStorage via zustand persist).
  await page.reload();
  await waitFor(() => page.evaluate(() => window.__myomap?.holdLog().length === 2), { message: 'the hold log after reload' });
}, { timeoutMs: 150_000 });

test('hold timer: Escape stops at once and says what to do; nothing half-held is logged', async ({ page, baseURL }) => {
  await openWithShortHolds(page, baseURL);
  await page.getByRole('button', { name: 'Start hold for trigger point 1' }).click();
  const d = dialog(page);
  await d.getByRole('button', { name: 'Begin' }).click();
  await d.getByText('Build up pressure slowly').waitFor({ timeout: 5000 });
  await page.keyboard.press('Escape');
  await d.getByText('Stopped', { exact: true }).waitFor({ timeout: 3000 });
  assert.match(await d.innerText(), /do not continue/);
  assert.equal(await page.evaluate(() => window.__myomap.holdLog().length), 0);
  await d.getByRole('button', { name: 'Close' }).click();
  await d.waitFor({ state: 'detached', timeout: 5000 });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Start hold for trigger point 1', 'focus returns to Start hold');
});

test('a corrupted saved state does not break the app: it starts fresh with a notice', async ({ page, baseURL }) => {
  await page.addInitScript(() => localStorage.setItem('myomap-state', '{"state": {"holdLog": [{"muscleId": 5}'));
  await useCorePack(page);
  await openExplore(page, baseURL, '#/explore/upper-trapezius/r');
  await expectPanelHeading(page, 'Right upper trapezius');
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await notice.waitFor({ timeout: 5000 });
  assert.equal(await page.evaluate(() => window.__myomap.holdLog().length), 0);
});
