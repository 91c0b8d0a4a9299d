// Finds a Chromium and launches it the one way the tests and the bench use.
// Order: $CHROME_PATH, /usr/bin/chromium (Debian), the npm devDependency @sparticuz/chromium.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Our launch arguments, exactly (not @sparticuz/chromium's serverless defaults). */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Arguments that switch WebGL off, for the no-WebGL test. */
export const NO_WEBGL_ARGS = ['--disable-webgl', '--disable-3d-apis'];

const HOW_TO_INSTALL =
  'No usable Chromium found. Install one with `apt-get install chromium` (Debian), or set CHROME_PATH ' +
  'to a Chromium/Chrome executable, or make sure the devDependency @sparticuz/chromium is installed (`npm ci`).';

/** Candidate executables, in order of preference, each with where it came from. */
async function* candidates() {
  if (process.env.CHROME_PATH) yield { path: process.env.CHROME_PATH, source: 'CHROME_PATH' };
  if (existsSync('/usr/bin/chromium')) yield { path: '/usr/bin/chromium', source: '/usr/bin/chromium' };
  try {
    const sparticuz = (await import('@sparticuz/chromium')).default;
    yield { path: await sparticuz.executablePath(), source: '@sparticuz/chromium' };
  } catch (err) {
    yield { path: null, source: '@sparticuz/chromium', error: err };
  }
}

let chosen; // the first candidate that launched, reused by later launches

/**
 * Launches Chromium headless with CHROME_ARGS (+ extraArgs). Tries the candidates in order and
 * remembers the first that starts; throws a message saying how to install one if none does.
 * @param {{ extraArgs?: string[], quiet?: boolean }} [options]
 * @returns {Promise<{ browser: import('playwright-core').Browser, executablePath: string, source: string }>}
 */
export async function launchBrowser({ extraArgs = [], quiet = false } = {}) {
  const launch = (path) =>
    chromium.launch({ executablePath: path, headless: true, args: [...CHROME_ARGS, ...extraArgs], timeout: 60_000 });
  if (chosen) return { browser: await launch(chosen.path), ...chosen, executablePath: chosen.path };
  const tried = [];
  for await (const c of candidates()) {
    if (!c.path) {
      tried.push(`${c.source}: ${c.error?.message ?? 'not available'}`);
      continue;
    }
    if (!existsSync(c.path)) {
      tried.push(`${c.source}: ${c.path} does not exist`);
      continue;
    }
    try {
      const browser = await launch(c.path);
      chosen = c;
      if (!quiet) console.log(`browser: ${c.source} (${c.path}), Chromium ${browser.version()}`);
      return { browser, executablePath: c.path, source: c.source };
    } catch (err) {
      tried.push(`${c.source}: ${c.path} failed to launch: ${String(err?.message ?? err).split('\n')[0]}`);
    }
  }
  throw new Error(`${HOW_TO_INSTALL}\nTried:\n  ${tried.join('\n  ')}`);
}
