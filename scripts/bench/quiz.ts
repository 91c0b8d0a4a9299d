/**
 * Quiz figures over the core pack and the real body: generating a 50-question quiz (all types, with
 * the body's landmarks) and scoring a drawn pattern on the real skin (~30–60k vertices). Medians of
 * several runs after a warm-up, as the app pays them after its first quiz.
 * Targets (issue 5): quizGenerate50Ms ≤ 20, drawScoreMs ≤ 16.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { skinVertices } from '../pack/bodyModel';
import { MeshoptDecoder } from 'meshoptimizer';
import { parsePackText } from '../../src/content/loadPack';
import type { Pack } from '../../src/content/schema';
import { resolveReferral } from '../../src/domain/referral/resolveZone';
import { generateQuestions } from '../../src/domain/quiz/generateQuiz';
import { scoreAnswer } from '../../src/domain/quiz/score';
import type { Dab, DrawQuestion } from '../../src/domain/quiz/types';
import { loadBodyModel } from '../pack/bodyModel';

const ROOT = join(import.meta.dirname, '../..');
export const BODY_GLB = join(ROOT, 'public/models/body.glb');
export const CORE_PACK = join(ROOT, 'public/content/core.json');

/** The `skin` mesh's vertex positions in model space (world transform applied), xyz per vertex. */
export async function loadSkinPositions(glbPath: string = BODY_GLB): Promise<Float32Array> {
  await MeshoptDecoder.ready;
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.readBinary(new Uint8Array(await readFile(glbPath)));
  const node = doc.getRoot().listNodes().find((n) => n.getName() === 'skin');
  if (!node) throw new Error(`${glbPath} has no "skin" node`);
  return skinVertices(node);
}

export async function loadCorePack(path: string = CORE_PACK): Promise<Pack> {
  const r = parsePackText(await readFile(path, 'utf8'));
  if (!r.ok) throw new Error(`core pack invalid: ${r.issues[0]?.path}: ${r.issues[0]?.message}`);
  return r.pack;
}

/**
 * A stroke of dabs along the essential zones' centre lines (what a student painting the zone does),
 * with a fixed brush radius, or by default a brush 0.9 × each zone's own size.
 */
export function strokeAlong(question: DrawQuestion, pack: Pack, lookup: Parameters<typeof resolveReferral>[2], brush?: number): Dab[] {
  const trp = pack.muscles.find((m) => m.id === question.muscleId)!.triggerPoints.find((t) => t.id === question.triggerPointId)!;
  const dabs: Dab[] = [];
  for (const z of resolveReferral(trp, question.side, lookup).essential) {
    const pts = z.kind === 'blob' ? [z.center] : z.points;
    const radius = brush ?? 0.9 * (z.kind === 'blob' ? z.radius : z.halfWidth);
    for (let i = 0; i < pts.length; i++) {
      const a = pts[i]!;
      const b = pts[Math.min(i + 1, pts.length - 1)]!;
      // A brush drag leaves overlapping dabs: one every half radius.
      const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]) / (radius / 2)));
      for (let k = 0; k < steps; k++) {
        const t = k / steps;
        dabs.push({ center: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t], radius });
      }
    }
  }
  return dabs;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function quizBench(): Promise<{ quizGenerate50Ms: number; drawScoreMs: number }> {
  const [pack, model, skin] = await Promise.all([loadCorePack(), loadBodyModel(BODY_GLB), loadSkinPositions()]);
  const { lookup } = model;
  generateQuestions(pack, { seed: 0, count: 50, types: [], lookup }); // warm-up: JIT, placed zones
  const gen: number[] = [];
  for (let seed = 1; seed <= 15; seed++) {
    const t = performance.now();
    const qs = generateQuestions(pack, { seed, count: 50, types: [], lookup });
    gen.push(performance.now() - t);
    if (qs.length !== 50) throw new Error(`generated ${qs.length} questions, expected 50`);
  }
  // Draw questions over many patterns, each painted with a long stroke (~100+ dabs incl. a wide second pass).
  const draws = generateQuestions(pack, { seed: 7, count: 30, types: ['draw-pattern'], lookup }) as DrawQuestion[];
  const ctx = { lookup, pack, skinPositions: skin };
  const answers = draws.map((q) => ({ type: 'draw-pattern' as const, strokes: [strokeAlong(q, pack, lookup), strokeAlong(q, pack, lookup, 0.03)] }));
  draws.forEach((q, i) => scoreAnswer(q, answers[i]!, ctx)); // warm-up
  const score: number[] = [];
  draws.forEach((q, i) => {
    const t = performance.now();
    scoreAnswer(q, answers[i]!, ctx);
    score.push(performance.now() - t);
  });
  return { quizGenerate50Ms: median(gen), drawScoreMs: median(score) };
}
