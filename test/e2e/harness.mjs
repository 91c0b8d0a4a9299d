// A very small test registry for the browser tests (playwright-core has no runner).
// Test files call test(name, fn, options); scripts/test/e2e.mjs runs them in file order.

/** @typedef {{ viewport?: {width:number,height:number}, timeoutMs?: number, runLast?: boolean, allowConsoleErrors?: boolean, reducedMotion?: 'reduce' | 'no-preference', serviceWorkers?: 'allow' | 'block' }} TestOptions */
/**
 * @typedef {object} Fixture
 * @property {import('playwright-core').Page} page  a fresh page (own context), console errors tracked
 * @property {string} baseURL  e.g. http://127.0.0.1:4173/
 * @property {(opts?: { viewport?: {width:number,height:number}, extraArgs?: string[] }) => Promise<import('playwright-core').Page>} openPage
 *   another tracked page; extraArgs launch a separate browser with those arguments added
 * @property {(name: string, what?: import('playwright-core').Page | import('playwright-core').Locator | Buffer) => Promise<Buffer>} saveScreenshot
 *   saves test/e2e/screenshots/<name>.png (committed): a screenshot of the page/locator, or a PNG already taken
 * @property {() => { test: string, text: string }[]} suiteConsoleErrors  console errors of all tests so far
 */

const registry = [];

/**
 * @param {string} name
 * @param {(f: Fixture) => Promise<void>} fn
 * @param {TestOptions} [options]
 */
export function test(name, fn, options = {}) {
  registry.push({ name, fn, options });
}

export function registeredTests() {
  return [...registry.filter((t) => !t.options.runLast), ...registry.filter((t) => t.options.runLast)];
}

/** Polls fn until it returns a truthy value; throws `message` (with the last value) after timeoutMs. */
export async function waitFor(fn, { timeoutMs = 10_000, intervalMs = 100, message = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${message} (last: ${detail})`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
