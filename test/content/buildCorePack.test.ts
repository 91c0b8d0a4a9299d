import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCorePack, originOf } from '../../scripts/pack/buildCorePack';
import { parsePack } from '../../src/content/loadPack';
import { fixtureRaw } from './fixtures';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Writes the fixture pack as fragments (several muscle and exercise files, mixed forms). */
function fragments(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'myomap-core-'));
  dirs.push(dir);
  const p = fixtureRaw();
  const write = (name: string, value: unknown) => writeFileSync(join(dir, name), JSON.stringify(value, null, 2));
  const { sources, regions, techniques, precautions, exercises, muscles, quizzes, ...meta } = p;
  write('pack.json', meta);
  write('sources.json', sources);
  write('regions.json', { regions });
  write('techniques.json', techniques);
  write('precautions.json', precautions);
  write('exercises-b.json', [exercises[1]]);
  write('exercises-a.json', [exercises[0]]);
  // Out of catalogue order on purpose: gluteus medius first; SCM (neck) comes before upper trapezius (upper back).
  write('muscles-lower.json', [muscles[2]]);
  write('muscles-head-neck.json', { muscles: [muscles[1], muscles[0]] });
  write('quizzes.json', quizzes);
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('buildCorePack', () => {
  it('assembles fragments into the same pack, in a fixed order', () => {
    const b = buildCorePack(fragments());
    expect(b.problems).toEqual([]);
    const r = parsePack(b.pack);
    expect(r.ok ? [] : r.issues).toEqual([]);
    // Muscles head to foot as in the catalogue; exercises by file name.
    const raw = fixtureRaw();
    expect(b.pack).toEqual({ ...raw, muscles: [raw.muscles[1], raw.muscles[0], raw.muscles[2]] });
    expect(Object.keys(b.pack)).toEqual(['format', 'version', 'id', 'title', 'authors', 'license', 'description', 'disclaimer', 'sources', 'regions', 'techniques', 'precautions', 'exercises', 'muscles', 'quizzes']);
    expect(originOf(b, 'muscles[2].triggerPoints[0].hold')).toMatch(/muscles-lower\.json, "gluteus-medius"$/);
    expect(originOf(b, 'exercises[1]')).toMatch(/exercises-b\.json, "ball-self-release"$/);
    expect(originOf(b, 'format')).toBeUndefined();
  });

  it('is deterministic', () => {
    const dir = fragments();
    expect(JSON.stringify(buildCorePack(dir).pack)).toBe(JSON.stringify(buildCorePack(dir).pack));
  });

  it('reports unreadable fragments by file', () => {
    const b = buildCorePack(fragments({ 'muscles-broken.json': '{ nope', 'exercises-empty.json': '', 'techniques-x.json': '{"foo": 1}' }));
    expect(b.problems.map((p) => p.path.replace(/^.*\//, ''))).toEqual(['(root)', 'techniques-x.json', 'exercises-empty.json', 'muscles-broken.json']);
    expect(b.problems[2]!.message).toBe('cannot read: the file is empty');
  });

  it('reports a missing pack.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'myomap-core-'));
    dirs.push(dir);
    expect(buildCorePack(dir).problems.map((p) => p.message)).toContain('missing (the pack metadata)');
  });
});

describe('public/content/core.json', () => {
  it('is exactly what content/core builds to (run `npm run pack -- build` after editing a fragment)', async () => {
    const { readFileSync } = await import('node:fs');
    const built = buildCorePack();
    const r = parsePack(built.pack);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const committed = readFileSync(join(import.meta.dirname, '../../public/content/core.json'), 'utf8');
    expect(committed === `${JSON.stringify(r.pack, null, 2)}\n`).toBe(true);
  });
});
