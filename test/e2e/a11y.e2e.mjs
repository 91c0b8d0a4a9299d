// Accessibility: axe-core (via @axe-core/playwright) finds no serious or critical violations in
// Explore: initially, with a muscle's panel (trigger points) open, the hold-timer dialog and the
// pack-errors dialog.
import { test } from './harness.mjs';
import { expectNoSeriousViolations } from './lib/axe.mjs';
import { expectPanelHeading, openExplore } from './lib/app.mjs';
import { fixturePath, useCorePack } from './lib/content.mjs';

test('axe: no serious or critical violations in Explore (initial, panel open, hold-timer dialog, pack-errors dialog)', async ({ page, baseURL }) => {
  await useCorePack(page);
  await openExplore(page, baseURL);
  await expectNoSeriousViolations(page, 'Explore, nothing selected');

  await openExplore(page, baseURL, '#/explore/upper-trapezius/r');
  await expectPanelHeading(page, 'Right upper trapezius');
  await page.getByRole('button', { name: 'Start hold for trigger point 1' }).waitFor({ timeout: 10_000 });
  await expectNoSeriousViolations(page, 'panel with trigger points open');

  await page.getByRole('button', { name: 'Start hold for trigger point 1' }).click();
  const timer = page.getByRole('dialog', { name: /Hold: Right upper trapezius, trigger point 1/ });
  await timer.waitFor({ timeout: 5000 });
  await expectNoSeriousViolations(page, 'hold-timer dialog');
  await page.keyboard.press('Escape');
  await timer.waitFor({ state: 'detached', timeout: 5000 }).catch(async () => {
    await timer.getByRole('button', { name: /close|cancel|stop/i }).first().click();
    await timer.waitFor({ state: 'detached', timeout: 5000 });
  });

  const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Import pack…' }).click();
  await (await chooser).setFiles(fixturePath('invalid.json'));
  await page.getByRole('alertdialog', { name: 'This pack was not loaded' }).waitFor({ timeout: 10_000 });
  await expectNoSeriousViolations(page, 'pack-errors dialog');
}, { timeoutMs: 180_000 });
