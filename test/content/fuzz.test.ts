/** No input makes the parser throw: 10,000 random inputs (arbitrary JSON, text, and mutated valid packs). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePack, parsePackText, type ParseResult } from '../../src/content/loadPack';
import { fixtureRaw } from './fixtures';

function wellFormed(r: ParseResult): boolean {
  if (r.ok) return typeof r.pack === 'object' && Array.isArray(r.warnings);
  return r.issues.length > 0 && r.issues.every((i) => typeof i.path === 'string' && i.path.length > 0 && typeof i.message === 'string' && i.message.length > 0);
}

/**
 * Replaces the value at a random path of the pack with an arbitrary JSON value (or deletes it),
 * copying only the containers along the path (the input is left as it was).
 */
function mutate(node: unknown, choices: readonly number[], value: unknown, del: boolean): unknown {
  if (typeof node !== 'object' || node === null) return value;
  const keys = Object.keys(node);
  if (keys.length === 0 || choices.length === 0) return value;
  const key = keys[choices[0]! % keys.length]!;
  const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string, unknown>;
  const child = copy[key];
  if (choices.length === 1 || typeof child !== 'object' || child === null) {
    if (del && !Array.isArray(copy)) delete copy[key];
    else copy[key] = value;
  } else copy[key] = mutate(child, choices.slice(1), value, del);
  return copy;
}

const RUNS = { json: 3000, text: 2000, mutated: 5000 };
const base = fixtureRaw();
const baseText = JSON.stringify(base);

describe('parser fuzzing (10,000 inputs)', () => {
  it(`arbitrary JSON values (${RUNS.json})`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ format: fc.constant('myomap-pack'), version: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.jsonValue()), muscles: fc.jsonValue() }, { requiredKeys: [] })), (v) => {
        expect(wellFormed(parsePack(v))).toBe(true);
      }),
      { numRuns: RUNS.json, seed: 4242 },
    );
  });

  it(`arbitrary text and damaged pack text (${RUNS.text})`, () => {
    const damaged = fc.tuple(fc.nat(baseText.length), fc.nat(40), fc.string({ maxLength: 8 })).map(([at, cut, ins]) => baseText.slice(0, at) + ins + baseText.slice(at + cut));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), damaged), (text) => {
        expect(wellFormed(parsePackText(text))).toBe(true);
      }),
      { numRuns: RUNS.text, seed: 4243 },
    );
  });

  it(`mutated valid packs (${RUNS.mutated})`, () => {
    const v0 = fixtureRaw('v0-pack.json');
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), fc.boolean(), (old, path, value, del) => {
        const r = parsePack(mutate(old ? v0 : base, path, value, del));
        expect(wellFormed(r)).toBe(true);
      }),
      { numRuns: RUNS.mutated, seed: 4244 },
    );
  });
});
