/**
 * The `pack` CLI: exit codes, output and --json shapes. The tests marked [spawned] start
 * `tsx scripts/pack.ts` as a process (what `npm run pack --` runs); the others call the same `main` in
 * process to keep the suite fast.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noStackTrace, pack as spawned, packInProcess as pack } from './packCli';

const FIXTURE = 'test/content/fixtures/full-pack.json';
let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'myomap-cli-'));
  const raw = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  raw.muscles[0].triggerPoints[0].hold.maxSeconds = 900;
  raw.muscles[1].triggerPoints[0].anchor.landmark = 'not-a-landmark';
  delete raw.muscles[2].name;
  writeFileSync(file('invalid.json'), JSON.stringify(raw, null, 2));
  writeFileSync(file('empty.json'), '');
  writeFileSync(file('broken.json'), '{"format": "myomap-pack",');
  writeFileSync(file('array.json'), '[1, 2, 3]');
  writeFileSync(file('string.json'), '"a pack"');
  closeSync(openSync(file('huge.json'), 'w'));
  truncateSync(file('huge.json'), 11 * 1024 * 1024);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pack validate', () => {
  it('exits 0 for a valid pack [spawned]', async () => {
    const r = await spawned('validate', FIXTURE);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${FIXTURE}: valid (3 muscles, 3 trigger points)\n`);
  });

  it('exits 1 listing every problem of every file as "path: message", never a stack trace [spawned]', async () => {
    const files = ['invalid.json', 'missing.json', 'empty.json', 'broken.json', 'array.json', 'string.json', 'huge.json', '.'].map((f) => (f === '.' ? dir : file(f)));
    const r = await spawned('validate', FIXTURE, ...files);
    expect(r.code).toBe(1);
    expect(noStackTrace(r)).toBe(true);
    const out = r.stdout;
    expect(out).toContain(`${FIXTURE}: valid`);
    expect(out).toContain('invalid.json: 3 problems\n');
    expect(out).toContain('  muscles[0].triggerPoints[0].hold.maxSeconds: must be ≤ 600\n');
    expect(out).toContain('  muscles[1].triggerPoints[0].anchor.landmark: unknown landmark "not-a-landmark": not in the body model\n');
    expect(out).toContain('  muscles[2].name: is required (a string)\n');
    expect(out).toMatch(/missing\.json: 1 problem\n {2}\(root\): no such file: .*missing\.json\n/);
    expect(out).toMatch(/empty\.json: 1 problem\n {2}\(root\): the file is empty\n/);
    expect(out).toMatch(/broken\.json: 1 problem\n {2}\(root\): not valid JSON: /);
    expect(out).toMatch(/array\.json: 1 problem\n {2}\(root\): a pack must be a JSON object, got an array\n/);
    expect(out).toMatch(/string\.json: 1 problem\n {2}\(root\): a pack must be a JSON object, got "a pack"\n/);
    expect(out).toMatch(/huge\.json: 1 problem\n {2}\(root\): the file is too large \(11\.0 MB; the limit is 10 MB\)\n/);
    expect(out).toMatch(/is a directory, not a pack file/);
  });

  it('--json reports each file', async () => {
    const r = await pack('validate', '--json', FIXTURE, file('invalid.json'));
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toHaveLength(2);
    expect(report[0]).toEqual({ file: FIXTURE, ok: true, issues: [], warnings: [] });
    expect(report[1].ok).toBe(false);
    expect(report[1].issues.map((i: { path: string }) => i.path)).toEqual(['muscles[0].triggerPoints[0].hold.maxSeconds', 'muscles[1].triggerPoints[0].anchor.landmark', 'muscles[2].name']);
  });
});

describe('pack lint, stats, schema', () => {
  it('lint lists warnings (exit 0; 1 with --strict)', async () => {
    const r = await pack('lint', FIXTURE, '--strict');
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      `${FIXTURE}: 4 warnings`,
      '  muscles[1].exercises: no self-care exercise  [sternocleidomastoid]',
      '  muscles[1].triggerPoints[0].hold.minSeconds: 20 s is below the usual 30–120 s: cite a source that says so  [sternocleidomastoid, sternocleidomastoid-1]',
      '  muscles[1].triggerPoints[0].hold.maxSeconds: 150 s is above the usual 30–120 s: cite a source that says so  [sternocleidomastoid, sternocleidomastoid-1]',
      '  muscles[2].precautions: no precautions  [gluteus-medius]',
      '',
    ]);
  });

  it('lint refuses an invalid pack with exit 1', async () => {
    const r = await pack('lint', file('invalid.json'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('invalid.json: 3 problems');
  });

  it('stats --json prints the counts [spawned]', async () => {
    const r = await spawned('stats', FIXTURE, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ muscles: 3, triggerPoints: 3, zones: 7, sources: 2, regions: 6, exercises: 2, techniques: 3 });
    const human = await pack('stats', FIXTURE);
    expect(human.stdout).toMatch(/triggerPoints +3\n/);
  });

  it('schema writes the JSON Schema', async () => {
    const out = file('pack.schema.json');
    const r = await pack('schema', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*pack\.schema\.json \([\d,]+ bytes\)\n$/);
    const schema = JSON.parse(readFileSync(out, 'utf8'));
    expect(schema.title).toBe('Myomap content pack');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['format', 'version', 'muscles', 'quizzes']));
  });
});

describe('pack find', () => {
  it('--json prints the ranking, best first [spawned]', async () => {
    const r = await spawned('find', 'temple', '--pack', FIXTURE, '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['muscle', 'name', 'side', 'score', 'zone', 'triggerPoint', 'why']);
      // Why: the matched zone of the trigger point, and how much of the region / the zone overlap.
      const why = row.why as Record<string, unknown>[];
      expect(why).toHaveLength(1);
      expect(Object.keys(why[0]!)).toEqual(['zone', 'zoneIndex', 'side', 'listed', 'cover', 'within', 'depth']);
      expect(why[0]!.zone).toBe(row.zone);
      for (const k of ['cover', 'within', 'depth']) expect(why[0]![k]).toSatisfy((x: number) => x >= 0 && x <= 1);
    }
    expect(rows.map((x) => `${x.muscle}:${x.side}:${x.zone}`)).toEqual([
      'upper-trapezius:l:essential',
      'upper-trapezius:r:essential',
      'sternocleidomastoid:l:spillover',
      'sternocleidomastoid:r:spillover',
    ]);
    const scores = rows.map((x) => x.score as number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('matches names and aliases case-insensitively, filters by side, and prints a readable list', async () => {
    const r = await pack('find', 'Side', 'of', 'HEAD', '--side', 'r', '--pack', FIXTURE);
    expect(r.code).toBe(0);
    // The SCM pattern is bilateral, so both sternocleidomastoids answer for the right temple.
    expect(r.stdout).toMatch(
      /^Muscles that commonly refer to the right temple, best first:\n {2}1\. upper trapezius \(right\) +essential +\d\.\d{3} +trigger point upper-trapezius-1 +\(essential zone \d+: covers \d+% of the region, \d+% of the zone lies in it\)\n {2}2\. sternocleidomastoid \(left and right\) +spillover +0\.\d{3} .*\(spillover zone/,
    );
    expect(r.stdout).toContain('not a diagnosis');
  });

  it('an unknown region exits 1 with the closest names [spawned]', async () => {
    const r = await spawned('find', 'buttok', '--pack', FIXTURE);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown region "buttok"\. Closest: "buttock"/);
    expect(noStackTrace(r)).toBe(true);
  });

  it('uses the core pack by default', async () => {
    const r = await pack('find', 'low back', '--json', '--limit', '3');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(3);
  });

  it('ranks the core pack by overlap: the temple lists temporalis and upper trapezius in the top 5, with distinct scores', async () => {
    const r = await pack('find', 'temple', '--side', 'r', '--json', '--limit', '5');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { muscle: string; score: number; zone: string }[];
    expect(rows.map((x) => x.muscle)).toEqual(expect.arrayContaining(['temporalis', 'upper-trapezius']));
    for (const row of rows) expect(row.zone).toBe('essential');
    // Large regions used to saturate the overlap measure (every essential match scored 3.0).
    expect(rows[0]!.score).toBeGreaterThan(rows[rows.length - 1]!.score);
    expect(rows.every((x) => x.score < 3)).toBe(true);
  });
});

describe('pack build and usage', () => {
  it('build writes the assembled core pack deterministically', async () => {
    const out = file('core.json');
    const a = await pack('build', '--out', out);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^wrote .*core\.json: \d+ muscles, \d+ trigger points/);
    const first = readFileSync(out, 'utf8');
    const check = await pack('build', '--out', out, '--check');
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('is up to date');
    expect(JSON.parse(first).format).toBe('myomap-pack');
    writeFileSync(out, first.replace('"core"', '"changed"'));
    expect((await pack('build', '--out', out, '--check')).code).toBe(1);
  });

  it('usage errors exit 2 with the usage text [spawned once]', async () => {
    const first = await spawned();
    expect(first.code).toBe(2);
    expect(first.stderr).toContain('usage: npm run pack -- <command>');
    for (const args of [['frobnicate'], ['stats'], ['find', 'temple', '--side', 'x'], ['validate', '--nope', FIXTURE], ['find', 'x', '--limit', '0']]) {
      const r = await pack(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('usage: npm run pack -- <command>');
      expect(noStackTrace(r)).toBe(true);
    }
  });
});
