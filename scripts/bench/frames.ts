/**
 * Explore view timings in headless Chromium (SwiftShader) at 1280×720, side by side with the bare
 * three.js page of bench/baseline: alternating runs (Myomap, baseline, Myomap, …), each in a fresh
 * browser context, same browser, after one untimed warm-up load of each. Per run: navigation start →
 * first frame with the body, and the median of renderFrames(n) (render + 1-pixel readback). Medians
 * over the runs; ratios Myomap ÷ baseline.
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/browser.mjs';
import type {} from '../../bench/baseline/hook';

export interface RunFigures {
  timeToFirstFrameMs: number;
  medianFrameMs: number;
  /** When body.glb had finished downloading (resource timing responseEnd, ms since navigation start): splits the time to first frame into "until the model is here" and "parse, build, first frame". */
  glbLoadedMs: number | null;
}

export interface FrameResult {
  /** Myomap ÷ baseline, of the medians over the runs. */
  frameTimeRatio: number;
  timeToFirstFrameRatio: number;
  myomap: RunFigures & { runs: RunFigures[] };
  baseline: RunFigures & { runs: RunFigures[]; drawCalls: number; triangles: number; programs: number };
  drawCalls: number;
  /** Shader programs compiled by the time the view settled (each costs start-up time under SwiftShader). */
  programs: number;
  triangles: number;
  /** Canvas size (CSS px) and pixel ratio both pages rendered at. */
  canvas: { width: number; height: number; pixelRatio: number };
  frames: number;
  browser: string;
}

// window.__myomap is declared by src/app/testHook.ts, window.__baseline by bench/baseline/hook.ts.
declare global {
  interface Window {
    __benchReadyAt?: number;
  }
}

export const VIEWPORT = { width: 1280, height: 720 };

// Records when the page first says ready, in page time (ms since navigation start), polled the same
// way for both pages. A string, not a function: tsx's keepNames would wrap a named function in a
// `__name` helper the page lacks.
const READY_POLL = `(() => {
  const poll = () => {
    const ready = (window.__myomap && window.__myomap.ready) || (window.__baseline && window.__baseline.ready);
    if (ready) window.__benchReadyAt = performance.now();
    else setTimeout(poll, 5);
  };
  poll();
})();`;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

async function timeToReady(page: Page, url: string): Promise<{ timeToFirstFrameMs: number; glbLoadedMs: number | null }> {
  await page.addInitScript(READY_POLL);
  await page.goto(url);
  await page.waitForFunction(() => window.__benchReadyAt !== undefined, null, { timeout: 120_000 });
  return page.evaluate(() => {
    const glb = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/models/body.glb')) as PerformanceResourceTiming | undefined;
    return { timeToFirstFrameMs: window.__benchReadyAt!, glbLoadedMs: glb ? glb.responseEnd : null };
  });
}

export async function frameBench(appURL: string, baselineURL: string, { frames, runs }: { frames: number; runs: number }): Promise<FrameResult> {
  const { browser, source } = await launchBrowser({ quiet: true });
  const newPage = async () => (await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })).newPage();
  const app: RunFigures[] = [];
  const base: RunFigures[] = [];
  let canvas = { width: 0, height: 0, pixelRatio: 1 };
  let drawCalls = 0, triangles = 0, programs = 0, baseCalls = 0, baseTriangles = 0, basePrograms = 0;
  try {
    // One untimed load of each page first. The first load in a fresh browser pays one-off costs that
    // every later context shares: the GPU process compiling (SwiftShader: JIT-compiling) each shader
    // program, which it then keeps, and the preview server's and the OS's first reads of the files.
    // Timed, that run swung the median of a few runs by ±0.3 in the ratio.
    for (const url of [`${appURL}#/explore`, `${baselineURL}?w=${VIEWPORT.width}&h=${VIEWPORT.height}`]) {
      const page = await newPage();
      await timeToReady(page, url);
      await page.context().close();
    }
    for (let run = 0; run < runs; run++) {
      {
        const page = await newPage();
        const ready = await timeToReady(page, `${appURL}#/explore`);
        // Let the opening camera move settle before measuring.
        await page.waitForTimeout(1000);
        const info = await page.evaluate(() => window.__myomap!.renderInfo());
        ({ calls: drawCalls, triangles } = info);
        programs = info.programs ?? 0;
        canvas = await page.evaluate(() => {
          const r = document.querySelector('canvas')!.getBoundingClientRect();
          return { width: Math.round(r.width), height: Math.round(r.height), pixelRatio: Math.min(Math.max(devicePixelRatio, 1), 2) };
        });
        const medianFrameMs = await page.evaluate((n) => window.__myomap!.renderFrames(n), frames);
        app.push({ ...ready, medianFrameMs });
        await page.context().close();
      }
      {
        const page = await newPage();
        const ready = await timeToReady(page, `${baselineURL}?w=${canvas.width}&h=${canvas.height}`);
        await page.waitForTimeout(1000);
        const info = await page.evaluate(() => window.__baseline!.renderInfo());
        ({ calls: baseCalls, triangles: baseTriangles, programs: basePrograms } = info);
        const medianFrameMs = await page.evaluate((n) => window.__baseline!.renderFrames(n), frames);
        base.push({ ...ready, medianFrameMs });
        await page.context().close();
      }
    }
  } finally {
    await browser.close();
  }
  const glb = (rs: RunFigures[]) => rs.map((r) => r.glbLoadedMs).filter((x): x is number => x !== null);
  const summary = (rs: RunFigures[]) => ({
    timeToFirstFrameMs: median(rs.map((r) => r.timeToFirstFrameMs)),
    medianFrameMs: median(rs.map((r) => r.medianFrameMs)),
    glbLoadedMs: glb(rs).length ? median(glb(rs)) : null,
    runs: rs,
  });
  const myomap = summary(app);
  const baseline = { ...summary(base), drawCalls: baseCalls, triangles: baseTriangles, programs: basePrograms };
  return {
    frameTimeRatio: myomap.medianFrameMs / baseline.medianFrameMs,
    timeToFirstFrameRatio: myomap.timeToFirstFrameMs / baseline.timeToFirstFrameMs,
    myomap,
    baseline,
    drawCalls,
    triangles,
    programs,
    canvas,
    frames,
    browser: `${source} ${browser.version()}`,
  };
}
