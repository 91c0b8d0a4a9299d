import { z } from 'zod';

// No JIT: Zod otherwise probes `new Function('')` (and compiles parsers with it), which the app's
// Content-Security-Policy (no 'unsafe-eval') blocks and reports as a securitypolicyviolation.
// Imported before any schema is defined (src/content/schema.ts, src/state/persistence.ts).
z.config({ jitless: true });

export { z };
