// Instructor tools (issue 5 §3): the quiz builder's exported file passes `pack validate` against the
// core pack; class results import two students' CSVs (and a dropped file) into the class table, a
// malformed file refused with its reason. axe finds no serious/critical problems on either page.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { ROOT } from '../../scripts/test/server.mjs';
import { test, waitFor } from './harness.mjs';

const VIEWPORT = { width: 1024, height: 1400 };

async function expectNoSeriousViolations(page, state) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const describe = bad.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 3).join(' ')}`).join('\n')}`);
  assert.deepEqual(describe, [], `${state}: serious/critical axe violations`);
}

/** Runs the pack CLI as a user would: `pack validate <file> --base public/content/core.json`. */
function packValidate(file) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/pack.ts', 'validate', file, '--base', 'public/content/core.json'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

test('instructor: quiz builder → Export → pack validate passes on the downloaded file; axe clean (screenshot quiz-builder)', async ({ page, baseURL, saveScreenshot }) => {
  await page.goto(`${baseURL}#/quiz/build`);
  await page.getByRole('heading', { name: 'Quiz builder' }).waitFor({ timeout: 60_000 });
  // The pack has loaded once muscles are offered.
  await page.getByLabel('Quiz id', { exact: true }).fill('e2e-neck-check');
  await page.getByLabel('Title', { exact: true }).fill('Neck check');
  await page.getByLabel('Pass mark (%)', { exact: true }).fill('60');

  await page.getByLabel('New question type', { exact: true }).selectOption('name-from-pattern');
  await page.getByRole('button', { name: 'Add question' }).click();
  const q1 = page.locator('li.qb-question').nth(0);
  await waitFor(async () => (await q1.getByLabel('Muscle', { exact: true }).locator('option[value="upper-trapezius"]').count()) === 1, { timeoutMs: 30_000, message: 'the core muscles in the muscle picker' });
  await q1.getByLabel('Muscle', { exact: true }).selectOption('upper-trapezius');
  await q1.getByLabel('Side', { exact: true }).selectOption('l');

  await page.getByLabel('New question type', { exact: true }).selectOption('multiple-choice');
  await page.getByRole('button', { name: 'Add question' }).click();
  const q2 = page.locator('li.qb-question').nth(1);
  await q2.getByLabel('Question text', { exact: true }).fill('How long is sustained compression of a trigger point usually held?');
  await q2.getByLabel('Choice 1', { exact: true }).fill('About 30 to 90 seconds');
  await q2.getByLabel('Choice 2', { exact: true }).fill('About 5 seconds');
  await q2.getByRole('button', { name: 'Add a choice' }).click();
  await q2.getByLabel('Choice 3', { exact: true }).fill('Ten minutes or more');
  // Not valid yet: no correct choice. The problem shows with its path.
  await page.getByText('questions[1].choices', { exact: true }).waitFor({ timeout: 10_000 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await q2.locator('fieldset.qb-choices').scrollIntoViewIfNeeded();
  await expectNoSeriousViolations(page, 'quiz builder with problems, dark scheme');
  await saveScreenshot('quiz-builder-errors-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await q2.getByLabel('Correct (choice 1)', { exact: true }).check();
  await q2.getByLabel('Explanation shown with the answer', { exact: true }).fill('Pressure is held until the tenderness eases, usually 30 to 90 seconds.');
  await q2.locator('.qb-sources input[type="checkbox"]').first().check();

  await page.getByLabel(/Add questions generated from the pack/).check();
  const generate = page.locator('fieldset.qb-generate');
  await generate.getByLabel('Neck', { exact: true }).check();
  await generate.getByLabel('Number of generated questions', { exact: true }).fill('5');

  await page.getByText('The quiz is valid and ready to export.').waitFor({ timeout: 10_000 });
  await expectNoSeriousViolations(page, 'quiz builder, filled in');
  await saveScreenshot('quiz-builder');
  await page.locator('section.qb-check').scrollIntoViewIfNeeded();
  await saveScreenshot('quiz-builder-questions');

  const download = page.waitForEvent('download', { timeout: 15_000 });
  await page.getByRole('button', { name: 'Export quiz file' }).click();
  const d = await download;
  assert.equal(d.suggestedFilename(), 'quiz-e2e-neck-check.json');
  const dir = join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'quiz-e2e-neck-check.json');
  await d.saveAs(file);

  const pack = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(pack.quizzes.length, 1);
  const quiz = pack.quizzes[0];
  assert.deepEqual(
    quiz.questions.map((q) => [q.type, q.muscle ?? null]),
    [
      ['name-from-pattern', 'upper-trapezius'],
      ['multiple-choice', null],
    ],
  );
  assert.deepEqual(quiz.generate, { regions: ['neck'], muscles: [], types: ['name-from-pattern', 'locate-trp', 'draw-pattern', 'which-refers', 'practice'], count: 5 });
  assert.equal(quiz.passMark, 60);
  const v = packValidate(file);
  assert.equal(v.status, 0, `pack validate failed:\n${v.output}`);

  // A phone-width screen: nothing wider than the page (long lists scroll inside their own boxes).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('li.qb-question').nth(1).scrollIntoViewIfNeeded();
  const overflow = await page.evaluate(() => {
    const pageEl = document.querySelector('.mode-page');
    const wide = [...document.querySelectorAll('.quiz-builder *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scroll: pageEl.scrollWidth - pageEl.clientWidth, wide: wide.slice(0, 5) };
  });
  assert.ok(overflow.scroll <= 1 && overflow.wide.length === 0, `the builder overflows a 390 px screen: ${JSON.stringify(overflow)}`);
  await saveScreenshot('quiz-builder-narrow');
}, { viewport: VIEWPORT, timeoutMs: 240_000 });

const CSV_HEAD = 'student,quizId,quizTitle,seed,startedAt,finishedAt,durationSeconds,score,passed,questionId,type,muscleId,questionScore,correct,given,expected';
function studentCsv(student, score, answers) {
  const head = `${student},head-and-neck-headaches,Head and neck headaches,4711,2026-11-23T09:00:00Z,2026-11-23T09:09:30Z,570,${score},${score >= 70}`;
  return `${[CSV_HEAD, ...answers.map(([q, muscle, s]) => `${head},${q},name-from-pattern,${muscle},${s},${s >= 1},${s >= 1 ? muscle : 'temporalis'},${muscle}`)].join('\r\n')}\r\n`;
}

test('instructor: class results import two students\' CSVs and a dropped file, refuse a malformed one; axe clean (screenshot quiz-class)', async ({ page, baseURL, saveScreenshot }) => {
  await page.goto(`${baseURL}#/quiz/class`);
  await page.getByRole('heading', { name: 'Class results' }).waitFor({ timeout: 60_000 });
  const input = page.getByLabel('Result files from students (.json or .csv)');
  await input.setInputFiles([
    { name: 'ana.csv', mimeType: 'text/csv', buffer: Buffer.from(studentCsv('Ana Silva', 100, [['name-upper-trapezius', 'upper-trapezius', 1], ['name-temporalis', 'temporalis', 1]])) },
    { name: 'ben.csv', mimeType: 'text/csv', buffer: Buffer.from(studentCsv('Ben Okafor', 50, [['name-upper-trapezius', 'upper-trapezius', 1], ['name-temporalis', 'temporalis', 0]])) },
    { name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('name,score\nCarl,80\n') },
  ]);
  const students = page.getByRole('table', { name: /^Students/ });
  await students.waitFor({ timeout: 10_000 });
  const names = async () => (await students.locator('tbody tr').allInnerTexts()).map((t) => t.split('\t')[0].trim());
  await waitFor(async () => (await names()).length === 2, { message: 'two student rows' });
  assert.deepEqual(await names(), ['Ana Silva', 'Ben Okafor']);
  const refused = await page.locator('.cr-refused').innerText();
  assert.match(refused, /notes\.csv: not a Myomap result CSV: missing columns/);

  // A file dropped on the zone joins the class (and is not taken for a content pack).
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'cleo.csv', { type: 'text/csv' }));
    const zone = document.querySelector('.cr-drop');
    for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, studentCsv('Cleo Tan', 50, [['name-upper-trapezius', 'upper-trapezius', 0], ['name-temporalis', 'temporalis', 1]]));
  await waitFor(async () => (await names()).length === 3, { message: 'the dropped student' });
  assert.equal(await page.getByRole('alertdialog').count(), 0, 'no pack dialog for a dropped result file');

  const hardest = await page.getByRole('table', { name: /^Hardest muscles/ }).locator('tbody tr').allInnerTexts();
  assert.equal(hardest.length, 2);
  await expectNoSeriousViolations(page, 'class results with three students');
  await saveScreenshot('quiz-class');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousViolations(page, 'class results, dark scheme');
  await saveScreenshot('quiz-class-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  const download = page.waitForEvent('download', { timeout: 15_000 });
  await page.getByRole('button', { name: 'Export class CSV' }).click();
  assert.equal((await download).suggestedFilename(), 'class-results.csv');
}, { viewport: VIEWPORT, timeoutMs: 180_000 });
