/**
 * Explore view timings in headless Chromium (SwiftShader) at 1280×720, through the test hook:
 * navigation start → hook ready, median of renderFrames(n), renderInfo() draw calls/triangles.
 */
import { launchBrowser } from '../test/browser.mjs';

export interface FrameResult {
  timeToFirstFrameMs: number;
  medianFrameMs: number;
  drawCalls: number;
  triangles: number;
  frames: number;
  browser: string;
}

// window.__myomap is declared by src/app/testHook.ts (the test hook's contract).
declare global {
  interface Window {
    __benchReadyAt?: number;
  }
}

export async function frameBench(baseURL: string, frames: number): Promise<FrameResult> {
  const { browser, source } = await launchBrowser({ quiet: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    // Records when the hook first says ready, in page time (ms since navigation start). A string,
    // not a function: tsx's keepNames would wrap a named function in a `__name` helper the page lacks.
    await page.addInitScript(`(() => {
      const poll = () => {
        if (window.__myomap && window.__myomap.ready) window.__benchReadyAt = performance.now();
        else setTimeout(poll, 5);
      };
      poll();
    })();`);
    await page.goto(`${baseURL}#/explore`);
    await page.waitForFunction(() => window.__benchReadyAt !== undefined, null, { timeout: 120_000 });
    const timeToFirstFrameMs = await page.evaluate(() => window.__benchReadyAt!);
    // Let the opening camera move settle before measuring.
    await page.waitForTimeout(1000);
    const info = await page.evaluate(() => window.__myomap!.renderInfo());
    const medianFrameMs = await page.evaluate((n) => window.__myomap!.renderFrames(n), frames);
    return { timeToFirstFrameMs, medianFrameMs, drawCalls: info.calls, triangles: info.triangles, frames, browser: `${source} ${browser.version()}` };
  } finally {
    await browser.close();
  }
}
