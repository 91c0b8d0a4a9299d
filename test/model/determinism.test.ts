/** The generator is deterministic: regenerating gives the committed bytes. Slow (runs the generator). */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { GLB_PATH } from './lib/body';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILD = join(ROOT, 'scripts/model/build.ts');
const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

it('regenerating the body (scripts/model/build.ts --out) gives the committed bytes', async () => {
  expect(existsSync(BUILD), `${BUILD} is missing`).toBe(true);
  expect(existsSync(GLB_PATH), `${GLB_PATH} is missing`).toBe(true);
  const dir = mkdtempSync(join(tmpdir(), 'myomap-model-'));
  const out = join(dir, 'body.glb');
  try {
    const tsx = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
    await promisify(execFile)(process.execPath, [tsx, BUILD, '--out', out], { cwd: ROOT, maxBuffer: 64 << 20, timeout: 280_000 });
    expect(existsSync(out), `the generator wrote nothing to ${out} (does it support --out?)`).toBe(true);
    const fresh = readFileSync(out), committed = readFileSync(GLB_PATH);
    expect({ bytes: fresh.length, sha256: sha256(fresh) }).toEqual({ bytes: committed.length, sha256: sha256(committed) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);
