// Browser tests: build the app in test mode, serve it with `vite preview`, run test/e2e/*.e2e.mjs
// in headless Chromium, stop the server (always). Writes test-results/e2e.json for run-all.
// Options: --no-build (reuse dist-test), --grep <text> (run matching tests only).
// E2E_OUT_DIR names another build folder (so two runs on one machine do not share dist-test).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { ROOT, buildApp, startPreview } from './server.mjs';

const argv = process.argv.slice(2);
const grep = argv.includes('--grep') ? argv[argv.indexOf('--grep') + 1] : process.env.E2E_GREP;
const noBuild = argv.includes('--no-build');
const E2E_DIR = join(ROOT, 'test/e2e');
const SHOTS = join(E2E_DIR, 'screenshots');
const RESULTS = join(ROOT, 'test-results');
const OUT_DIR = process.env.E2E_OUT_DIR || 'dist-test';
const DEFAULT_VIEWPORT = { width: 960, height: 640 };
const DEFAULT_TIMEOUT = 120_000;

const files = readdirSync(E2E_DIR).filter((f) => f.endsWith('.e2e.mjs')).sort();
const { registeredTests } = await import(pathToFileURL(join(E2E_DIR, 'harness.mjs')).href);
for (const f of files) await import(pathToFileURL(join(E2E_DIR, f)).href);
const tests = registeredTests().filter((t) => !grep || t.name.toLowerCase().includes(grep.toLowerCase()));

const results = [];
const consoleErrors = []; // { test, text } over the whole suite
let server;
const extraBrowsers = [];

async function cleanup() {
  for (const b of extraBrowsers.splice(0)) await b.close().catch(() => {});
  if (server) await server.stop();
  server = undefined;
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    await cleanup();
    process.exit(130);
  });
}

const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const firstLines = (s, n) => String(s).split('\n').slice(0, n).join('\n');

/** Records console errors and uncaught exceptions; `allowed` marks tests that provoke them on purpose. */
function track(page, t) {
  const allowed = Boolean(t.options.allowConsoleErrors);
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push({ test: t.name, allowed, text: msg.text() });
  });
  page.on('pageerror', (err) => consoleErrors.push({ test: t.name, allowed, text: `uncaught: ${err.message}` }));
}

async function runTest(browser, baseURL, t) {
  const contexts = [];
  const newPage = async ({ viewport = t.options.viewport ?? DEFAULT_VIEWPORT, extraArgs } = {}) => {
    let b = browser;
    if (extraArgs?.length) {
      b = (await launchBrowser({ extraArgs, quiet: true })).browser;
      extraBrowsers.push(b);
    }
    // Reduced motion: camera moves jump instead of animating. Under SwiftShader every animated frame
    // costs ~0.5–1 s of GPU time, so a 30-frame camera move would take tens of seconds.
    // Service workers are blocked unless a test asks for them (options.serviceWorkers: 'allow'):
    // a worker would precache ~4 MB in the background of every test, and once it controls a page
    // (after a reload) it answers content/core.json itself, so page.route() fixtures would be
    // bypassed. The offline test (offline.e2e.mjs) allows them.
    const ctx = await b.newContext({
      viewport,
      deviceScaleFactor: 1,
      reducedMotion: t.options.reducedMotion ?? 'reduce',
      serviceWorkers: t.options.serviceWorkers ?? 'block',
    });
    contexts.push(ctx);
    const page = await ctx.newPage();
    track(page, t);
    return page;
  };
  const page = await newPage();
  const fixture = {
    page,
    baseURL,
    openPage: newPage,
    saveScreenshot: async (name, what = page) => {
      mkdirSync(SHOTS, { recursive: true });
      const path = join(SHOTS, `${name}.png`);
      if (Buffer.isBuffer(what)) {
        writeFileSync(path, what);
        return what;
      }
      return what.screenshot({ path, timeout: 60_000 });
    },
    suiteConsoleErrors: () => consoleErrors.slice(),
  };
  const started = Date.now();
  let timer;
  try {
    const timeoutMs = t.options.timeoutMs ?? DEFAULT_TIMEOUT;
    await Promise.race([
      t.fn(fixture),
      new Promise((_, rej) => (timer = setTimeout(() => rej(new Error(`test timed out after ${secs(timeoutMs)}`)), timeoutMs))),
    ]);
    return { name: t.name, status: 'passed', durationMs: Date.now() - started };
  } catch (err) {
    mkdirSync(join(RESULTS, 'e2e-failures'), { recursive: true });
    const slug = t.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60);
    const failShot = join(RESULTS, 'e2e-failures', `${slug}.png`);
    await page.screenshot({ path: failShot }).catch(() => {});
    return { name: t.name, status: 'failed', durationMs: Date.now() - started, error: err?.stack ?? String(err), screenshot: failShot };
  } finally {
    clearTimeout(timer);
    for (const c of contexts) await c.close().catch(() => {});
    for (const b of extraBrowsers.splice(0)) await b.close().catch(() => {});
  }
}

const t0 = Date.now();
let setupError;
let browser;
try {
  if (!noBuild) {
    console.log(`e2e: building the app in test mode (${OUT_DIR}) …`);
    rmSync(join(ROOT, OUT_DIR), { recursive: true, force: true });
    await buildApp({ mode: 'test', outDir: OUT_DIR });
  }
  server = await startPreview({ outDir: OUT_DIR });
  console.log(`e2e: serving ${OUT_DIR} at ${server.url} (pid ${server.pid}); ${tests.length} tests`);
  ({ browser } = await launchBrowser());
  for (const t of tests) {
    const r = await runTest(browser, server.url, t);
    results.push(r);
    if (r.status === 'passed') console.log(`  ✓ ${t.name} (${secs(r.durationMs)})`);
    else console.log(`  ✗ ${t.name} (${secs(r.durationMs)})\n${firstLines(r.error, 8).replace(/^/gm, '      ')}`);
  }
} catch (err) {
  setupError = err;
  console.error(`e2e: could not run the browser tests:\n${firstLines(err?.stack ?? err, 40)}`);
} finally {
  await browser?.close().catch(() => {});
  await cleanup();
}

// Tests that never ran because the setup failed count as failed, so the total stays honest.
if (setupError) {
  for (const t of tests.slice(results.length)) {
    results.push({ name: t.name, status: 'failed', durationMs: 0, notRun: true, error: `not run: ${firstLines(setupError.message, 1)}` });
  }
}
const passed = results.filter((r) => r.status === 'passed').length;
const failed = results.length - passed;
if (failed) {
  console.log('\ne2e failures:');
  for (const r of results.filter((x) => x.status === 'failed')) {
    if (r.notRun) {
      console.log(`● ${r.name}: not run (the setup failed, see above)`);
      continue;
    }
    console.log(`\n● ${r.name}\n${firstLines(r.error, 20).replace(/^/gm, '    ')}${r.screenshot ? `\n    screenshot: ${r.screenshot}` : ''}`);
  }
}
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, 'e2e.json'), JSON.stringify({ passed, failed, durationMs: Date.now() - t0, tests: results, consoleErrors }, null, 2));
console.log(`\ne2e: ${passed} passed, ${failed} failed (${secs(Date.now() - t0)})`);
process.exit(failed ? 1 : 0);
