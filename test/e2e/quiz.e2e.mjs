// Quiz mode: a seeded generated quiz with one question of each type, answered the way a student
// does (choices, a click on the body, a brush stroke on the skin), then the results page.
import assert from 'node:assert/strict';
import { test, waitFor } from './harness.mjs';
import { canvas, settledCanvas, waitReady } from './lib/app.mjs';

const SEED = 4242;
const quiz = (page) => page.evaluate(() => window.__myomap.quiz());
const views = ['front', 'back', 'left', 'right'];

/** A model point's screen position where a click really lands on that point (not on skin in front of it). */
async function visibleAt(page, p, tolerance = 0.02) {
  const s = await page.evaluate((q) => window.__myomap.projectPoint(q), p);
  if (!s) return null;
  const hit = await page.evaluate(([x, y]) => window.__myomap.skinPointAt(x, y), [s.x, s.y]);
  if (!hit || Math.hypot(hit[0] - p[0], hit[1] - p[1], hit[2] - p[2]) > tolerance) return null;
  return s;
}

/** Turns the body until all the points can be clicked; returns their screen positions. */
async function showPoints(page, points, tolerance) {
  const tryNow = async () => {
    const out = [];
    for (const p of points) {
      const s = await visibleAt(page, p, tolerance);
      if (!s) return null;
      out.push(s);
    }
    return out;
  };
  await settledCanvas(page);
  let found = await tryNow();
  for (const v of views) {
    if (found) break;
    await page.evaluate((name) => window.__myomap.setView(name), v);
    await settledCanvas(page);
    found = await tryNow();
  }
  assert.ok(found, `could not bring ${points.length} point(s) into view`);
  return found;
}

async function check(page) {
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.locator('.explanation').waitFor({ timeout: 20_000 });
}

async function answerCurrent(page, saveScreenshot) {
  const { question: q, truth } = await quiz(page);
  assert.ok(q && truth, 'the test hook gives the question and its answer');
  switch (q.type) {
    case 'name-from-pattern': {
      await saveScreenshot('quiz-name-from-pattern', await settledCanvas(page));
      await page.locator(`input[type=radio][value="${truth.muscleId}"]`).check();
      break;
    }
    case 'which-refers':
      for (const id of truth.muscleIds) await page.locator(`input[type=checkbox][value="${id}"]`).check();
      break;
    case 'practice':
      for (const i of truth.choices) await page.locator(`.choice-list input[value="${i}"]`).check();
      break;
    case 'locate-trp': {
      const [s] = await showPoints(page, [truth.position], 0.015);
      await page.mouse.click(s.x, s.y);
      await page.getByText('Your point is the blue dot').waitFor({ timeout: 10_000 });
      assert.equal((await page.evaluate(() => window.__myomap.stage()?.pins.filter((p) => p.kind === 'answer').length)), 1, 'one answer pin on the body');
      break;
    }
    case 'draw-pattern': {
      const dabs = truth.strokes[0];
      // Paint through the centres of the essential zone: a drag on the skin with the brush.
      const pts = await showPoints(page, dabs.map((d) => d.center), 0.03);
      await page.mouse.move(pts[0].x, pts[0].y);
      await page.mouse.down();
      for (const p of pts) await page.mouse.move(p.x, p.y, { steps: 4 });
      await page.mouse.up();
      await waitFor(async () => ((await page.evaluate(() => window.__myomap.stage()?.strokes.length)) ?? 0) > 0, { message: 'a stroke on the skin' });
      break;
    }
  }
  await check(page);
  const after = await quiz(page);
  const record = after.session.answers[after.index];
  assert.ok(record, `question ${after.index + 1} (${q.type}) was marked`);
  if (q.type !== 'draw-pattern') assert.equal(record.marking.correct, true, `${q.type}: ${JSON.stringify(record.marking)}`);
  else assert.ok(record.marking.score > 0, `the drawing overlaps the essential zone: ${JSON.stringify(record.marking)}`);
  await saveScreenshot(`quiz-${q.type}`, await page.screenshot());
  return { type: q.type, score: record.marking.score };
}

test('a seeded 5-question quiz, one of each type, answered by mouse: results show the score (screenshots quiz-*)', async ({ page, baseURL, saveScreenshot }) => {
  await page.goto(`${baseURL}#/quiz`);
  await page.getByRole('heading', { name: 'Build your own quiz' }).waitFor();
  await page.getByLabel('Questions', { exact: true }).fill('5');
  await page.getByRole('button', { name: 'Start my quiz' }).click();
  await waitFor(() => page.evaluate(() => location.hash.startsWith('#/quiz/custom?seed=')), { message: 'a seeded quiz URL' });
  // The same quiz for a known seed (the URL is what makes a quiz reproducible).
  await page.evaluate((seed) => (location.hash = `#/quiz/custom?seed=${seed}`), SEED);
  await waitReady(page);
  await waitFor(async () => (await quiz(page))?.session?.seed === SEED, { timeoutMs: 30_000, message: 'the seeded session' });
  const first = await quiz(page);
  assert.deepEqual([...new Set(first.session.questions.map((q) => q.type))].sort(), ['draw-pattern', 'locate-trp', 'name-from-pattern', 'practice', 'which-refers']);

  const scores = [];
  for (let i = 0; i < 5; i++) {
    scores.push(await answerCurrent(page, saveScreenshot));
    if (i < 4) await page.getByRole('button', { name: 'Next question' }).click();
  }
  // Progress survives a reload mid-quiz… here at the end: the session is still there.
  await page.getByRole('button', { name: 'Finish quiz' }).click();
  const expected = Math.round((1000 * scores.reduce((a, s) => a + s.score, 0)) / 5) / 10;
  await page.getByRole('heading', { name: /^Results:/ }).waitFor();
  await waitFor(async () => (await page.locator('.score-big').textContent()) === `${expected}%`, { message: `score ${expected}%` });
  assert.equal(await page.locator('.review-item').count(), 5);
  await page.getByLabel('Your name (written on the result file)').fill('Ana Test');
  const code = await page.locator('.result-code').textContent();
  assert.ok(code && code.length >= 8 && code.length <= 40, `result code: ${code}`);
  await saveScreenshot('quiz-results', await page.screenshot());

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download result (CSV)' }).click()]);
  const csv = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString('utf8');
  assert.match(text, /Ana Test/);
  assert.equal(text.trim().split('\n').length, 6, 'a header and one row per question');
}, { timeoutMs: 300_000, viewport: { width: 1280, height: 800 } });

test('quiz progress survives a reload, and the same seed gives the same questions', async ({ page, baseURL }) => {
  await page.goto(`${baseURL}#/quiz/head-and-neck-headaches?seed=77`);
  await waitReady(page);
  await waitFor(async () => (await quiz(page))?.session?.seed === 77, { timeoutMs: 30_000, message: 'the session' });
  const a = await quiz(page);
  await page.getByRole('button', { name: /Check answer|Next question/ }).first().waitFor();
  const q = a.question;
  if (q.type === 'name-from-pattern') await page.locator(`input[type=radio][value="${a.truth.muscleId}"]`).check();
  else if (q.type === 'which-refers') for (const id of a.truth.muscleIds) await page.locator(`input[type=checkbox][value="${id}"]`).check();
  else if (q.type === 'practice') for (const i of a.truth.choices) await page.locator(`.choice-list input[value="${i}"]`).check();
  else return; // a 3D first question is covered by the test above
  await check(page);
  await page.getByRole('button', { name: 'Next question' }).click();
  await page.reload();
  await waitReady(page);
  await waitFor(async () => (await quiz(page))?.index === 1, { timeoutMs: 30_000, message: 'the second question after reload' });
  const b = await quiz(page);
  assert.deepEqual(b.session.questions.map((x) => x.id), a.session.questions.map((x) => x.id));
  assert.ok(b.session.answers[0], 'the first answer was kept');
}, { timeoutMs: 180_000 });

test('quiz list, presenter mode: reveal and keyboard navigation', async ({ page, baseURL, saveScreenshot }) => {
  await page.goto(`${baseURL}#/quiz`);
  await page.getByRole('heading', { name: 'Quizzes' }).waitFor();
  await saveScreenshot('quiz-list', await page.screenshot());
  await page.goto(`${baseURL}#/quiz/head-and-neck-headaches/present?seed=5`);
  await waitReady(page);
  await page.getByText('Question 1 of').waitFor();
  await page.keyboard.press('ArrowRight');
  await page.getByText('Question 2 of').waitFor();
  await page.keyboard.press('r');
  await page.locator('.explanation').waitFor();
  await saveScreenshot('quiz-presenter', await page.screenshot());
  await page.keyboard.press('ArrowLeft');
  await page.getByText('Question 1 of').waitFor();
  assert.equal(await page.locator('.explanation').count(), 0, 'the answer is hidden again on another question');
  assert.ok(await canvas(page).isVisible());
}, { timeoutMs: 180_000, viewport: { width: 1280, height: 800 } });
