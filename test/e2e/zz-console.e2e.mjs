// Runs last: the whole suite logged no console errors (the no-WebGL test may: it provokes them).
import assert from 'node:assert/strict';
import { test } from './harness.mjs';

test('no console errors during the suite', async ({ suiteConsoleErrors }) => {
  const errors = suiteConsoleErrors().filter((e) => !e.allowed);
  assert.deepEqual(errors.map((e) => `[${e.test}] ${e.text}`), []);
}, { runLast: true });
