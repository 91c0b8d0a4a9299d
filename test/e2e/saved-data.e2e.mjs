// Saved progress (issue 6 §4): a corrupted or partly broken save never breaks the app (notice,
// copy kept aside and downloadable), and "Your data on this device" exports, resets and imports.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test, waitFor } from './harness.mjs';
import { useCorePack } from './lib/content.mjs';

const KEY = 'myomap-state';
const PREFIX = 'myomap-state-unreadable-';
const hold = (seconds) => ({ muscleId: 'upper-trapezius', side: 'r', triggerPointId: 'tp1', seconds, date: '2026-11-20T10:00:00.000Z' });

/**
 * Writes `text` under myomap-state before the app's scripts run, on the first load of this tab
 * only (sessionStorage flag): a reload then shows what the app itself saved.
 */
async function seedOnce(page, text) {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, value);
    },
    [KEY, text],
  );
}

/** Opens the app and waits for the store (test hook), not for the 3D body: nothing here needs it. */
async function open(page, baseURL, hash = '#/explore') {
  await useCorePack(page);
  await page.goto(`${baseURL}${hash}`);
  await page.waitForFunction(() => typeof window.__myomap?.holdLog === 'function', null, { timeout: 60_000 });
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
}

const copies = (page) =>
  page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).sort().map((k) => [k, localStorage.getItem(k)]), PREFIX);

test('saved data: garbage in storage → the app loads, says so, keeps the text aside (downloadable) and starts clean', async ({ page, baseURL, saveScreenshot }) => {
  const garbage = '{"state": {"holdLog": [{"muscleId": 5}, ÿ not json';
  await seedOnce(page, garbage);
  await open(page, baseURL);
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await notice.waitFor({ timeout: 10_000 });
  assert.match(await notice.innerText(), /Your saved data could not be read, so Myomap started fresh\. A copy of what was saved is kept on this device/);
  assert.equal(await page.evaluate(() => window.__myomap.holdLog().length), 0);
  const kept = await copies(page);
  assert.equal(kept.length, 1, `one ${PREFIX}* key: ${JSON.stringify(kept)}`);
  assert.match(kept[0][0], /^myomap-state-unreadable-\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.equal(kept[0][1], garbage, 'the copy is the saved text, byte for byte');
  await saveScreenshot('saved-data-notice', notice);

  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the unreadable copy' }).click()]);
  assert.match(download.suggestedFilename(), /^myomap-unreadable-\d{4}-\d\d-\d\dT[\d-]+\.\d{3}Z\.json$/);
  assert.equal(await readFile(await download.path(), 'utf8'), garbage);

  // The clean state replaced the garbage: a reload shows no notice and no second copy.
  assert.doesNotMatch((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? '', /ÿ/);
  await page.reload();
  await page.waitForFunction(() => typeof window.__myomap?.holdLog === 'function', null, { timeout: 60_000 });
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);
  assert.equal(await notice.count(), 0, 'no notice after a reload');
  assert.equal((await copies(page)).length, 1);
});

test('saved data: a broken quiz in progress is dropped, the hold log survives, the notice names what was lost', async ({ page, baseURL }) => {
  const brokenSession = { version: 1, planId: 'q', title: 'Q', seed: 1, feedback: 'end', passMark: 50, timeLimitSeconds: null, questions: [], answers: [null], current: 0, startedAt: 0, finishedAt: null, endedBy: null };
  await seedOnce(page, JSON.stringify({ state: { holdLog: [hold(40)], audioCue: false, quizSession: brokenSession }, version: 2 }));
  await open(page, baseURL);
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await notice.waitFor({ timeout: 10_000 });
  assert.match(await notice.innerText(), /Your saved quiz in progress could not be read\. Everything else was loaded\./);
  assert.deepEqual(await page.evaluate(() => window.__myomap.holdLog()), [hold(40)]);
  assert.equal((await copies(page)).length, 1);
});

test('saved data: a version 1 save → export all → reset all → import restores the hold log (screenshots saved-data-panel, saved-data-import)', async ({ page, baseURL, saveScreenshot }) => {
  await seedOnce(page, JSON.stringify({ state: { holdLog: [hold(30), hold(60)], audioCue: true }, version: 1 }));
  await open(page, baseURL);
  assert.equal(await page.evaluate(() => window.__myomap.holdLog().length), 2, 'the v1 save was migrated with its hold log');
  const panel = page.getByRole('region', { name: 'Your data on this device' });
  await panel.waitFor({ timeout: 10_000 }).catch(() => {
    throw new Error('"Your data on this device" is not on the Explore page: <PersonalData /> (src/ui/PersonalData.tsx) must be mounted in the details sidebar');
  });
  const count = (label) => panel.locator('.data-counts > div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd').innerText();
  assert.equal(await count('Holds logged'), '2');
  await panel.scrollIntoViewIfNeeded();
  await saveScreenshot('saved-data-panel', panel);

  // Export all.
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export all (JSON)' }).click()]);
  assert.match(download.suggestedFilename(), /^myomap-data-\d{4}-\d\d-\d\d\.json$/);
  const exported = await readFile(await download.path(), 'utf8');
  const file = JSON.parse(exported);
  assert.equal(file.format, 'myomap-personal-data');
  assert.deepEqual(file.state.holdLog, [hold(30), hold(60)]);
  assert.equal(file.state.audioCue, true);

  // Reset all (confirmed).
  await panel.getByRole('button', { name: 'Reset all…' }).click();
  const reset = page.getByRole('alertdialog', { name: 'Reset all your data?' });
  await reset.getByRole('button', { name: 'Reset all', exact: true }).click();
  await reset.waitFor({ state: 'detached', timeout: 5000 });
  assert.equal(await page.evaluate(() => window.__myomap.holdLog().length), 0);
  assert.equal(await count('Holds logged'), '0');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, 'the save is gone');

  // A file that is not ours is refused with where and why; nothing changes.
  const input = panel.locator('input[type="file"]');
  await input.setInputFiles({ name: 'results.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...file, format: 'myomap-quiz-result' })) });
  await panel.getByRole('alert').filter({ hasText: 'results.json format: must be "myomap-personal-data"' }).waitFor({ timeout: 5000 });

  // Import the export: confirm shows what will be replaced, then the log is back, and saved.
  await input.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  const confirm = page.getByRole('dialog', { name: 'Replace your data with this file?' });
  await confirm.waitFor({ timeout: 5000 });
  assert.deepEqual(await confirm.getByRole('row', { name: /Holds logged/ }).getByRole('cell').allInnerTexts(), ['0', '2']);
  await saveScreenshot('saved-data-import', confirm);
  await confirm.getByRole('button', { name: 'Replace my data' }).click();
  await confirm.waitFor({ state: 'detached', timeout: 5000 });
  await waitFor(() => page.evaluate(() => window.__myomap.holdLog().length === 2), { message: 'the imported hold log' });
  assert.deepEqual(await page.evaluate(() => window.__myomap.holdLog()), [hold(30), hold(60)]);
  await page.reload();
  await page.waitForFunction(() => typeof window.__myomap?.holdLog === 'function', null, { timeout: 60_000 });
  await waitFor(() => page.evaluate(() => window.__myomap.holdLog().length === 2), { message: 'the imported hold log after a reload' });
});
