// What the Explore view draws: a body, camera views, layers, skin opacity, the mobile layout.
import assert from 'node:assert/strict';
import { test } from './harness.mjs';
import { assertBodyDrawn, assertChanged, expectPanelHeading, openExplore, panelHeading, searchAndChoose, settledCanvas } from './lib/app.mjs';
import { changedShare, pct } from './lib/pixels.mjs';

test('Explore renders a non-blank body', async ({ page, baseURL }) => {
  await openExplore(page, baseURL);
  assertBodyDrawn(await settledCanvas(page), 'Explore canvas');
  const info = await page.evaluate(() => window.__myomap.renderInfo());
  assert.ok(info.calls > 0 && info.triangles > 1000, `renderInfo() = ${JSON.stringify(info)}`);
});

test('view buttons turn the camera (screenshots front, back, left, right; skin hidden)', async ({ page, baseURL, saveScreenshot }) => {
  await openExplore(page, baseURL);
  const initial = await settledCanvas(page);
  const shots = {};
  for (const name of ['Front', 'Back', 'Left', 'Right', 'Top', 'Reset view']) {
    const button = page.getByRole('button', { name, exact: true });
    assert.equal(await button.count(), 1, `one button named "${name}"`);
    await button.click();
    shots[name] = await settledCanvas(page);
    assertBodyDrawn(shots[name], `view ${name}`);
    if (['Front', 'Back', 'Left', 'Right'].includes(name)) await saveScreenshot(name.toLowerCase(), shots[name]);
  }
  assertChanged(shots.Front, shots.Back, 'Front → Back', 0.01);
  assertChanged(shots.Left, shots.Right, 'Left → Right', 0.01);
  assertChanged(shots.Front, shots.Left, 'Front → Left', 0.01);
  assertChanged(shots.Front, shots.Top, 'Front → Top', 0.01);
  const back = changedShare(initial, shots['Reset view']);
  assert.ok(back < 0.01, `Reset view should return to the opening view; ${pct(back)} of pixels differ`);
});

test('"Skeleton" and "Superficial muscles" change what is drawn', async ({ page, baseURL }) => {
  await openExplore(page, baseURL);
  for (const name of ['Skeleton', 'Superficial muscles']) {
    const box = page.getByRole('checkbox', { name, exact: true });
    assert.equal(await box.count(), 1, `one checkbox named "${name}"`);
    const before = await settledCanvas(page);
    const was = await box.isChecked();
    await box.click();
    assert.equal(await box.isChecked(), !was, `"${name}" toggles`);
    const after = await settledCanvas(page);
    assertChanged(before, after, `toggling "${name}"`);
    await box.click();
    const again = await settledCanvas(page);
    const back = changedShare(before, again);
    assert.ok(back < 0.01, `toggling "${name}" twice should restore the picture; ${pct(back)} of pixels differ`);
  }
});

test('"Skin opacity" starts at 0 and at 1 shows the skin (screenshot skin)', async ({ page, baseURL, saveScreenshot }) => {
  await openExplore(page, baseURL);
  const slider = page.getByRole('slider', { name: 'Skin opacity' });
  assert.equal(await slider.count(), 1, 'one slider named "Skin opacity"');
  const value = () => slider.evaluate((el) => Number(el.value ?? el.getAttribute('aria-valuenow')));
  assert.equal(await value(), 0, 'skin opacity defaults to 0');
  const hidden = await settledCanvas(page);
  await slider.focus();
  await page.keyboard.press('End');
  assert.equal(await value(), 1, 'End moves the slider to 1');
  const shown = await settledCanvas(page);
  assertBodyDrawn(shown, 'skin shown');
  assertChanged(hidden, shown, 'skin opacity 0 → 1', 0.02);
  await saveScreenshot('skin', shown);
});

test('mobile 390×844: the body fits, no sideways scrolling, search selects a muscle (screenshot mobile)', async ({ page, baseURL, saveScreenshot }) => {
  await openExplore(page, baseURL);
  assertBodyDrawn(await settledCanvas(page), 'mobile canvas');
  await saveScreenshot('mobile');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  // On a phone the search may sit in a drawer behind a "Muscles" button.
  const search = page.getByRole('searchbox', { name: 'Search muscles' });
  if (!(await search.isVisible())) {
    const opener = page.getByRole('button', { name: /muscles/i }).first();
    assert.ok(await opener.isVisible(), 'the search box, or a "Muscles" button that shows it, is visible on a phone');
    await opener.click();
  }
  await search.waitFor({ state: 'visible', timeout: 5000 });
  await searchAndChoose(page, 'SCM', /sternocleidomastoid/i);
  // …and the details may sit behind a "Details" button.
  if (!(await panelHeading(page, /sternocleidomastoid/i).first().isVisible())) {
    await page.getByRole('button', { name: /details/i }).first().click();
  }
  await expectPanelHeading(page, /sternocleidomastoid/i);
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && getComputedStyle(el).position !== 'fixed')
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 20)}"`),
  );
  assert.ok(overflow <= 0, `at 390 px the page scrolls sideways by ${overflow}px; wider than the screen: ${wide.join(', ')}`);
}, { viewport: { width: 390, height: 844 } });
