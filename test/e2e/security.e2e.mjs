// Security: the built app's Content-Security-Policy holds (no violations while exploring), and
// pack text is rendered as text, never HTML.
import assert from 'node:assert/strict';
import { test, waitFor } from './harness.mjs';
import { expectPanelHeading, openExplore, searchAndChoose } from './lib/app.mjs';
import { fixtureText, useCorePack } from './lib/content.mjs';

/** Records securitypolicyviolation events from the first script on (before the app's bundle). */
async function recordViolations(page) {
  const consoleCsp = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) consoleCsp.push(msg.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return async () => [...(await page.evaluate(() => window.__cspViolations ?? [])), ...consoleCsp];
}

test('the built app has a CSP without unsafe-inline/unsafe-eval for scripts, and nothing violates it while exploring', async ({ page, baseURL }) => {
  const violations = await recordViolations(page);
  await openExplore(page, baseURL);
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null);
  assert.ok(csp, 'a <meta http-equiv="Content-Security-Policy"> is present');
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
  const scriptSrc = directives['script-src'] ?? directives['default-src'];
  assert.ok(scriptSrc, `script-src or default-src is set: ${csp}`);
  assert.ok(scriptSrc.includes("'self'"), `script-src allows 'self': ${scriptSrc.join(' ')}`);
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'blob:']) {
    assert.ok(!scriptSrc.includes(bad), `script-src must not allow ${bad}: ${scriptSrc.join(' ')}`);
  }
  assert.deepEqual(directives['object-src'], ["'none'"], 'object-src none');
  assert.deepEqual(directives['base-uri'], ["'self'"], 'base-uri self');
  assert.deepEqual(directives['connect-src'], ["'self'"], 'connect-src self');

  await searchAndChoose(page, 'upper trapezius', /upper trapezius/i);
  await expectPanelHeading(page, /upper trapezius/i);
  await page.waitForTimeout(300);
  assert.deepEqual(await violations(), [], 'no CSP violations');
});

const PAYLOAD = '<script>alert(1)</script><img src=x onerror="window.__xss=1">';
const SHORT_KEYS = new Set(['title', 'author', 'publisher', 'edition', 'name', 'aliases', 'authors', 'license']);
const LONG_KEYS = new Set(['description', 'disclaimer', 'location', 'symptoms', 'pressureCue', 'summary', 'whenToUse', 'dosage', 'steps', 'cautions', 'actions', 'notes', 'prompt']);

/** core-mini.json with every free-text field (names, descriptions, TrP locations, steps …) carrying HTML. */
function hostilePack() {
  const taint = (value, key) => {
    if (Array.isArray(value)) return value.map((v) => taint(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, taint(v, k)]));
    if (typeof value !== 'string') return value;
    if (SHORT_KEYS.has(key)) return `${value.slice(0, 80)} ${PAYLOAD}`; // short texts: ≤ 200 characters
    if (LONG_KEYS.has(key)) return `${value} ${PAYLOAD}`;
    return value;
  };
  const pack = taint(JSON.parse(fixtureText('core-mini.json')), '');
  pack.id = 'hostile';
  return pack;
}

test('pack text is rendered as text, never HTML: <script> and <img onerror> strings show literally and run nothing', async ({ page, baseURL }) => {
  const pack = hostilePack();
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await useCorePack(page);
  await page.route('**/test-packs/hostile.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(pack) }));
  await openExplore(page, baseURL, '?pack=test-packs/hostile.json&packMode=replace#/explore/upper-trapezius/r');
  await waitFor(async () => (await page.evaluate(() => window.__myomap.packs())).active === 'hostile', { timeoutMs: 20_000, message: 'the hostile pack to be active' });
  await expectPanelHeading(page, 'Right upper trapezius');
  const panel = page.getByRole('region').filter({ has: page.getByRole('heading', { name: 'Right upper trapezius', exact: true }) }).first();
  // Open every collapsed part of the panel so all its text is in the page.
  for (const s of await panel.locator('details:not([open]) > summary').all()) if (await s.isVisible()) await s.click({ timeout: 2000 }).catch(() => {});
  await page.waitForTimeout(300);

  const text = await panel.innerText();
  const shown = text.split(PAYLOAD).length - 1;
  const muscle = pack.muscles.find((m) => m.id === 'upper-trapezius');
  const tp = muscle.triggerPoints[0];
  assert.ok(shown >= 3, `the panel shows the payload literally several times (found ${shown}):\n${text.slice(0, 1500)}`);
  assert.ok(text.includes(tp.location), `the trigger point's location is shown literally: ${tp.location}`);

  const dom = await page.evaluate(() => ({
    xss: window.__xss ?? null,
    imgX: [...document.querySelectorAll('img')].filter((i) => /(^|\/)x$/.test(i.getAttribute('src') ?? '')).length,
    onerror: document.querySelectorAll('[onerror]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => !s.src || s.textContent.includes('alert')).length,
  }));
  assert.deepEqual(dom, { xss: null, imgX: 0, onerror: 0, scripts: 0 }, 'no injected elements, nothing ran');
  assert.deepEqual(dialogs, [], 'no alert() dialog');
});
