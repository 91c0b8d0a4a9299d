import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePack } from '../../src/content/loadPack';
import type { Pack } from '../../src/content/schema';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** The fixture's raw JSON (a fresh copy each call, safe to mutate). */
export function fixtureRaw(name = 'full-pack.json'): Record<string, any> {
  return JSON.parse(fixtureText(name));
}

/** The parsed fixture pack; throws if it does not validate (a broken fixture, not a test subject). */
export function fixturePack(name = 'full-pack.json'): Pack {
  const r = parsePack(fixtureRaw(name));
  if (!r.ok) throw new Error(`fixture ${name} is invalid: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return r.pack;
}
