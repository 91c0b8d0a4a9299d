import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
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
