/**
 * `npx tsx scripts/bench/lighthouse.ts [--reuse-build]`: Lighthouse accessibility and best-practices
 * scores of the built app (production build in dist-lighthouse/, served by `vite preview`), for
 * the mobile and the desktop form factor. Not part of `npm run bench` nor CI: it fetches
 * Lighthouse from the npm registry on demand (`npx -y lighthouse@<LIGHTHOUSE>`), which CI's
 * offline sandbox cannot. Chromium: $CHROME_PATH, else Debian's /usr/bin/chromium.
 * Writes bench/lighthouse.json (committed) and prints the scores and every audit that lost points.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_ARGS } from '../test/browser.mjs';
import { ROOT, buildApp, startPreview } from '../test/server.mjs';

/** Pinned so recorded scores are comparable run to run (the latest 12.x when this was written). */
export const LIGHTHOUSE = '12.8.2';
const OUT_DIR = 'dist-lighthouse';
const CATEGORIES = { accessibility: 'accessibility', 'best-practices': 'bestPractices' } as const;
const TARGET = 95;
type FormFactor = 'mobile' | 'desktop';

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  details?: { items?: Array<Record<string, unknown>> };
}
interface LighthouseReport {
  lighthouseVersion: string;
  finalDisplayedUrl: string;
  environment: { hostUserAgent: string };
  runWarnings: string[];
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, Audit>;
}

const log = (s: string) => process.stderr.write(`${s}\n`);

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((res, rej) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', rej);
    child.on('close', (code) => (code === 0 ? res() : rej(new Error(`${cmd} ${args.slice(0, 3).join(' ')} … exited with ${code}`))));
  });
}

function chromePath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`No Chromium at ${path}: install Debian's chromium or set CHROME_PATH`);
  return path;
}

async function lighthouse(url: string, formFactor: FormFactor, outFile: string): Promise<LighthouseReport> {
  // Our launch flags (headless, no sandbox, SwiftShader WebGL), so the 3D view starts as in the e2e tests.
  const flags = CHROME_ARGS.join(' ');
  await run(
    'npx',
    [
      '-y',
      `lighthouse@${LIGHTHOUSE}`,
      url,
      '--only-categories=accessibility,best-practices',
      ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
      '--output=json',
      `--output-path=${outFile}`,
      `--chrome-flags=${flags}`,
      '--quiet',
    ],
    { ...process.env, CHROME_PATH: chromePath() },
  );
  return JSON.parse(readFileSync(outFile, 'utf8')) as LighthouseReport;
}

/** Failed audits of a category (score < 1), with their weight (0: listed but costs no points) and a few of their items. */
function failedAudits(report: LighthouseReport, category: string) {
  return report.categories[category]!.auditRefs
    .map((ref) => ({ a: report.audits[ref.id]!, weight: ref.weight }))
    .filter(({ a }) => a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual' && a.score !== null && a.score < 1)
    .map(({ a, weight }) => ({
      id: a.id,
      title: a.title,
      score: a.score,
      weight,
      items: (a.details?.items ?? []).slice(0, 5).map((item) => {
        const node = item['node'] as { snippet?: string; selector?: string } | undefined;
        return node?.snippet ?? node?.selector ?? JSON.stringify(item).slice(0, 200);
      }),
    }));
}

/** How many of a category's audits passed, failed, did not apply or need a manual check (shows the page was really audited). */
function auditCounts(report: LighthouseReport, category: string): Record<string, number> {
  const counts: Record<string, number> = { passed: 0, failed: 0, notApplicable: 0, manual: 0, informative: 0 };
  for (const ref of report.categories[category]!.auditRefs) {
    const a = report.audits[ref.id]!;
    const kind =
      a.scoreDisplayMode === 'notApplicable' ? 'notApplicable'
      : a.scoreDisplayMode === 'manual' ? 'manual'
      : a.scoreDisplayMode === 'informative' || a.score === null ? 'informative'
      : a.score >= 1 ? 'passed'
      : 'failed';
    counts[kind]! += 1;
  }
  return counts;
}

const reuse = process.argv.includes('--reuse-build');
if (!(reuse && existsSync(join(ROOT, OUT_DIR, 'index.html')))) {
  log(`lighthouse: building the app (production) into ${OUT_DIR}/ …`);
  await buildApp({ mode: 'production', outDir: OUT_DIR });
}
const server = await startPreview({ outDir: OUT_DIR });
const tmp = mkdtempSync(join(tmpdir(), 'myomap-lighthouse-'));
const results: Record<string, unknown> = {};
let version = '';
let browser = '';
try {
  for (const formFactor of ['mobile', 'desktop'] as const) {
    const url = `${server.url}#/explore`;
    log(`lighthouse: ${formFactor} ${url} …`);
    const report = await lighthouse(url, formFactor, join(tmp, `${formFactor}.json`));
    version = report.lighthouseVersion;
    browser = report.environment.hostUserAgent;
    const scores: Record<string, number | null> = {};
    const lost: Record<string, unknown> = {};
    const audits: Record<string, Record<string, number>> = {};
    for (const [category, key] of Object.entries(CATEGORIES)) {
      const score = report.categories[category]?.score;
      scores[key] = score === null || score === undefined ? null : Math.round(score * 100);
      lost[key] = failedAudits(report, category);
      audits[key] = auditCounts(report, category);
    }
    results[formFactor] = {
      scores,
      pass: Object.values(scores).every((s) => s !== null && s >= TARGET),
      failedAudits: lost,
      audits,
      finalUrl: report.finalDisplayedUrl,
      runWarnings: report.runWarnings,
    };
  }
} finally {
  await server.stop();
  rmSync(tmp, { recursive: true, force: true });
}

const record = { date: new Date().toISOString(), lighthouse: version, browser, url: '#/explore (production build, vite preview)', target: `≥ ${TARGET} each`, ...results };
writeFileSync(join(ROOT, 'bench/lighthouse.json'), `${JSON.stringify(record, null, 2)}\n`);
for (const formFactor of ['mobile', 'desktop']) {
  const r = results[formFactor] as { scores: Record<string, number | null>; pass: boolean; failedAudits: Record<string, Array<{ id: string; title: string; weight: number }>> };
  log(`${formFactor.padEnd(8)} accessibility ${r.scores['accessibility']}  best practices ${r.scores['bestPractices']}  (target ≥ ${TARGET}) ${r.pass ? 'PASS' : 'FAIL'}`);
  for (const [cat, audits] of Object.entries(r.failedAudits)) for (const a of audits) log(`  ${cat}: ${a.id} (weight ${a.weight}): ${a.title}`);
}
process.stdout.write(`${JSON.stringify(record)}\n`);
process.exitCode = Object.values(results).every((r) => (r as { pass: boolean }).pass) ? 0 : 1;
