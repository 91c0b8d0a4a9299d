// Homework sheet: from the pain finder (or a muscle's panel) to a printable page; printed to PDF
// in Chromium, its text checked; the print layout saved as a screenshot to look at.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { ROOT } from '../../scripts/test/server.mjs';
import { test, waitFor } from './harness.mjs';
import { waitReady } from './lib/app.mjs';
import { isPaintRed } from './lib/content.mjs';
import { decodePng } from './lib/png.mjs';

/** All text of a PDF, page by page, whitespace collapsed. */
async function pdfText(buf) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  return { numPages: doc.numPages, text: pages.join('\n').replace(/\s+/g, ' ') };
}

/** Waits until every body picture is a decoded PNG data URL; returns their sources. */
async function waitPictures(page) {
  await waitFor(
    () =>
      page.evaluate(() => {
        const imgs = [...document.querySelectorAll('.sheet-pictures img')];
        return imgs.length >= 2 && !document.querySelector('.sheet-pictures-status') && imgs.every((i) => i.complete && i.naturalWidth > 0 && i.src.startsWith('data:image/png'));
      }),
    { timeoutMs: 90_000, message: 'the body pictures' },
  );
  return page.locator('.sheet-pictures img').evaluateAll((imgs) => imgs.map((i) => i.src));
}

test('homework sheet: pain finder → print page with body pictures → PDF text (screenshot homework-print)', async ({ page, baseURL, saveScreenshot }) => {
  await page.goto(`${baseURL}#/find`);
  await waitReady(page);
  await page.getByText('Or choose areas from a list').click();
  await page.getByLabel('Filter areas').fill('temple');
  await page.getByRole('checkbox', { name: 'Temple', exact: true }).check();
  await page.locator('.find-item').first().waitFor({ timeout: 20_000 });
  const first = (await page.locator('.find-item h3').first().textContent())?.trim() ?? '';
  assert.ok(first.startsWith('Right '), `first result: ${first}`);
  // The top three are ticked for the sheet by default.
  const ticks = page.locator('.homework-picker input[type=checkbox]');
  const states = await ticks.evaluateAll((els) => els.map((e) => e.checked));
  assert.deepEqual(states.slice(0, 3), [true, true, true], 'top three ticked');
  assert.ok(states.slice(3).every((c) => !c), 'the rest unticked');
  await saveScreenshot('homework-picker', page.locator('.homework-picker'));
  await page.getByRole('button', { name: 'Print / Save as PDF…' }).click();

  await waitFor(async () => (await page.evaluate(() => location.hash)) === '#/print', { message: '#/print' });
  await page.getByRole('heading', { name: 'Self-care homework' }).waitFor();
  await page.getByRole('heading', { name: first, exact: true }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Back' }).getAttribute('href'), '#/find');
  const srcs = await waitPictures(page);
  assert.equal(srcs.length, 6, 'front and back for each of three muscles');
  // The first muscle's pictures show a body with its pattern painted red (the temple: front view).
  const front = decodePng(Buffer.from(srcs[0].split(',')[1], 'base64'));
  let red = 0, lit = 0;
  for (let i = 0; i < front.data.length; i += 4) {
    const [r, g, b, a] = front.data.subarray(i, i + 4);
    if (a > 0 && r + g + b > 60) lit++;
    if (a > 0 && isPaintRed(r, g, b)) red++;
  }
  assert.ok(lit > front.width * front.height * 0.05, `a body is drawn (${lit} lit pixels)`);
  assert.ok(red > 20, `the pattern is painted (${red} red pixels)`);

  // Fill in, untick one exercise that is on the sheet once.
  await page.getByLabel('Client', { exact: true }).fill('Alex Example');
  await page.getByLabel("Therapist's notes").fill('Practise the jaw exercise after lunch.');
  const names = await page.locator('.sheet-exercise h5').allTextContents();
  const dropped = names.find((n) => names.filter((m) => m === n).length === 1 && names.length > 1);
  if (dropped) await page.getByLabel(`Print “${dropped}”`).uncheck();
  const kept = page.locator('.sheet-exercise[data-included=true]').first();
  const keptName = (await kept.locator('h5').textContent())?.trim() ?? '';
  const keptDosage = ((await kept.locator('p').first().textContent()) ?? '').replace('How much:', '').trim();

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results/homework.pdf'), pdf);
  const { text, numPages } = await pdfText(pdf);
  for (const want of ['Self-care homework', first, keptName, keptDosage.slice(0, 40), 'Therapist', 'Next appointment', 'not a diagnosis', 'Alex Example', 'Practise the jaw exercise', 'When to see a doctor', 'Solid red: main pain area']) {
    assert.ok(text.includes(want), `the PDF (${numPages} pages, ${pdf.length} bytes) says “${want}”: ${text.slice(0, 300)}`);
  }
  assert.ok(!text.includes('Pain finder'), 'no app header or navigation on paper');
  assert.ok(!text.includes('Print / Save as PDF'), 'no toolbar on paper');
  if (dropped) assert.ok(!text.includes(dropped), `the unticked exercise “${dropped}” is not printed`);
  assert.ok(numPages >= 2, `flows over pages (${numPages})`);
  // US Letter too (@page size: auto): the same sheet, nothing lost.
  const letter = await pdfText(await page.pdf({ format: 'Letter', printBackground: true }));
  for (const want of ['Self-care homework', first, 'Next appointment', 'not a diagnosis']) assert.ok(letter.text.includes(want), `the Letter PDF says “${want}”`);

  // Look at it: the print layout at A4 width, and the screen in dark mode.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await saveScreenshot('homework-print', await page.screenshot({ fullPage: true }));
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  await page.setViewportSize({ width: 1100, height: 900 });
  await saveScreenshot('homework-screen-dark', await page.screenshot());
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });

  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(bad, [], 'axe: no serious or critical violations on the sheet');
}, { timeoutMs: 240_000, viewport: { width: 1280, height: 800 } });

test('homework sheet from a muscle panel: one muscle, Back returns to it; empty state without a choice', async ({ page, baseURL }) => {
  await page.goto(`${baseURL}#/print`);
  await page.getByText('Choose muscles in the pain finder or a muscle\'s panel first').waitFor({ timeout: 30_000 });
  await page.goto(`${baseURL}#/explore/upper-trapezius/r`);
  await waitReady(page);
  await page.getByRole('button', { name: 'Print homework sheet' }).click();
  await page.getByRole('heading', { name: 'Right upper trapezius', exact: true }).waitFor();
  assert.equal(await page.locator('.sheet-item').count(), 1);
  assert.equal(await page.getByRole('link', { name: 'Back' }).getAttribute('href'), '#/explore/upper-trapezius/r');
  await waitPictures(page);
}, { timeoutMs: 180_000 });
