import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `tsx scripts/pack.ts …` (what `npx tsx` and `npm run pack --` run) from the repository root. */
export function pack(...args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, 'scripts/pack.ts', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** No stack traces or raw error dumps, whatever went wrong. */
export function noStackTrace(r: CliResult): boolean {
  const all = r.stdout + r.stderr;
  return !/^\s+at .+[:(]\d+/m.test(all) && !/\b(TypeError|ReferenceError|SyntaxError|RangeError)\b/.test(all) && !all.includes('node:internal');
}

/** Runs the CLI's `main` in this process (same code path as the script, minus process start-up). */
export async function packInProcess(...args: string[]): Promise<CliResult> {
  const { main } = await import('../../scripts/pack/cli');
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (l) => (stdout += `${l}\n`), err: (l) => (stderr += `${l}\n`) });
  return { code, stdout, stderr };
}
