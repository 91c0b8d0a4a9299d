// Choosing a muscle: search, click on the body, empty space, deep links, keyboard only.
import assert from 'node:assert/strict';
import { test, waitFor } from './harness.mjs';
import { clickMuscle, expectPanelHeading, openExplore, panelHeading, searchAndChoose, selection, settledCanvas } from './lib/app.mjs';

const hash = (page) => page.evaluate(() => location.hash);

test('search "SCM" and choose the result: the panel shows sternocleidomastoid', async ({ page, baseURL }) => {
  await openExplore(page, baseURL);
  await searchAndChoose(page, 'SCM', /sternocleidomastoid/i);
  await expectPanelHeading(page, /sternocleidomastoid/i);
});

test('click on the body selects "Right upper trapezius"; a click on empty space clears it (screenshot selected)', async ({ page, baseURL, saveScreenshot }) => {
  await openExplore(page, baseURL);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await settledCanvas(page);
  await clickMuscle(page, 'upper-trapezius', 'r');
  await expectPanelHeading(page, 'Right upper trapezius');
  assert.match(JSON.stringify(await selection(page)), /upper-trapezius/, 'selection() names the muscle');
  await settledCanvas(page);
  await saveScreenshot('selected');

  // A corner of the canvas where nothing is drawn and no control covers it.
  const corner = await page.evaluate(() => {
    const c = document.querySelector('canvas');
    const r = c.getBoundingClientRect();
    const pts = [[r.left + 8, r.bottom - 8], [r.right - 8, r.bottom - 8], [r.left + 8, r.top + 8], [r.right - 8, r.top + 8]];
    return pts.find(([x, y]) => document.elementFromPoint(x, y) === c && !window.__myomap.pickAt(x, y)) ?? null;
  });
  assert.ok(corner, 'a canvas corner free of controls and of the body');
  await page.mouse.click(corner[0], corner[1]);
  await waitFor(async () => (await panelHeading(page, 'Right upper trapezius').count()) === 0, { message: 'the panel to close' });
  const sel = await selection(page);
  assert.ok(sel === null || sel === undefined || (typeof sel === 'object' && !sel.id && !sel.muscle), `selection() after clearing: ${JSON.stringify(sel)}`);
});

test('deep link #/explore/gluteus-medius/l opens "Left gluteus medius"; the URL follows a new selection', async ({ page, baseURL }) => {
  await openExplore(page, baseURL, '#/explore/gluteus-medius/l');
  await expectPanelHeading(page, 'Left gluteus medius');
  await searchAndChoose(page, 'upper trapezius', /upper trapezius/i);
  await expectPanelHeading(page, /upper trapezius/i);
  const h = await waitFor(async () => /^#\/explore\/upper-trapezius\/[lr]$/.test(await hash(page)) && (await hash(page)), {
    message: 'the URL to become #/explore/upper-trapezius/<side>',
  });
  const side = h.endsWith('/r') ? 'Right' : 'Left';
  await expectPanelHeading(page, `${side} upper trapezius`);
});

test('keyboard only: Tab to the "Muscles by region" tree, arrows to a muscle, Enter selects it', async ({ page, baseURL }) => {
  await openExplore(page, baseURL);
  const tree = page.getByRole('tree', { name: 'Muscles by region' });
  assert.equal(await tree.count(), 1, 'one tree named "Muscles by region"');
  const inTree = () => tree.evaluate((t) => t.contains(document.activeElement));
  let tabs = 0;
  while (!(await inTree())) {
    assert.ok(++tabs <= 80, 'Tab reaches the tree within 80 presses');
    await page.keyboard.press('Tab');
  }
  /** The focused tree item (roving tabindex, or aria-activedescendant on the tree). */
  const focused = () =>
    page.evaluate(() => {
      let el = document.activeElement;
      const active = el?.getAttribute('aria-activedescendant');
      if (active) el = document.getElementById(active);
      const item = el?.closest('[role=treeitem]');
      if (!item) return null;
      const label = (item.getAttribute('aria-label') ?? item.querySelector(':scope > *')?.textContent ?? item.textContent ?? '').trim();
      return { expanded: item.getAttribute('aria-expanded'), label };
    });
  let item;
  for (let steps = 0; ; steps++) {
    assert.ok(steps <= 40, 'arrow keys reach a muscle within 40 presses');
    item = await focused();
    if (item && item.expanded === null) break; // a leaf: a muscle
    await page.keyboard.press(item?.expanded === 'false' ? 'ArrowRight' : 'ArrowDown');
  }
  const before = await page.getByRole('region').getByRole('heading').allInnerTexts();
  await page.keyboard.press('Enter');
  const name = item.label.toLowerCase().replace(/^(left|right)\s+/, '');
  const heading = await expectPanelHeading(page, new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'));
  assert.ok(!before.includes(await heading.innerText()), `the heading changed (was ${JSON.stringify(before)})`);
});
