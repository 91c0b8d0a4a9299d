// Pain finder: paint where it hurts (or pick areas from the list) → muscles that commonly refer there.
import assert from 'node:assert/strict';
import { test, waitFor } from './harness.mjs';
import { settledCanvas, waitReady } from './lib/app.mjs';

const resultNames = (page) => page.locator('.find-item h3').allTextContents();

test('painting the right temple lists the temporalis and upper trapezius among the top results (screenshot find-temple)', async ({ page, baseURL, saveScreenshot }) => {
  await page.goto(`${baseURL}#/find`);
  await waitReady(page);
  await page.getByText('Educational, not a diagnosis.').waitFor();
  await page.evaluate(() => window.__myomap.setView('right'));
  await settledCanvas(page);
  // A short stroke over the temple: points a centimetre or two around the landmark, on screen.
  const temple = await page.evaluate(() => window.__myomap.projectLandmark('temple', 'r'));
  assert.ok(temple, 'the temple is on screen');
  const hit = await page.evaluate(([x, y]) => window.__myomap.skinPointAt(x, y), [temple.x, temple.y]);
  assert.ok(hit, 'a press at the temple lands on the skin');
  const around = [[0, -0.01, 0.01], [0, 0, 0], [0, 0.01, -0.01], [0, 0.02, -0.02], [0, 0.01, 0.01]];
  const points = [];
  for (const [dx, dy, dz] of around) {
    const s = await page.evaluate((p) => window.__myomap.projectPoint(p), [hit[0] + dx, hit[1] + dy, hit[2] + dz]);
    assert.ok(s, 'stroke point on screen');
    points.push(s);
  }
  await page.mouse.move(points[0].x, points[0].y);
  await page.mouse.down();
  for (const p of points) await page.mouse.move(p.x, p.y, { steps: 3 });
  await page.mouse.up();
  await waitFor(async () => (await resultNames(page)).length > 0, { timeoutMs: 20_000, message: 'results' });
  const top = (await resultNames(page)).slice(0, 5);
  assert.ok(top.includes('Right temporalis'), `top 5: ${top.join(', ')}`);
  assert.ok(top.includes('Right upper trapezius'), `top 5: ${top.join(', ')}`);
  // Why, and its trigger point on the body.
  const item = page.locator('.find-item', { has: page.getByRole('heading', { name: 'Right upper trapezius' }) });
  assert.ok(((await item.locator('p').first().textContent()) ?? '').length > 20, 'each result says why');
  await item.getByRole('button', { name: /Show its trigger point/ }).click();
  await waitFor(async () => (await page.evaluate(() => window.__myomap.stage()?.pattern?.muscleId)) === 'upper-trapezius', { message: 'the pattern on the body' });
  await settledCanvas(page);
  await saveScreenshot('find-temple', await page.screenshot());
  await page.getByRole('heading', { name: 'When to see a professional' }).waitFor();
}, { timeoutMs: 180_000, viewport: { width: 1280, height: 800 } });

test('the pain finder works from the keyboard: areas from a list, both sides', async ({ page, baseURL }) => {
  await page.goto(`${baseURL}#/find`);
  await waitReady(page);
  await page.getByText('Or choose areas from a list').click();
  await page.getByLabel('Both sides').check();
  await page.getByLabel('Filter areas').fill('back of the head');
  await page.getByRole('checkbox', { name: 'Back of the head' }).check();
  await waitFor(async () => (await resultNames(page)).length > 0, { timeoutMs: 20_000, message: 'results' });
  const names = await resultNames(page);
  assert.ok(names.some((n) => n.startsWith('Left ')) && names.some((n) => n.startsWith('Right ')), `both sides listed: ${names.join(', ')}`);
  assert.ok(names.slice(0, 6).some((n) => /suboccipital|semispinalis|splenius/i.test(n)), `neck extensors near the top: ${names.join(', ')}`);
}, { timeoutMs: 120_000 });
