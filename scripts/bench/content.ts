/**
 * Content-pack figures: the pain-finder ranking (`find`) on the core pack and on a synthetic
 * 1,000-muscle pack, and parse + validate of that synthetic pack (text → checked Pack).
 * Landmarks come from body.glb, as the CLI reads them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parsePack, parsePackText } from '../../src/content/loadPack';
import type { Pack } from '../../src/content/schema';
import { buildCorePack } from '../pack/buildCorePack';
import { loadBodyModel } from '../pack/bodyModel';
import { rankEitherSide } from '../pack/find';
import { CORE_JSON } from '../pack/io';
import { makeSyntheticPack, syntheticMuscleIds } from '../pack/syntheticPack';

export interface ContentBench {
  rankCoreMs: number | null;
  rank1000Ms: number;
  packValidate1000Ms: number;
  details: Record<string, unknown>;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** The core pack as the app would load it, or why it cannot be used. */
function corePack(): { pack?: Pack; note: string } {
  if (existsSync(CORE_JSON)) {
    const r = parsePackText(readFileSync(CORE_JSON, 'utf8'));
    if (r.ok) return { pack: r.pack, note: 'public/content/core.json' };
  }
  const b = buildCorePack();
  const r = b.problems.length ? undefined : parsePack(b.pack);
  if (r?.ok) return { pack: r.pack, note: 'assembled from content/core' };
  return { note: `core pack invalid (${b.problems.length || (r && !r.ok ? r.issues.length : 0)} problems): run \`npm run pack -- build\`` };
}

/** Median time of one `find <region>` ranking (both sides), over every region of the pack, `rounds` times. */
function rankMedian(pack: Pack, lookup: Parameters<typeof rankEitherSide>[3], rounds: number): { medianMs: number; calls: number; results: number } {
  const times: number[] = [];
  let results = 0;
  for (let i = 0; i < rounds; i++) {
    for (const region of pack.regions) {
      times.push(time(() => (results = rankEitherSide(pack, region.id, ['r', 'l'], lookup).length)));
    }
  }
  return { medianMs: median(times), calls: times.length, results };
}

export async function contentBench(glbPath: string, quick: boolean): Promise<ContentBench> {
  const model = await loadBodyModel(glbPath);
  const details: Record<string, unknown> = {};

  const core = corePack();
  let rankCoreMs: number | null = null;
  if (core.pack) {
    const r = rankMedian(core.pack, model.lookup, quick ? 3 : 10);
    rankCoreMs = r.medianMs;
    details.rankCore = { pack: core.note, muscles: core.pack.muscles.length, regions: core.pack.regions.length, calls: r.calls };
  } else details.rankCore = { skipped: core.note };

  const n = 1000;
  const text = JSON.stringify(makeSyntheticPack(n));
  const catalogue = { muscles: syntheticMuscleIds(n) };
  // Medians of enough runs to be steady on a shared 2-core machine (one run is ≈ 0.2 s).
  const runs = quick ? 9 : 21;
  const parseTimes: number[] = [];
  let parsed: Pack | undefined;
  parsePackText(text, { catalogue }); // warm-up: JIT and zod's compiled fast paths
  for (let i = 0; i < runs; i++) {
    parseTimes.push(time(() => {
      const r = parsePackText(text, { catalogue });
      if (!r.ok) throw new Error(`synthetic pack invalid: ${r.issues[0]?.path}: ${r.issues[0]?.message}`);
      parsed = r.pack;
    }));
  }
  const synthetic = parsed!;
  const r1000 = rankMedian({ ...synthetic, regions: synthetic.regions.slice(0, quick ? 10 : 60) }, model.lookup, 1);
  details.synthetic = { muscles: n, bytes: text.length, parseRuns: runs, rankCalls: r1000.calls };

  return { rankCoreMs, rank1000Ms: r1000.medianMs, packValidate1000Ms: median(parseTimes), details };
}
