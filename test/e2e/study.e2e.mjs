// Study mode: a session of five cards graded with the keyboard (1–4), scheduled by FSRS.
import assert from 'node:assert/strict';
import { test, waitFor } from './harness.mjs';
import { waitReady } from './lib/app.mjs';

test('a study session of 5 cards graded with the keys; the queue and progress follow (screenshot study-card)', async ({ page, baseURL, saveScreenshot }) => {
  await page.goto(`${baseURL}#/study`);
  await waitReady(page);
  const counts = page.locator('.study-queue-counts');
  await counts.waitFor();
  const before = await counts.textContent();
  await page.getByRole('button', { name: 'Start studying' }).click();
  for (let i = 0; i < 5; i++) {
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.locator('.grade-row').waitFor();
    if (i === 0) await saveScreenshot('study-card', await page.screenshot());
    await page.keyboard.press(i === 1 ? '1' : '3');
    await waitFor(async () => ((await page.evaluate(() => window.__myomap.study().reviewLog.length)) ?? 0) === i + 1, { message: `review ${i + 1} recorded` });
  }
  const study = await page.evaluate(() => window.__myomap.study());
  const grades = study.reviewLog.map((r) => r.grade);
  assert.deepEqual(grades, [3, 1, 3, 3, 3]);
  for (const r of study.reviewLog) assert.ok(study.states[r.cardId].due > r.at, 'each graded card is scheduled ahead');
  await page.getByRole('button', { name: 'Stop' }).click();
  await waitFor(async () => (await counts.textContent()) !== before, { message: `the queue counts change (before: ${before})` });
  await page.getByRole('heading', { name: 'Progress by region' }).waitFor();
}, { timeoutMs: 180_000, viewport: { width: 1280, height: 800 } });
