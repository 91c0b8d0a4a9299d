// The offline set-up in vite.config.ts: what is precached, the manifest, and no inline register
// script (the CSP forbids inline scripts).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, PWA_OPTIONS, WEB_APP_MANIFEST } from '../../vite.config';

const PUBLIC = join(import.meta.dirname, '../../public');
const publicFiles = (dir = PUBLIC): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? publicFiles(p) : [relative(PUBLIC, p).split('\\').join('/')];
  });

/** File extensions named by globPatterns of the form '**\/*.{a,b,c}' or '**\/*.a'. */
function precachedExtensions(): Set<string> {
  const exts = new Set<string>();
  for (const pattern of PWA_OPTIONS.workbox?.globPatterns ?? []) {
    const m = /^\*\*\/\*\.(?:\{([a-z0-9,]+)\}|([a-z0-9]+))$/.exec(pattern);
    expect(m, `a pattern this test understands: ${pattern}`).not.toBeNull();
    for (const e of (m![1] ?? m![2]!).split(',')) exts.add(e);
  }
  return exts;
}

describe('PWA configuration', () => {
  it('registers from our own module: no injected (inline) register script, update on the user\'s word', () => {
    expect(PWA_OPTIONS.injectRegister).toBe(false);
    expect(PWA_OPTIONS.registerType).toBe('prompt');
  });

  it('the CSP lets the page register a same-origin service worker', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/worker-src 'self'/);
  });

  it('precaches the built code and every file in public/ that the app fetches, body.glb included', () => {
    const exts = precachedExtensions();
    for (const e of ['js', 'css', 'html']) expect(exts.has(e), e).toBe(true);
    const icons = new Set((WEB_APP_MANIFEST.icons ?? []).map((i) => i.src));
    const files = publicFiles();
    for (const must of ['models/body.glb', 'content/core.json', 'content/pack.schema.json']) expect(files).toContain(must);
    const limit = PWA_OPTIONS.workbox?.maximumFileSizeToCacheInBytes ?? 2 * 1024 * 1024;
    for (const f of files) {
      const ext = f.slice(f.lastIndexOf('.') + 1);
      expect(exts.has(ext) || (icons.has(f) && PWA_OPTIONS.includeManifestIcons !== false), `${f} is precached`).toBe(true);
      // Workbox leaves out (with a build error in vite-plugin-pwa) files over the limit; keep headroom.
      expect(statSync(join(PUBLIC, f)).size * 2, `${f} fits the precache size limit with room to grow`).toBeLessThan(limit);
    }
  });

  it('any URL of the app opens offline (navigation fallback to the precached index.html)', () => {
    expect(PWA_OPTIONS.workbox?.navigateFallback).toBe('index.html');
  });

  it('the manifest: name, standalone, opens on Explore, theme colours from src/ui/theme.css', () => {
    expect(WEB_APP_MANIFEST).toMatchObject({
      name: 'Myomap — trigger-point trainer',
      short_name: 'Myomap',
      display: 'standalone',
      start_url: './#/explore',
      theme_color: '#1646c8',
      background_color: '#f6f7f9',
    });
  });
});
