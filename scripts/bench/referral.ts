/**
 * `referralRepaintMs`: the CPU cost of repainting the referral for a new selection, in Node, on the
 * app's own code path: body.glb parsed by three's GLTFLoader (meshopt), `buildBody`, a
 * `BodyRuntime` (as the body worker builds it), then what the runtime's Explore repaint does: `computeReferralPaint` (zones
 * placed on the landmarks, every skin vertex weighted, into the reused buffer) and
 * `referral.apply` (attribute and marker arrays written, flagged for upload) for every muscle of the core pack, both sides. Excludes the GPU
 * upload of the changed attribute (part of the next frame, which `medianFrameMs` covers).
 */
import { readFileSync } from 'node:fs';
import { parsePackText } from '../../src/content/loadPack';
import { BodyRuntime } from '../../src/scene/BodyRuntime';
import { buildBody } from '../../src/scene/buildBody';
import { computeReferralPaint } from '../../src/scene/referralPaint';
import { parseBodyGlb } from '../../src/scene/parseBodyGlb';
import { CORE_JSON } from '../pack/io';
import { median } from './frames';

export interface ReferralBench {
  medianMs: number;
  p95Ms: number;
  repaints: number;
  skinVertices: number;
}

export async function referralBench(glbPath: string, rounds: number): Promise<ReferralBench> {
  const parsed = parsePackText(readFileSync(CORE_JSON, 'utf8'));
  if (!parsed.ok) throw new Error(`public/content/core.json is not a valid pack: ${parsed.issues[0]?.path}: ${parsed.issues[0]?.message}`);
  const pack = parsed.pack;
  const bytes = readFileSync(glbPath);
  const scene = await parseBodyGlb(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const runtime = new BodyRuntime(buildBody(scene));
  const skin = runtime.referral.skinPositions();
  const times: number[] = [];
  for (let round = 0; round < rounds + 1; round++) {
    for (const muscle of pack.muscles) {
      for (const side of ['r', 'l'] as const) {
        const t = performance.now();
        const paint = computeReferralPaint({ pack, selection: { muscleId: muscle.id, side }, shownTrp: null }, runtime.lookup, skin, runtime.paintBuffer);
        runtime.referral.apply(paint);
        // Round 0 warms the JIT and the memoised zone placement, as a user's first clicks would.
        if (round > 0) times.push(performance.now() - t);
      }
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    medianMs: median(times),
    p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN,
    repaints: times.length,
    skinVertices: runtime.paintBuffer.length,
  };
}
