// Content packs: the core pack's failure modes, importing (file picker, drop, ?pack=), refusing
// invalid packs with JSON paths, extend/replace, persistence across reloads, removal.
import assert from 'node:assert/strict';
import { test, waitFor } from './harness.mjs';
import { expectPanelHeading, openExplore, searchAndChoose } from './lib/app.mjs';
import { fixturePath, fixtureText, useCorePack } from './lib/content.mjs';

const packs = (page) => page.evaluate(() => window.__myomap.packs());

async function chooseFile(page, files) {
  const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Import pack…' }).click();
  await (await chooser).setFiles(files);
}

test('an invalid pack is refused with every problem as "JSON path: message"; the current pack stays (screenshot pack-errors)', async ({ page, baseURL, saveScreenshot }) => {
  await useCorePack(page);
  await openExplore(page, baseURL, '#/explore/upper-trapezius/r');
  await waitFor(async () => (await packs(page)).active === 'core', { message: 'the core pack' });
  await chooseFile(page, fixturePath('invalid.json'));
  const dialog = page.getByRole('alertdialog', { name: 'This pack was not loaded' });
  await dialog.waitFor({ timeout: 10_000 });
  const items = await dialog.getByRole('listitem').allInnerTexts();
  for (const expected of [
    'muscles[0].triggerPoints[0].hold.maxSeconds: must be ≤ 600',
    'muscles[1].name: is required',
    'muscles[1].triggerPoints[0].depth: must be one of',
    'muscles[0].triggerPoints[1].anchor.landmark: unknown landmark "not-a-landmark"',
    'muscles[2].id: unknown muscle "supraspinatuss"',
  ]) {
    assert.ok(items.some((t) => t.startsWith(expected)), `the list has "${expected}…"; it has:\n${items.join('\n')}`);
  }
  await saveScreenshot('pack-errors');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.deepEqual(await packs(page), { active: 'core', muscles: 2, user: [] }, 'the core pack is still the only one');
  await expectPanelHeading(page, 'Right upper trapezius');
  assert.ok(await page.getByRole('button', { name: 'Start hold for trigger point 1' }).isVisible(), 'its content is still shown');
});

test('a valid pack extends or replaces the core pack, survives a reload (IndexedDB) and can be removed', async ({ page, baseURL }) => {
  await useCorePack(page);
  await openExplore(page, baseURL, '#/explore/upper-trapezius/r');
  await chooseFile(page, fixturePath('short-holds.json'));
  const choice = page.getByRole('dialog', { name: 'Load "Short practice holds"?' });
  await choice.waitFor({ timeout: 10_000 });
  await choice.getByRole('button', { name: 'Replace the core pack' }).click();
  await waitFor(async () => (await packs(page)).active === 'short-holds', { message: 'the replacing pack to be active' });
  assert.equal((await packs(page)).muscles, 1, 'replace: only the new pack’s muscles');
  const region = page.getByRole('region', { name: 'Content packs' });
  assert.match(await region.innerText(), /Short practice holds\s*replaces/);

  await page.reload();
  await waitFor(async () => (await page.evaluate(() => window.__myomap?.packs().user ?? [])).includes('short-holds'), { timeoutMs: 30_000, message: 'the pack after reload' });
  await region.getByRole('button', { name: 'Remove Short practice holds' }).click();
  await waitFor(async () => (await packs(page)).active === 'core', { message: 'back to the core pack' });
  await page.reload();
  await waitFor(async () => (await page.evaluate(() => window.__myomap?.packs().active ?? null)) === 'core', { timeoutMs: 30_000, message: 'core after reload' });
  assert.deepEqual((await packs(page)).user, [], 'removed for good');

  // Extend: merged by id (the core's other muscle stays).
  await chooseFile(page, fixturePath('short-holds.json'));
  await page.getByRole('button', { name: 'Extend current content' }).click();
  await waitFor(async () => (await packs(page)).user.includes('short-holds'), { message: 'the extending pack' });
  assert.deepEqual(await packs(page), { active: 'core', muscles: 2, user: ['short-holds'] });
});

test('drag and drop a pack file onto the app imports it; a file over 10 MB is refused', async ({ page, baseURL }) => {
  await useCorePack(page);
  await openExplore(page, baseURL);
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'short-holds.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
  }, fixtureText('short-holds.json'));
  await page.getByRole('dialog', { name: 'Load "Short practice holds"?' }).waitFor({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.deepEqual((await packs(page)).user, [], 'Cancel loads nothing');

  await chooseFile(page, { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(10.5 * 1024 * 1024, 32) });
  const dialog = page.getByRole('alertdialog', { name: 'This pack was not loaded' });
  await dialog.waitFor({ timeout: 10_000 });
  assert.match(await dialog.innerText(), /too large \(10\.5 MB\).*at most 10\.0 MB/s);
});

test('?pack= from another origin is refused with a message', async ({ page, baseURL }) => {
  await useCorePack(page);
  await openExplore(page, baseURL, '?pack=https://example.com/pack.json#/explore');
  const dialog = page.getByRole('alertdialog', { name: 'This pack was not loaded' });
  await dialog.waitFor({ timeout: 10_000 });
  assert.match(await dialog.innerText(), /only be loaded from this site .*https:\/\/example\.com/s);
  assert.deepEqual((await packs(page)).user, []);
});

test('without the core pack (HTTP 404) or with an invalid one, an alert says what and where; Explore still works', async ({ page, baseURL }) => {
  await page.route('**/content/core.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await openExplore(page, baseURL);
  const alert = page.getByRole('alert').filter({ hasText: 'content/core.json' });
  await alert.waitFor({ timeout: 10_000 });
  assert.match(await alert.innerText(), /HTTP 404.*Explore still works/s);
  await searchAndChoose(page, 'SCM', /sternocleidomastoid/i);
  await expectPanelHeading(page, /sternocleidomastoid/i);

  const broken = await page.context().newPage();
  await broken.route('**/content/core.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: fixtureText('invalid.json') }));
  await openExplore(broken, baseURL, '#/explore/upper-trapezius/r');
  const invalid = broken.getByRole('alert').filter({ hasText: 'is invalid' });
  await invalid.waitFor({ timeout: 10_000 });
  await invalid.getByText(/problems/).click();
  assert.match(await invalid.innerText(), /muscles\[0\]\.triggerPoints\[0\]\.hold\.maxSeconds: must be ≤ 600/);
  await expectPanelHeading(broken, 'Right upper trapezius');
}, { allowConsoleErrors: true });
