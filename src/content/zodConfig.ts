import { z } from 'zod';

// No JIT: Zod otherwise probes `new Function('')` (and compiles parsers with it), which the app's
// Content-Security-Policy (no 'unsafe-eval') blocks and reports as a securitypolicyviolation.
// Imported before any schema is defined (src/content/schema.ts, src/state/persistence.ts).
z.config({ jitless: true });

export { z };

/**
 * Builds a group of schemas on first use, not when the module loads: making zod schemas costs real
 * time at start-up (≈ 0.1 s for the saved-state schemas on a slow machine), and most are needed
 * only when there is something saved to read or a file to import. Export them as
 * `z.lazy(() => schemas().X)`.
 */
export function onFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
