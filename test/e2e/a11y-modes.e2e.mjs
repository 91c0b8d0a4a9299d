// Accessibility of the modes beyond Explore: axe (0 serious/critical) on the quiz list, a question of
// each type before and after checking, the results, presenter mode, the pain finder with results and
// a study card; the 3D questions answered through their keyboard alternatives only.
import assert from 'node:assert/strict';
import { test, waitFor } from './harness.mjs';
import { waitReady } from './lib/app.mjs';
import { expectNoSeriousViolations } from './lib/axe.mjs';

const quiz = (page) => page.evaluate(() => window.__myomap.quiz());

/** Answers the current question with the keyboard only (Tab to a control, Space to tick). */
async function answerByKeyboard(page, q, truth) {
  const press = async (locator) => {
    await locator.focus();
    await page.keyboard.press('Space');
  };
  if (q.type === 'name-from-pattern') await press(page.locator(`input[type=radio][value="${truth.muscleId}"]`));
  else if (q.type === 'which-refers') for (const id of truth.muscleIds) await press(page.locator(`input[type=checkbox][value="${id}"]`));
  else if (q.type === 'practice') for (const i of truth.choices) await press(page.locator(`.choice-list input[value="${i}"]`));
  else if (q.type === 'locate-trp') {
    await press(page.getByText('Choose from a list of spots instead'));
    await press(page.locator('.choice-list input[type=radio]').first());
  } else if (q.type === 'draw-pattern') {
    await press(page.getByText('Pick areas from a list instead'));
    await press(page.locator('.region-list input[type=checkbox]').first());
  }
}

test('axe and keyboard in quiz mode: list, each question type before and after checking, results, presenter', async ({ page, baseURL }) => {
  await page.goto(`${baseURL}#/quiz`);
  await page.getByRole('heading', { name: 'Build your own quiz' }).waitFor();
  await expectNoSeriousViolations(page, 'quiz list');
  await page.getByLabel('Questions', { exact: true }).fill('5');
  await page.getByRole('button', { name: 'Start my quiz' }).click();
  await waitReady(page);
  await waitFor(async () => (await quiz(page))?.session?.questions.length === 5, { timeoutMs: 30_000, message: 'a 5-question session' });
  for (let i = 0; i < 5; i++) {
    const { question: q, truth } = await quiz(page);
    await expectNoSeriousViolations(page, `question ${q.type}`);
    await answerByKeyboard(page, q, truth);
    const checkButton = page.getByRole('button', { name: 'Check answer' });
    await waitFor(() => checkButton.isEnabled(), { message: `${q.type}: answered from the keyboard` });
    await checkButton.focus();
    await page.keyboard.press('Enter');
    await page.locator('.explanation').waitFor();
    await expectNoSeriousViolations(page, `question ${q.type}, checked`);
    await page.getByRole('button', { name: i < 4 ? 'Next question' : 'Finish quiz' }).click();
  }
  await page.getByRole('heading', { name: /^Results:/ }).waitFor();
  await expectNoSeriousViolations(page, 'results');
  await page.getByRole('button', { name: 'Show on the body' }).first().click();
  await expectNoSeriousViolations(page, 'results, one answer shown on the body');

  await page.goto(`${baseURL}#/quiz/safe-practice/present?seed=3`);
  await page.getByText('Question 1 of').waitFor();
  await page.keyboard.press('r');
  await page.locator('.explanation').waitFor();
  await expectNoSeriousViolations(page, 'presenter, answer revealed');
}, { timeoutMs: 300_000, viewport: { width: 1280, height: 800 } });

test('axe in the pain finder (results listed) and study mode (a card answered)', async ({ page, baseURL }) => {
  await page.goto(`${baseURL}#/find`);
  await waitReady(page);
  await page.getByText('Or choose areas from a list').click();
  await page.getByLabel('Filter areas').fill('temple');
  await page.getByRole('checkbox', { name: 'Temple' }).check();
  await page.locator('.find-item').first().waitFor();
  await expectNoSeriousViolations(page, 'pain finder with results');

  await page.goto(`${baseURL}#/study`);
  await page.getByRole('button', { name: 'Start studying' }).click();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.locator('.grade-row').waitFor();
  await expectNoSeriousViolations(page, 'study card answered');
  const names = await page.locator('.grade-row button').allTextContents();
  assert.equal(names.length, 4);
}, { timeoutMs: 180_000, viewport: { width: 1280, height: 800 } });
