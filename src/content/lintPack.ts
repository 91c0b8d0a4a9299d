/**
 * Warnings about a valid pack: things that load fine but are probably mistakes or gaps (the CLI's
 * `lint`, and the import dialog's "loaded with warnings").
 */
import { getMuscle, MUSCLES } from '../domain/anatomy/muscles';
import type { Side } from '../domain/anatomy/types';
import { resolveAnchor } from '../domain/referral/resolveAnchor';
import type { AnchorLike, LandmarkLookup, Vec3, ZoneLike } from '../domain/referral/types';
import { checkReferences } from './crossRefs';
import { formatPath, type PackIssue } from './packIssue';
import type { Pack } from './schema';

export interface LintOptions {
  /** Landmark positions of the model: enables the "landmark not in the model" and off-skin checks. */
  landmarks?: LandmarkLookup | undefined;
  /** Distance (m) from a model-space point to the skin surface: enables the off-skin check. */
  skinDistance?: ((p: Readonly<Vec3>) => number) | undefined;
  /** Muscle ids the model has on both sides (default: the catalogue). */
  modelMuscles?: ReadonlySet<string> | undefined;
  /** The pack an extension pack builds on (its ids count as used/defined). */
  base?: Pack | undefined;
  /** Usual hold range in seconds; default 30–120. */
  holdRange?: { min: number; max: number } | undefined;
  /** How far (m) a zone point may lie from the skin; default 0.03 (trigger-point anchors: twice that). */
  skinTolerance?: number | undefined;
}

type Path = (string | number)[];
const SIDES: readonly Side[] = ['r', 'l'];

export function lintPack(pack: Pack, opts: LintOptions = {}): PackIssue[] {
  const out: PackIssue[] = [];
  const warn = (path: Path, message: string) => out.push({ path: formatPath(path), message });
  const range = opts.holdRange ?? { min: 30, max: 120 };
  const tol = opts.skinTolerance ?? 0.03;
  const modelMuscles = opts.modelMuscles ?? new Set(MUSCLES.map((m) => m.id));

  // Duplicates and dangling references (parsePack reports these as errors; lint runs on any Pack).
  out.push(...checkReferences(pack, { base: opts.base, muscles: null, landmarks: null }));

  const checkAnchor = (a: AnchorLike, path: Path, tolerance: number, what: string) => {
    if (!opts.landmarks) return;
    let worst = 0;
    for (const side of SIDES) {
      const p = resolveAnchor(a, side, opts.landmarks);
      if (!p) {
        warn([...path, 'landmark'], `landmark "${a.landmark}" is not in the model`);
        return;
      }
      if (opts.skinDistance) worst = Math.max(worst, opts.skinDistance(p));
    }
    if (worst > tolerance) warn(path, `${what} lies ${(worst * 100).toFixed(1)} cm from the skin (more than ${(tolerance * 100).toFixed(0)} cm): check the offset`);
  };
  const checkZones = (zones: readonly ZoneLike[], path: Path) =>
    zones.forEach((z, i) => {
      if (z.kind === 'blob') checkAnchor(z.at, [...path, i, 'at'], tol, 'zone centre');
      else z.points.forEach((p, j) => checkAnchor(p, [...path, i, 'points', j], tol, 'path point'));
    });

  const cited = new Set<string>();
  const cite = (ids: readonly string[]) => ids.forEach((id) => cited.add(id));
  for (const list of [pack.techniques, pack.precautions, pack.exercises]) for (const x of list) cite(x.sources);

  pack.regions.forEach((r, i) => checkZones(r.area, ['regions', i, 'area']));

  const used = { techniques: new Set<string>(), exercises: new Set<string>(), precautions: new Set<string>() };
  for (const m of opts.base?.muscles ?? []) {
    m.techniques.forEach((t) => used.techniques.add(t));
    m.exercises.forEach((e) => used.exercises.add(e));
    m.precautions.ids.forEach((p) => used.precautions.add(p));
  }

  pack.muscles.forEach((m, i) => {
    const mp: Path = ['muscles', i];
    if (!modelMuscles.has(m.id)) warn([...mp, 'id'], `muscle "${m.id}" is not in the model`);
    if (m.exercises.length === 0) warn([...mp, 'exercises'], 'no self-care exercise');
    if (m.techniques.length < 2) warn([...mp, 'techniques'], `${m.techniques.length === 0 ? 'no techniques' : 'only one technique'} (the core pack gives at least 2)`);
    if (m.precautions.ids.length === 0 && m.precautions.notes.length === 0) warn([...mp, 'precautions'], 'no precautions');
    m.techniques.forEach((t) => used.techniques.add(t));
    m.exercises.forEach((e) => used.exercises.add(e));
    m.precautions.ids.forEach((p) => used.precautions.add(p));
    cite(m.sources);
    m.triggerPoints.forEach((t, j) => {
      const tp: Path = [...mp, 'triggerPoints', j];
      cite(t.sources);
      checkAnchor(t.anchor, [...tp, 'anchor'], 2 * tol, 'trigger point');
      checkZones(t.referral.essential, [...tp, 'referral', 'essential']);
      checkZones(t.referral.spillover, [...tp, 'referral', 'spillover']);
      if (t.referral.spillover.length === 0) warn([...tp, 'referral', 'spillover'], 'no spillover zone');
      if (t.hold.minSeconds < range.min) warn([...tp, 'hold', 'minSeconds'], `${t.hold.minSeconds} s is below the usual ${range.min}–${range.max} s: cite a source that says so`);
      if (t.hold.maxSeconds > range.max) warn([...tp, 'hold', 'maxSeconds'], `${t.hold.maxSeconds} s is above the usual ${range.min}–${range.max} s: cite a source that says so`);
    });
  });

  lintQuizzes(pack, opts.base, warn);
  for (const q of pack.quizzes) for (const x of q.questions) cite(x.sources ?? []);

  for (const key of ['techniques', 'exercises', 'precautions'] as const) {
    pack[key].forEach((x, i) => {
      // Red flags (`red-flag-…`, "see a professional") apply to everyone: the pain finder and the
      // homework sheet show them whatever the muscle.
      if (key === 'precautions' && x.id.startsWith('red-flag-')) return;
      if (!used[key].has(x.id)) warn([key, i], `${key.slice(0, -1)} "${x.id}" is not used by any muscle`);
    });
  }
  pack.sources.forEach((s, i) => {
    if (!cited.has(s.id)) warn(['sources', i], `source "${s.id}" is never cited`);
    if (s.kind === 'book' && !s.publisher) warn(['sources', i, 'publisher'], 'a book without a publisher');
    if ((s.kind === 'article' || s.kind === 'review') && !s.journal && !s.doi) warn(['sources', i, 'journal'], `${s.kind === 'article' ? 'an article' : 'a review'} without a journal or DOI`);
  });
  return out;
}

/** Fewer muscles than this in a generate block's pool: name-the-muscle questions get weak or no distractors. */
export const MIN_GENERATE_POOL = 4;

/** Quiz warnings: uncited multiple-choice answers, thin generate pools, which-refers with no answer. */
function lintQuizzes(pack: Pack, base: Pack | undefined, warn: (path: Path, message: string) => void): void {
  // The muscles a quiz can draw on: the base's, replaced by the pack's own of the same id.
  const muscles = new Map<string, Pack['muscles'][number]>();
  for (const m of [...(base?.muscles ?? []), ...pack.muscles]) muscles.set(m.id, m);
  pack.quizzes.forEach((quiz, i) => {
    const qp: Path = ['quizzes', i];
    const g = quiz.generate;
    if (g) {
      const regions = new Set(g.regions);
      const chosen = new Set(g.muscles);
      // As generation's quizPool: a muscle filed under a pack region also counts in its body region.
      const inRegions = (m: Pack['muscles'][number]) => regions.has(m.region) || regions.has(getMuscle(m.id)?.region ?? '');
      const pool = [...muscles.values()].filter((m) => (regions.size === 0 || inRegions(m)) && (chosen.size === 0 || chosen.has(m.id)));
      if (pool.length < MIN_GENERATE_POOL) {
        const where = g.regions.length ? `region${g.regions.length === 1 ? '' : 's'} ${g.regions.map((r) => `"${r}"`).join(', ')}` : 'the pack';
        warn([...qp, 'generate', g.regions.length ? 'regions' : 'muscles'], `only ${pool.length} muscle${pool.length === 1 ? '' : 's'} in ${where} (fewer than ${MIN_GENERATE_POOL}): generated questions will have weak distractors; add regions or muscles`);
      }
    }
    quiz.questions.forEach((q, j) => {
      const p: Path = [...qp, 'questions', j];
      if (q.type === 'multiple-choice' && q.sources.length === 0) warn([...p, 'sources'], 'a multiple-choice question without sources: cite the pack sources that back the answer');
      if (q.type === 'which-refers' && !q.answers) {
        const refers = [...muscles.values()].some((m) => m.triggerPoints.some((t) => t.regions.includes(q.region)));
        if (!refers) warn([...p, 'region'], `no muscle of the pack refers to "${q.region}": give "answers" or choose another region`);
      }
    });
  });
}
