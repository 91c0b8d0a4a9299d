import { describe, expect, it } from 'vitest';
import { parsePack } from '../../src/content/loadPack';
import { MIGRATIONS, migratePack, OLDEST_PACK_VERSION, V0_TO_V1, type MigrationStep } from '../../src/content/migrations';
import { CURRENT_PACK_VERSION } from '../../src/content/schema';
import { fixturePack, fixtureRaw } from './fixtures';

describe('pack versions', () => {
  it('has one step per version, in order, ending at the current version', () => {
    MIGRATIONS.forEach((s, i) => {
      expect(s.from).toBe(OLDEST_PACK_VERSION + i);
      expect(s.to).toBe(s.from + 1);
    });
    expect(MIGRATIONS.at(-1)?.to).toBe(CURRENT_PACK_VERSION);
    expect(OLDEST_PACK_VERSION).toBe(0);
  });

  it('leaves a current pack untouched (same object, no steps)', () => {
    const raw = fixtureRaw();
    const r = migratePack(raw);
    expect(r).toMatchObject({ ok: true, fromVersion: 1, applied: [] });
    if (r.ok) expect(r.pack).toBe(raw);
  });

  it.each([
    [undefined, 'version', /^is required \(this app reads versions 0–1\)$/],
    ['1', 'version', /^must be a whole number, got "1"$/],
    [1.5, 'version', /^must be a whole number/],
    [2, 'version', /^version 2 is newer than this app understands .*update Myomap/],
    [99, 'version', /^version 99 is newer/],
    [-1, 'version', /^unknown version -1 \(this app reads versions 0–1\)$/],
  ])('refuses version %j', (version, path, message) => {
    const raw = fixtureRaw();
    if (version === undefined) delete raw.version;
    else raw.version = version;
    const r = migratePack(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.path).toBe(path);
    expect(r.issues[0]!.message).toMatch(message);
    // parsePack reports the same, and only that (the schema of an unknown version is not applied).
    const p = parsePack(raw);
    expect(p.ok ? [] : p.issues.map((i) => i.path)).toEqual(['version']);
  });

  it('refuses non-objects', () => {
    expect(migratePack([1])).toEqual({ ok: false, issues: [{ path: '(root)', message: 'a pack must be a JSON object, got an array' }] });
  });

  it('reports a step that throws as an issue', () => {
    const broken: MigrationStep = { from: 0, to: 1, summary: 'x', up: () => { throw new Error('nope'); } };
    expect(migratePack({ version: 0 }, [broken], 1)).toEqual({ ok: false, issues: [{ path: '(root)', message: 'could not migrate from version 0 to 1: nope' }] });
  });

  it('applies steps in order from the pack version', () => {
    const trace: number[] = [];
    const step = (from: number): MigrationStep => ({ from, to: from + 1, summary: '', up: (p) => (trace.push(from), { ...p, version: from + 1 }) });
    const r = migratePack({ version: 1 }, [step(0), step(1), step(2)], 3);
    expect(trace).toEqual([1, 2]);
    expect(r).toMatchObject({ ok: true, fromVersion: 1, pack: { version: 3 } });
  });
});

describe('version 0 → 1', () => {
  it('turns the version-0 fixture into the version-1 fixture', () => {
    const r = parsePack(fixtureRaw('v0-pack.json'));
    expect(r.ok ? [] : r.issues).toEqual([]);
    if (!r.ok) return;
    expect(r.warnings).toEqual([{ path: 'version', message: `migrated from version 0 to 1: ${V0_TO_V1.summary}` }]);
    const expected = fixturePack();
    expect({ ...r.pack, id: expected.id }).toEqual(expected);
  });

  it('maps hold, zones, technique names and precautions', () => {
    const v0 = {
      version: 0,
      techniques: [{ id: 'ischemic-compression', name: 'Ischemic compression' }],
      muscles: [
        {
          id: 'masseter',
          techniques: ['Ischemic compression', ' ISCHEMIC COMPRESSION ', 'ischemic-compression', 'Cross-fibre friction'],
          precautions: ['anticoagulants'],
          cautions: ['Avoid the parotid gland.'],
          triggerPoints: [
            {
              id: 'masseter-1',
              zones: [
                { kind: 'blob', radius: 0.03, essential: true, at: { landmark: 'tmj' } },
                { kind: 'blob', radius: 0.02, essential: false, at: { landmark: 'eye' } },
                { kind: 'blob', radius: 0.02, at: { landmark: 'ear' } },
              ],
              referralSide: 'both',
              hold: { min: 30, max: 60, pressure: 'Gentle.' },
            },
          ],
        },
      ],
    };
    const before = structuredClone(v0);
    const out = V0_TO_V1.up(v0) as any;
    expect(v0).toEqual(before); // pure
    expect(out.version).toBe(1);
    const m = out.muscles[0];
    expect(m.techniques).toEqual(['ischemic-compression', 'ischemic-compression', 'ischemic-compression', 'cross-fibre-friction']);
    expect(m.precautions).toEqual({ ids: ['anticoagulants'], notes: ['Avoid the parotid gland.'] });
    expect(m.cautions).toBeUndefined();
    const t = m.triggerPoints[0];
    expect(t.referral).toEqual({
      essential: [{ kind: 'blob', radius: 0.03, at: { landmark: 'tmj' } }],
      spillover: [
        { kind: 'blob', radius: 0.02, at: { landmark: 'eye' } },
        { kind: 'blob', radius: 0.02, at: { landmark: 'ear' } },
      ],
      side: 'both',
    });
    expect(t.zones).toBeUndefined();
    expect(t.referralSide).toBeUndefined();
    expect(t.hold).toEqual({ minSeconds: 30, maxSeconds: 60, repetitions: 1, pressureCue: 'Gentle.' });
  });

  it('passes odd shapes through for the schema to report', () => {
    const out = V0_TO_V1.up({ version: 0, muscles: [null, 3, { triggerPoints: 'x', techniques: 5 }, { triggerPoints: [null, { zones: 'x', hold: 7 }] }] }) as any;
    expect(out.muscles.slice(0, 3)).toEqual([null, 3, { triggerPoints: 'x', techniques: 5 }]);
    expect(out.muscles[3].triggerPoints).toEqual([null, { referral: 'x', hold: 7 }]);
    const r = parsePack({ ...fixtureRaw('v0-pack.json'), muscles: [{ id: 'masseter', triggerPoints: [{ hold: { min: 'a' } }] }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toContain('muscles[0].triggerPoints[0].hold.minSeconds');
  });
});
