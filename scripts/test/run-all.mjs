// `npm test`: vitest (unit + model), then the browser tests; prints `N passed, N failed` last.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server.mjs';

const RESULTS = join(ROOT, 'test-results');
const VITEST_JSON = join(RESULTS, 'vitest.json');
const E2E_JSON = join(RESULTS, 'e2e.json');

function run(args) {
  return new Promise((res) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (err) => {
      console.error(err);
      res(1);
    });
    child.on('close', (code) => res(code ?? 1));
  });
}

/** Passed/failed from vitest's JSON report; a file that failed to load counts as one failure. */
function vitestCounts() {
  if (!existsSync(VITEST_JSON)) return { passed: 0, failed: 1, note: 'vitest wrote no report' };
  const r = JSON.parse(readFileSync(VITEST_JSON, 'utf8'));
  const broken = (r.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + broken };
}

function e2eCounts() {
  if (!existsSync(E2E_JSON)) return { passed: 0, failed: 1, note: 'the browser tests wrote no report' };
  const r = JSON.parse(readFileSync(E2E_JSON, 'utf8'));
  return { passed: r.passed, failed: r.failed };
}

const t0 = Date.now();
mkdirSync(RESULTS, { recursive: true });
rmSync(VITEST_JSON, { force: true });
rmSync(E2E_JSON, { force: true });

console.log('── unit and model tests (vitest) ──');
const vitestCode = await run([
  join(ROOT, 'node_modules/vitest/vitest.mjs'),
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${VITEST_JSON}`,
]);
const unit = vitestCounts();

console.log('\n── browser tests ──');
const e2eCode = await run([join(ROOT, 'scripts/test/e2e.mjs')]);
const e2e = e2eCounts();

const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
const secs = ((Date.now() - t0) / 1000).toFixed(0);
console.log(`\nunit + model: ${unit.passed} passed, ${unit.failed} failed${unit.note ? ` (${unit.note})` : ''}`);
console.log(`browser:      ${e2e.passed} passed, ${e2e.failed} failed${e2e.note ? ` (${e2e.note})` : ''}`);
console.log(`total time:   ${secs} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || vitestCode !== 0 || e2eCode !== 0 ? 1 : 0);
