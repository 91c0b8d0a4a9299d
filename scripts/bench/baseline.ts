/**
 * Builds bench/baseline (the bare three.js page) into dist-baseline/ (gitignored by `dist-*`), with
 * body.glb copied next to it, for `vite preview --outDir dist-baseline`. Its own Vite config (no
 * React plugin, no CSP: nothing of Myomap's build is added to the reference page).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from '../test/server.mjs';

export const BASELINE_OUT_DIR = 'dist-baseline';

export async function buildBaseline(outDir: string = BASELINE_OUT_DIR): Promise<void> {
  const out = join(ROOT, outDir);
  await build({
    configFile: false,
    root: join(ROOT, 'bench/baseline'),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
  });
  mkdirSync(join(out, 'models'), { recursive: true });
  copyFileSync(join(ROOT, 'public/models/body.glb'), join(out, 'models/body.glb'));
}
