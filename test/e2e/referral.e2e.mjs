// Referral patterns on the body: X markers and painted zones for the selected muscle, on its side.
import assert from 'node:assert/strict';
import { test, waitFor } from './harness.mjs';
import { expectPanelHeading, openExplore, settledCanvas, canvas } from './lib/app.mjs';
import { redPixels, useCorePack, waitPainted } from './lib/content.mjs';

/** Screen point (client px) → screenshot px of the canvas. */
async function toShot(page, p) {
  const box = await canvas(page).boundingBox();
  return { x: p.x - box.x, y: p.y - box.y };
}

test('selecting a muscle draws its TrP markers and referral zones on its own side (screenshots referral-right, referral-left)', async ({ page, baseURL, saveScreenshot }) => {
  await useCorePack(page);
  await openExplore(page, baseURL);
  await page.evaluate(() => window.__myomap.setView('back'));
  const before = redPixels(await settledCanvas(page));

  await page.goto(`${baseURL}#/explore/upper-trapezius/r`);
  await expectPanelHeading(page, 'Right upper trapezius');
  let ref = await waitPainted(page);
  assert.equal(ref.side, 'r');
  assert.equal(ref.markers.length, 2, 'one marker per trigger point');
  // The camera frames the selection (from behind for the upper trapezius).
  const right = await settledCanvas(page);
  await saveScreenshot('referral-right', right);
  ref = await page.evaluate(() => window.__myomap.referral());

  // Red appears near the projected essential zones, and on the patient's right (screen right from behind).
  const essential = ref.zones.filter((z) => z.kind === 'essential' && z.screen);
  assert.ok(essential.length > 0, `essential zones on screen: ${JSON.stringify(ref.zones)}`);
  const redRight = redPixels(right);
  assert.ok(redRight.count > before.count + 300, `red pixels: ${before.count} before selecting, ${redRight.count} after`);
  let near = 0;
  for (const z of essential) {
    const p = await toShot(page, z.screen);
    near += redPixels(right, { ...p, radius: 30 }).inside;
  }
  assert.ok(near >= 40, `only ${near} red pixels within 30 px of the essential zone centres`);
  // Which way the patient's right lies on screen, from the two acromions; the spine (C7) between them.
  const project = (id, side) => page.evaluate(([i, s]) => window.__myomap.projectLandmark(i, s), [id, side]);
  const [accR, accL, c7] = [await project('acromion', 'r'), await project('acromion', 'l'), await project('c7-spinous')];
  assert.ok(accR && accL && c7, `landmarks on screen: ${JSON.stringify({ accR, accL, c7 })}`);
  const rightward = Math.sign(accR.x - accL.x);
  const spine = await toShot(page, c7);
  const offset = (r) => (r.cx - spine.x) * rightward;
  assert.ok(offset(redRight) > 5, `the right muscle's paint lies on the patient's right of the spine (offset ${offset(redRight).toFixed(0)} px toward the right)`);
  for (const m of ref.markers) assert.ok(m.screen, `marker ${m.triggerPointId} is on screen`);
  const info = await page.evaluate(() => window.__myomap.renderInfo());
  assert.ok(info.calls <= 6, `draw calls with a selection and its referral: ${info.calls} (want ≤ 6)`);

  // The other side: the paint moves across the spine, within the frame after the switch.
  await page.getByRole('button', { name: 'Switch to left side' }).click();
  await expectPanelHeading(page, 'Left upper trapezius');
  const switched = await page.evaluate(() => window.__myomap.referral());
  assert.equal(switched.side, 'l');
  assert.ok(switched.painted > 0, 'repainted at once');
  const left = await settledCanvas(page);
  await saveScreenshot('referral-left', left);
  const [accR2, accL2, c72] = [await project('acromion', 'r'), await project('acromion', 'l'), await project('c7-spinous')];
  const rightward2 = Math.sign(accR2.x - accL2.x);
  const spine2 = await toShot(page, c72);
  const redLeft = redPixels(left);
  const offsetLeft = (redLeft.cx - spine2.x) * rightward2;
  assert.ok(offsetLeft < -5, `the left muscle's paint lies on the patient's left of the spine (offset ${offsetLeft.toFixed(0)} px toward the right)`);
});

test('each trigger point can be shown alone or all together; "Show the whole pattern" brings every zone into view', async ({ page, baseURL }) => {
  await useCorePack(page);
  await openExplore(page, baseURL, '#/explore/upper-trapezius/r');
  const all = await waitPainted(page);
  assert.deepEqual(all.markers.map((m) => m.active), [true, true]);
  await page.getByRole('radio', { name: 'Trigger point 2 only' }).check();
  await waitFor(() => page.evaluate(() => window.__myomap.referral().markers.map((m) => m.active).join()) .then((s) => s === 'false,true'), { message: 'only TrP 2 active' });
  const alone = await page.evaluate(() => window.__myomap.referral());
  assert.ok(alone.painted > 0 && alone.painted < all.painted, `TrP 2 alone paints less than both (${alone.painted} vs ${all.painted})`);
  await page.getByRole('radio', { name: 'All trigger points' }).check();
  await waitFor(() => page.evaluate(() => window.__myomap.referral().painted).then((n) => n === all.painted), { message: 'all zones again' });

  await page.evaluate(() => window.__myomap.setView('front'));
  await page.getByRole('button', { name: 'Show the whole pattern' }).click();
  await settledCanvas(page);
  const framed = await page.evaluate(() => window.__myomap.referral());
  assert.ok([...framed.zones, ...framed.markers].every((z) => z.screen), `every zone and marker on screen: ${JSON.stringify(framed)}`);
  assert.ok(redPixels(await settledCanvas(page)).count > 500, 'the painted zones fill part of the view');
});

test('the panel shows the pack content: TrPs in words, hold, techniques (expandable), self-care, precautions, sources, disclaimer (screenshot referral-panel)', async ({ page, baseURL, saveScreenshot }) => {
  await useCorePack(page);
  await openExplore(page, baseURL, '#/explore/gluteus-medius/l');
  await expectPanelHeading(page, 'Left gluteus medius');
  const panel = page.locator('.selection-panel');
  await panel.getByText('Educational, not a diagnosis.').waitFor({ timeout: 10_000 });
  for (const text of ['Trigger point 1', 'deep', 'Just below the iliac crest', 'sacroiliac', '30–90 s, 2 times', 'on the left side', 'Ischemic (sustained) compression', 'Ball release for the buttock', 'Avoid pressing on the sciatic nerve', 'Recent injury or surgery', 'Travell JG, Simons DG (1992).']) {
    assert.ok(await panel.getByText(text, { exact: false }).first().isVisible(), `panel shows "${text}"`);
  }
  const details = panel.locator('details').filter({ has: page.locator('summary', { hasText: 'Ischemic (sustained) compression' }) });
  const summary = details.locator('summary');
  assert.equal(await details.evaluate((d) => d.open), false, 'techniques start collapsed');
  await summary.click();
  assert.equal(await details.evaluate((d) => d.open), true, 'a click expands the how-to');
  assert.ok(await details.getByText('Build pressure slowly').isVisible());
  await settledCanvas(page);
  await saveScreenshot('referral-panel');
});

test('phone 390×844: the details drawer scrolls inside itself, nothing overflows, the timer dialog fits (screenshot referral-mobile)', async ({ page, baseURL, saveScreenshot }) => {
  await useCorePack(page);
  await openExplore(page, baseURL, '#/explore/upper-trapezius/r');
  await waitPainted(page);
  await page.getByRole('button', { name: 'Details' }).click();
  await expectPanelHeading(page, 'Right upper trapezius');
  const drawer = page.locator('#sidebar-details');
  const box = await drawer.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390 + 0.5 && box.y + box.height <= 844 + 0.5, `the drawer fits the screen: ${JSON.stringify(box)}`);
  const scroll = await drawer.evaluate((el) => ({ sh: el.scrollHeight, ch: el.clientHeight, overflowY: getComputedStyle(el).overflowY }));
  assert.ok(scroll.sh > scroll.ch && ['auto', 'scroll'].includes(scroll.overflowY), `the drawer scrolls inside itself: ${JSON.stringify(scroll)}`);
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('#sidebar-details *')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).map((el) => el.tagName + '.' + el.className).slice(0, 5),
  );
  assert.deepEqual(wide, [], 'nothing in the drawer is wider than the screen');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0, 'no sideways scrolling');
  await page.getByText('Trigger points and referred pain').scrollIntoViewIfNeeded();
  await saveScreenshot('referral-mobile');

  await page.getByRole('button', { name: 'Start hold for trigger point 1' }).click();
  const dialog = page.getByRole('dialog', { name: /Hold: Right upper trapezius/ });
  await dialog.waitFor({ timeout: 5000 });
  const d = await dialog.boundingBox();
  assert.ok(d.x >= 0 && d.x + d.width <= 390.5 && d.y >= 0 && d.y + d.height <= 844.5, `the timer dialog fits: ${JSON.stringify(d)}`);
}, { viewport: { width: 390, height: 844 } });
