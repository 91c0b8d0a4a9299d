// Builds the app with Vite and serves it with `vite preview`, stopped by pid. Shared by e2e and bench.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const VITE = resolve(ROOT, 'node_modules/vite/bin/vite.js');

/** Runs a node script, streams nothing, resolves with its output; rejects with the output on failure. */
function run(args, { label }) {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', rej);
    child.on('close', (code) => (code === 0 ? res(out) : rej(new Error(`${label} failed (exit ${code}):\n${out}`))));
  });
}

/** `vite build --mode <mode> --outDir <outDir>`; returns Vite's output. */
export function buildApp({ mode = 'production', outDir = 'dist' } = {}) {
  return run([VITE, 'build', '--mode', mode, '--outDir', outDir], { label: `vite build --mode ${mode}` });
}

function portIsFree(port) {
  return new Promise((res) => {
    const srv = createServer();
    srv.once('error', () => res(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => res(true)));
  });
}

/**
 * Starts `vite preview --outDir <outDir> --port <port> --strictPort` and waits until it answers.
 * 4173 by default ($E2E_PORT overrides); if that port is taken (another engineer's preview on a
 * shared machine), the next free one up to +20 is used.
 * @returns {Promise<{ url: string, pid: number, stop: () => Promise<void> }>}
 */
export async function startPreview({ outDir = 'dist-test', port = Number(process.env.E2E_PORT || 4173) } = {}) {
  let chosen = port;
  while (!(await portIsFree(chosen))) {
    if (chosen - port >= 20) throw new Error(`ports ${port}–${chosen} are all in use`);
    chosen++;
  }
  if (chosen !== port) console.log(`preview: port ${port} is in use, using ${chosen}`);
  const child = spawn(process.execPath, [VITE, 'preview', '--outDir', outDir, '--port', String(chosen), '--strictPort', '--host', '127.0.0.1'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));

  const stop = () =>
    new Promise((res) => {
      if (exited || child.pid === undefined) return res();
      const timer = setTimeout(() => {
        try { process.kill(child.pid, 'SIGKILL'); } catch { /* already gone */ }
      }, 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        res();
      });
      try { process.kill(child.pid, 'SIGTERM'); } catch { res(); }
    });
  // Also stop it if this process is interrupted or exits early.
  const onExit = () => {
    if (!exited && child.pid !== undefined) try { process.kill(child.pid, 'SIGTERM'); } catch { /* gone */ }
  };
  process.once('exit', onExit);

  const url = `http://127.0.0.1:${chosen}/`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) throw new Error(`vite preview exited (${JSON.stringify(exited)}):\n${log}`);
    try {
      const r = await fetch(url);
      if (r.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`vite preview did not answer at ${url} within 30 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, pid: child.pid, stop };
}
