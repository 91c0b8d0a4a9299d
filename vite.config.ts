import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA, type ManifestOptions, type VitePWAOptions } from 'vite-plugin-pwa';

/**
 * Content-Security-Policy of the built app (production and the e2e test build), as a meta tag.
 * Applied only by `vite build`: the dev server (`npm start`) injects inline scripts for HMR.
 * - script-src 'self': the bundle only; no 'unsafe-inline', no 'unsafe-eval'.
 *   'wasm-unsafe-eval' is needed (and allows wasm compilation only, not JS eval): three's meshopt
 *   decoder compiles its WebAssembly module from bytes embedded in the bundle
 *   (WebAssembly.instantiate), which CSP blocks without it. It runs on the main thread (no
 *   useWorkers), so no blob: workers are allowed.
 * - worker-src 'self': no workers today; same-origin only if one is added.
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
  plugins: [react(), contentSecurityPolicy(), VitePWA(PWA_OPTIONS)],
  base: './',
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
