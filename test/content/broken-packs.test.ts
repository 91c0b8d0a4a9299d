import { describe, expect, it } from 'vitest';
import { parsePack } from '../../src/content/loadPack';
import { fixtureRaw } from './fixtures';

type Raw = Record<string, any>;

/** [what, how to break the fixture, the paths expected (every one, in order)]. */
const CASES: [string, (p: Raw) => void, string[]][] = [
  ['hold above the maximum', (p) => (p.muscles[0].triggerPoints[0].hold.maxSeconds = 900), ['muscles[0].triggerPoints[0].hold.maxSeconds']],
  ['hold min above max', (p) => Object.assign(p.muscles[0].triggerPoints[0].hold, { minSeconds: 100, maxSeconds: 60 }), ['muscles[0].triggerPoints[0].hold.minSeconds']],
  ['hold as text', (p) => (p.muscles[2].triggerPoints[0].hold.minSeconds = '30'), ['muscles[2].triggerPoints[0].hold.minSeconds']],
  ['missing name', (p) => delete p.muscles[1].name, ['muscles[1].name']],
  ['bad enum', (p) => (p.muscles[0].layer = 'outer'), ['muscles[0].layer']],
  ['zone kind', (p) => (p.muscles[0].triggerPoints[0].referral.essential[1].kind = 'circle'), ['muscles[0].triggerPoints[0].referral.essential[1].kind']],
  ['radius too large', (p) => (p.regions[0].area[0].radius = 2), ['regions[0].area[0].radius']],
  ['offset of two numbers', (p) => (p.muscles[0].triggerPoints[0].anchor.offset = [0.1, 0]), ['muscles[0].triggerPoints[0].anchor.offset']],
  ['anchor without landmark or point', (p) => (p.muscles[0].triggerPoints[0].anchor = { offset: [0, 0, 0] }), ['muscles[0].triggerPoints[0].anchor.landmark']],
  ['anchor with both', (p) => (p.muscles[0].triggerPoints[0].anchor.point = [0.1, 1.4, 0]), ['muscles[0].triggerPoints[0].anchor.point']],
  ['no essential zone', (p) => (p.muscles[0].triggerPoints[0].referral.essential = []), ['muscles[0].triggerPoints[0].referral.essential']],
  ['id not kebab-case', (p) => (p.exercises[0].id = 'Upper Trap Stretch'), ['exercises[0].id', 'muscles[0].exercises[0]']],
  ['wrong format', (p) => (p.format = 'other'), ['format']],
  ['unknown muscle', (p) => (p.muscles[0].id = 'upper-trapezoid'), ['muscles[0].id']],
  ['unknown landmark', (p) => (p.muscles[1].triggerPoints[0].referral.spillover[0].at.landmark = 'templ'), ['muscles[1].triggerPoints[0].referral.spillover[0].at.landmark']],
  ['unknown landmark in a path and a region', (p) => {
    p.regions[1].area[0].points[1].landmark = 'c8-spinous';
    p.muscles[0].triggerPoints[0].referral.essential[0].points[0].landmark = 'mastoidd';
  }, ['regions[1].area[0].points[1].landmark', 'muscles[0].triggerPoints[0].referral.essential[0].points[0].landmark']],
  ['unknown references', (p) => {
    p.muscles[0].techniques.push('cupping');
    p.muscles[0].exercises[0] = 'neck-roll';
    p.muscles[0].precautions.ids.push('pregnancy');
    p.muscles[0].triggerPoints[0].regions.push('elbow');
    p.muscles[0].triggerPoints[0].sources.push('davies-2013');
    p.techniques[1].sources = ['nobody-2020'];
    p.muscles[0].region = 'torso';
  }, [
    'techniques[1].sources[0]',
    'muscles[0].region',
    'muscles[0].techniques[2]',
    'muscles[0].exercises[0]',
    'muscles[0].precautions.ids[1]',
    'muscles[0].triggerPoints[0].regions[3]',
    'muscles[0].triggerPoints[0].sources[2]',
  ]],
  ['duplicate ids', (p) => {
    p.sources.push({ ...p.sources[0] });
    p.muscles[2].id = 'upper-trapezius';
    p.muscles[0].triggerPoints.push({ ...p.muscles[0].triggerPoints[0] });
  }, ['sources[2].id', 'muscles[0].triggerPoints[1].id', 'muscles[2].id']],
];

describe('broken packs are refused with every problem at its path', () => {
  it.each(CASES)('%s', (_what, breakIt, paths) => {
    const raw = fixtureRaw();
    breakIt(raw);
    const r = parsePack(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.path)).toEqual(paths);
    for (const i of r.issues) expect(i.message.length).toBeGreaterThan(3);
  });

  it('words messages for authors', () => {
    const raw = fixtureRaw();
    raw.muscles[0].triggerPoints[0].hold.maxSeconds = 900;
    delete raw.muscles[1].name;
    raw.muscles[0].layer = 'outer';
    raw.muscles[0].id = 'upper-trapezius-x';
    const r = parsePack(raw);
    if (r.ok) throw new Error('expected problems');
    expect(r.issues).toEqual([
      { path: 'muscles[0].layer', message: 'must be one of "superficial", "intermediate" or "deep", got "outer"' },
      { path: 'muscles[0].triggerPoints[0].hold.maxSeconds', message: 'must be ≤ 600' },
      { path: 'muscles[0].id', message: 'unknown muscle "upper-trapezius-x": not in the body model (did you mean "upper-trapezius"?)' },
      { path: 'muscles[1].name', message: 'is required (a string)' },
    ]);
  });

  it('lists a hundred problems, not just the first', () => {
    const raw = fixtureRaw();
    const trp = raw.muscles[0].triggerPoints[0];
    raw.muscles[0].triggerPoints = Array.from({ length: 100 }, (_, i) => ({ ...trp, id: `t${i}`, hold: { ...trp.hold, maxSeconds: 700 } }));
    const r = parsePack(raw);
    expect(r.ok ? 0 : r.issues.length).toBe(100);
  });

  it('warns about unknown fields (typos) but still loads', () => {
    const raw = fixtureRaw();
    raw.muscles[0].triggerPoints[0].referral.spilover = [];
    raw.extra = true;
    const r = parsePack(raw);
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.path)).toEqual(['muscles[0].triggerPoints[0].referral.spilover', 'extra']);
  });

  it('checks references against a base pack for extension packs', () => {
    const base = parsePack(fixtureRaw());
    if (!base.ok) throw new Error('fixture');
    const ext = fixtureRaw();
    ext.id = 'extension';
    ext.sources = [];
    ext.techniques = [];
    ext.precautions = [];
    ext.exercises = [];
    ext.regions = [];
    ext.muscles = [ext.muscles[2]];
    expect(parsePack(ext).ok).toBe(false);
    const r = parsePack(ext, { base: base.pack });
    expect(r.ok ? [] : r.issues).toEqual([]);
  });

  it('accepts custom body catalogues (e.g. another model)', () => {
    const raw = fixtureRaw();
    raw.muscles[0].id = 'custom-muscle';
    expect(parsePack(raw).ok).toBe(false);
    expect(parsePack(raw, { catalogue: { muscles: new Set(['custom-muscle', 'sternocleidomastoid', 'gluteus-medius']) } }).ok).toBe(true);
    expect(parsePack(raw, { catalogue: { muscles: null } }).ok).toBe(true);
  });
});
