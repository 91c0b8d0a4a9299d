/**
 * `npm run bench [-- --quick] [-- --reuse-test-build] [-- --only content,pick]`: size, draw-call,
 * picking, frame-time and content-pack figures for Myomap (`--only` runs just the named steps). Prints one JSON object on stdout (a readable table goes to stderr) and
 * writes bench/results.json. See bench/README.md for what each figure means.
 */
import { mkdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { ROOT, buildApp, startPreview } from '../test/server.mjs';
import { initialJs } from './bundle';
import { contentBench } from './content';
import { frameBench } from './frames';
import { pickBench } from './pick';

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
  rank1000Ms: { max: 100, unit: 'ms' },
  packValidate1000Ms: { max: 200, unit: 'ms' },
};

const figures: Record<string, number | null> = {
  glbBytes: null,
  drawCalls: null,
  triangles: null,
  initialJsGzipBytes: null,
  pickMedianMs: null,
  timeToFirstFrameMs: null,
  medianFrameMs: null,
  rankCoreMs: null,
  rank1000Ms: null,
  packValidate1000Ms: null,
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
await step('frames', async () => {
  if (!(reuseTestBuild && existsSync(join(ROOT, 'dist-test/index.html')))) await buildApp({ mode: 'test', outDir: 'dist-test' });
  const server = await startPreview({ outDir: 'dist-test' });
  try {
    const r = await frameBench(server.url, quick ? 20 : 60);
    figures.timeToFirstFrameMs = round(r.timeToFirstFrameMs, 0);
    figures.medianFrameMs = round(r.medianFrameMs, 1);
    figures.drawCalls = r.drawCalls;
    figures.triangles = r.triangles;
    details.frames = { renderedFrames: r.frames, browser: r.browser, viewport: '1280x720' };
  } finally {
    await server.stop();
  }
});

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
