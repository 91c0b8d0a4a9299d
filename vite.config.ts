import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA, type ManifestOptions, type VitePWAOptions } from 'vite-plugin-pwa';

/**
 * Content-Security-Policy of the built app (production and the e2e test build), as a meta tag.
 * Applied only by `vite build`: the dev server (`npm start`) injects inline scripts for HMR.
 * - script-src 'self': the bundle only; no 'unsafe-inline', no 'unsafe-eval'.
 *   'wasm-unsafe-eval' is needed (and allows wasm compilation only, not JS eval): three's meshopt
 *   decoder compiles its WebAssembly module from bytes embedded in the bundle
 *   (WebAssembly.instantiate), which CSP blocks without it. It runs in the body worker (or on
 *   the main thread when no worker can run), never in its own blob: workers (no useWorkers).
 * - worker-src 'self': the body worker (src/scene/body.worker.ts, a same-origin module script).
 * - style-src 'self': the stylesheet only. React's `style` props are set through the CSSOM
 *   (element.style.x = …), which CSP does not restrict, so 'unsafe-inline' is not needed.
 * - img-src 'self' data:: the favicon is `data:,`.
 * - connect-src 'self': body.glb, content/core.json and ?pack= URLs are all same-origin.
 * - object-src 'none', base-uri 'self', form-action 'self'. (frame-ancestors cannot be set by a
 *   meta tag; a server would send it as a header.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'myomap-csp',
    apply: 'build',
    // Right after <meta charset>, before any script or stylesheet it governs.
    transformIndexHtml(html) {
      const charset = /<meta charset="UTF-8"\s*\/?>/i;
      if (!charset.test(html)) throw new Error('myomap-csp: index.html has no <meta charset="UTF-8">');
      return html.replace(charset, (m) => `${m}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
    },
  };
}

/** What the two plugins below read of an output chunk (Rollup's and Rolldown's chunks both fit). */
interface OutputChunk {
  fileName: string;
  imports: string[];
  isEntry: boolean;
  facadeModuleId: string | null;
  code: string;
  viteMetadata?: { importedCss: Set<string> };
}
const chunksOf = (bundle: Record<string, { type: string }>): OutputChunk[] => Object.values(bundle).filter((c) => c.type === 'chunk') as unknown as OutputChunk[];

/** The chunks `roots` import statically, themselves included (file names). */
function importClosure(chunks: readonly OutputChunk[], roots: readonly OutputChunk[]): OutputChunk[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Map<string, OutputChunk>();
  const add = (c: OutputChunk | undefined) => {
    if (!c || seen.has(c.fileName)) return;
    seen.set(c.fileName, c);
    for (const dep of c.imports) add(byFile.get(dep));
  };
  roots.forEach(add);
  return [...seen.values()];
}

/**
 * The app shell (src/app/mount.tsx: React and the panels) is imported by the small entry right
 * after it has started the early work (src/app/startup.ts). Linking its chunks (modulepreload)
 * and styles from index.html lets them download and compile alongside the entry instead of after
 * it. They are part of the initial JS; the 3D view's chunk (three.js) is not linked: the entry
 * requests it (startup.ts).
 */
function preloadAppShell(): Plugin {
  return {
    name: 'myomap-preload-app-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = chunksOf(ctx.bundle ?? {});
        const shell = chunks.find((c) => c.facadeModuleId?.endsWith('/src/app/mount.tsx'));
        if (!shell) throw new Error('myomap-preload-app-shell: no chunk for src/app/mount.tsx');
        const closure = importClosure(chunks, [shell]);
        const scripts = closure.map((c) => c.fileName);
        const styles = new Set(closure.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]));
        const link = (rel: string, file: string) => ({ tag: 'link', attrs: { rel, crossorigin: true, href: `./${file}` }, injectTo: 'head' as const });
        // The entry runs as soon as it has arrived (async), not after the style sheets: it only
        // starts downloads and probes WebGL; main.tsx mounts the app once the styles are in.
        const entry = /<script type="module" crossorigin src=/;
        if (!entry.test(html)) throw new Error('myomap-preload-app-shell: no entry <script type="module" crossorigin src=…> in index.html');
        return {
          html: html.replace(entry, '<script type="module" async crossorigin src='),
          tags: [
            ...[...styles].filter((f) => !html.includes(f)).map((f) => link('stylesheet', f)),
            ...scripts.filter((f) => !html.includes(f)).map((f) => link('modulepreload', f)),
          ],
        };
      },
    },
  };
}

/**
 * V8 explicit compile hints: a file starting with `//# allFunctionsCalledOnLoad` is compiled whole
 * while it streams in, on a background thread, instead of function by function on the main thread
 * at first call. For the code that mostly runs at start: the entry, the app shell
 * (src/app/mount.tsx) and the 3D view (src/scene/Viewport.tsx, three.js), with the chunks they
 * import; measured ≈ 0.1 s sooner to the first frame under SwiftShader. Other browsers ignore it.
 */
const EAGER_ROOTS = ['/src/app/mount.tsx', '/src/scene/Viewport.tsx'];
function compileHints(): Plugin {
  return {
    name: 'myomap-compile-hints',
    apply: 'build',
    // Last: Vite itself writes a first line (`const __vite__mapDeps…`) into chunks with dynamic imports.
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = chunksOf(bundle);
        const roots = chunks.filter((c) => c.isEntry || EAGER_ROOTS.some((r) => c.facadeModuleId?.endsWith(r)));
        for (const c of importClosure(chunks, roots)) c.code = `//# allFunctionsCalledOnLoad\n${c.code}`;
      },
    },
  };
}

/** Web app manifest: installable, opens on Explore. Colours from src/ui/theme.css (light theme). */
export const WEB_APP_MANIFEST: Partial<ManifestOptions> = {
  name: 'Myomap — trigger-point trainer',
  short_name: 'Myomap',
  description: 'Explore the muscles of a 3D human body and their trigger points: for massage-therapy students, instructors and clients.',
  lang: 'en',
  start_url: './#/explore',
  scope: './',
  display: 'standalone',
  theme_color: '#1646c8', // --accent
  background_color: '#f6f7f9', // --bg
  // Drawn by scripts/icons/makeIcons.ts.
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
    { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

/**
 * Offline use (vite-plugin-pwa, Workbox generateSW). Everything the app needs is precached at the
 * first visit: the bundle (JS/CSS/HTML), models/body.glb, content/core.json and pack.schema.json,
 * the manifest and icons. Each build gets a new precache manifest (revisions), so changed files,
 * core.json included, reach users as a new version: "Reload to update" (registerType 'prompt':
 * the new worker waits until the user agrees, so a page never runs with mixed versions).
 * The app registers the worker itself (src/app/pwa/registerServiceWorker.ts): the CSP allows no
 * inline script, so the plugin injects nothing into index.html but the manifest link.
 */
export const PWA_OPTIONS: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  injectRegister: false,
  manifest: WEB_APP_MANIFEST,
  includeManifestIcons: true,
  workbox: {
    // The manifest and its icons are added by the plugin itself (includeManifestIcons).
    globPatterns: ['**/*.{js,css,html,glb,json,wasm}'],
    // body.glb is ~2.2 MB and the 3D chunk ~0.9 MB; Workbox's default limit is 2 MiB.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // A navigation to any URL of the app (e.g. ?pack=… links, which the precache would not match)
    // gets the precached index.html, so such links open offline too.
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // Nothing is fetched at run time beyond the precache except user packs named by ?pack= (same
    // origin): those go to the network as before, so no runtime caching is configured.
  },
  devOptions: { enabled: false },
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadAppShell(), compileHints(), VitePWA(PWA_OPTIONS)],
  base: './',
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
  // The body worker is an ES module (three.js bundled into it; it shares no chunk with the page).
  worker: { format: 'es' },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
