/**
 * `npm run bench [-- --quick] [-- --reuse-test-build] [-- --only content,pick]`: size, draw-call,
 * picking, frame-time (against a bare three.js page), heap-growth, content-pack and quiz figures
 * for Myomap (`--only` runs just the named steps). Prints one JSON object on stdout (a readable
 * table goes to stderr) and writes bench/results.json. See bench/README.md for what each figure means.
 */
import { mkdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { ROOT, buildApp, startPreview } from '../test/server.mjs';
import { launchBrowser } from '../test/browser.mjs';
import { BASELINE_OUT_DIR, buildBaseline } from './baseline';
import { initialJs } from './bundle';
import { contentBench } from './content';
import { VIEWPORT, frameBench } from './frames';
import { measureSelectionGrowth } from './heapGrowth.mjs';
import { pickBench } from './pick';
import { quizBench } from './quiz';
import { referralBench } from './referral';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const reuseTestBuild = args.includes('--reuse-test-build');
const onlyArg = args.find((a, i) => a.startsWith('--only=') || args[i - 1] === '--only');
const only = onlyArg ? new Set(onlyArg.replace(/^--only=/, '').split(',')) : null;
const GLB = join(ROOT, 'public/models/body.glb');
const log = (s: string) => process.stderr.write(`${s}\n`);
// stdout carries only the JSON result: send everything else (e.g. the preview server's notes) to stderr.
console.log = (...a: unknown[]) => log(a.map(String).join(' '));

type Target = { max: number; unit: string };
const TARGETS: Record<string, Target> = {
  drawCalls: { max: 6, unit: '' },
  pickMedianMs: { max: 1, unit: 'ms' },
  initialJsGzipBytes: { max: 350_000, unit: 'B' },
  glbBytes: { max: 2_500_000, unit: 'B' },
  rankCoreMs: { max: 5, unit: 'ms' },
  rank1000Ms: { max: 50, unit: 'ms' },
  packValidate1000Ms: { max: 200, unit: 'ms' },
  frameTimeRatio: { max: 1.15, unit: '×' },
  timeToFirstFrameRatio: { max: 1.5, unit: '×' },
  heapGrowthPct: { max: 10, unit: '%' },
  gpuObjectGrowth: { max: 0, unit: '' },
  quizGenerate50Ms: { max: 20, unit: 'ms' },
  drawScoreMs: { max: 16, unit: 'ms' },
};

const figures: Record<string, number | null> = {
  glbBytes: null,
  drawCalls: null,
  triangles: null,
  initialJsGzipBytes: null,
  pickMedianMs: null,
  timeToFirstFrameMs: null,
  medianFrameMs: null,
  frameTimeRatio: null,
  timeToFirstFrameRatio: null,
  heapGrowthPct: null,
  gpuObjectGrowth: null,
  referralRepaintMs: null,
  rankCoreMs: null,
  rank1000Ms: null,
  packValidate1000Ms: null,
  quizGenerate50Ms: null,
  drawScoreMs: null,
};
const details: Record<string, unknown> = {};
const errors: Record<string, string> = {};

async function step(name: string, fn: () => Promise<void>): Promise<void> {
  if (only && !only.has(name)) return;
  const t = performance.now();
  try {
    await fn();
    log(`bench: ${name} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  } catch (err) {
    errors[name] = String((err as Error)?.message ?? err).split('\n').slice(0, 6).join('\n');
    log(`bench: ${name} FAILED: ${errors[name]}`);
  }
}

const t0 = performance.now();
await step('glb', async () => {
  figures.glbBytes = statSync(GLB).size;
});
await step('content', async () => {
  const r = await contentBench(GLB, quick);
  figures.rankCoreMs = r.rankCoreMs === null ? null : round(r.rankCoreMs, 3);
  figures.rank1000Ms = round(r.rank1000Ms, 2);
  figures.packValidate1000Ms = round(r.packValidate1000Ms, 1);
  details.content = r.details;
});
await step('bundle', async () => {
  await buildApp({ mode: 'production', outDir: 'dist' });
  const js = initialJs(join(ROOT, 'dist'));
  figures.initialJsGzipBytes = js.gzipBytes;
  details.initialJs = js.files;
});
await step('pick', async () => {
  const r = await pickBench(GLB, quick ? 300 : 1000);
  figures.pickMedianMs = round(r.medianMs, 4);
  details.pick = { ...r, buildMs: round(r.buildMs, 1), medianMs: round(r.medianMs, 4), p95Ms: round(r.p95Ms, 4) };
});
await step('referral', async () => {
  const r = await referralBench(GLB, quick ? 1 : 5);
  figures.referralRepaintMs = round(r.medianMs, 2);
  details.referral = { ...r, medianMs: round(r.medianMs, 3), p95Ms: round(r.p95Ms, 3) };
});
await step('quiz', async () => {
  const r = await quizBench();
  figures.quizGenerate50Ms = round(r.quizGenerate50Ms, 2);
  figures.drawScoreMs = round(r.drawScoreMs, 2);
});

// The test build (only it has the hook) served once for the browser steps, the baseline page beside it.
// E2E_OUT_DIR names the folder as for the e2e run (so --reuse-test-build finds that run's build, and a
// bench never serves a folder another engineer's e2e run is rebuilding on a shared machine).
const TEST_OUT_DIR = process.env.E2E_OUT_DIR || 'dist-test';
let appServer: Awaited<ReturnType<typeof startPreview>> | undefined;
async function serveTestBuild(): Promise<string> {
  if (appServer) return appServer.url;
  if (!(reuseTestBuild && existsSync(join(ROOT, TEST_OUT_DIR, 'index.html')))) await buildApp({ mode: 'test', outDir: TEST_OUT_DIR });
  appServer = await startPreview({ outDir: TEST_OUT_DIR });
  return appServer.url;
}
try {
  await step('frames', async () => {
    const appURL = await serveTestBuild();
    await buildBaseline();
    const baseServer = await startPreview({ outDir: BASELINE_OUT_DIR });
    try {
      // Start-up times vary by ±20 % run to run on a shared machine: even the quick bench takes 6 of each.
      const runs = quick ? 6 : 8;
      const r = await frameBench(appURL, baseServer.url, { frames: quick ? 20 : 60, runs });
      figures.timeToFirstFrameMs = round(r.myomap.timeToFirstFrameMs, 0);
      figures.medianFrameMs = round(r.myomap.medianFrameMs, 1);
      figures.frameTimeRatio = round(r.frameTimeRatio, 3);
      figures.timeToFirstFrameRatio = round(r.timeToFirstFrameRatio, 3);
      figures.drawCalls = r.drawCalls;
      figures.triangles = r.triangles;
      const ms = (f: { timeToFirstFrameMs: number; medianFrameMs: number; glbLoadedMs: number | null }) => ({
        timeToFirstFrameMs: round(f.timeToFirstFrameMs, 0),
        glbLoadedMs: f.glbLoadedMs === null ? null : round(f.glbLoadedMs, 0),
        medianFrameMs: round(f.medianFrameMs, 2),
      });
      details.frames = {
        renderedFramesPerRun: r.frames,
        runsEach: runs,
        order: 'Myomap, baseline, Myomap, baseline, …',
        browser: r.browser,
        viewport: `${VIEWPORT.width}x${VIEWPORT.height}`,
        canvas: r.canvas,
        myomap: { ...ms(r.myomap), drawCalls: r.drawCalls, triangles: r.triangles, programs: r.programs, runs: r.myomap.runs.map(ms) },
        baseline: { ...ms(r.baseline), drawCalls: r.baseline.drawCalls, triangles: r.baseline.triangles, programs: r.baseline.programs, runs: r.baseline.runs.map(ms) },
      };
    } finally {
      await baseServer.stop();
    }
  });
  await step('heap', async () => {
    const appURL = await serveTestBuild();
    const { browser } = await launchBrowser({ quiet: true });
    try {
      // Reduced motion: camera moves jump, so each selection costs a frame or two, not an animation.
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${appURL}#/explore`);
      await page.waitForFunction(() => window.__myomap?.ready === true, null, { timeout: 120_000 });
      const r = await measureSelectionGrowth(page, { selections: quick ? 20 : 50 });
      figures.heapGrowthPct = round(r.heapGrowthPct, 2);
      const count = (m: { geometries: number | null; textures: number | null }) => (m.geometries ?? Number.NaN) + (m.textures ?? Number.NaN);
      const growth = count(r.last) - count(r.first);
      if (!Number.isFinite(growth)) throw new Error('renderInfo().memory is missing from the test hook');
      figures.gpuObjectGrowth = growth;
      details.heap = { ...r, heapGrowthPct: round(r.heapGrowthPct, 2), meanSelectMs: round(r.meanSelectMs, 0) };
    } finally {
      await browser.close();
    }
  });
} finally {
  await appServer?.stop();
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

const targets = Object.fromEntries(
  Object.entries(TARGETS).map(([k, t]) => {
    const v = figures[k] ?? null;
    return [k, { value: v, max: t.max, pass: v === null ? null : v <= t.max }];
  }),
);
const result = {
  ...figures,
  targets,
  mode: quick ? 'quick' : 'full',
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '?', node: process.version },
  details,
  errors,
  durationS: round((performance.now() - t0) / 1000, 1),
};

mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(result, null, 2)}\n`);
log('');
for (const [k, v] of Object.entries(figures)) {
  const t = TARGETS[k];
  const verdict = !t ? '' : v === null ? '  (not measured)' : `  target ≤ ${t.max.toLocaleString('en')} ${t.unit}  ${v <= t.max ? 'PASS' : 'FAIL'}`;
  log(`${k.padEnd(20)} ${v === null ? '—' : v.toLocaleString('en')}${verdict}`);
}
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exitCode = Object.keys(errors).length ? 1 : 0;
