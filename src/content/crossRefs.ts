/**
 * Reference checks the schema cannot express: ids that must exist in the body model or elsewhere in
 * the pack (or in the base pack an extension pack builds on), and duplicate ids. Written defensively
 * so it runs on packs that failed the schema too, and every problem is listed in one pass.
 */
import { BODY_REGIONS } from '../domain/anatomy/regions';
import { LANDMARKS } from '../domain/anatomy/landmarks';
import { MUSCLES } from '../domain/anatomy/muscles';
import { formatPath, type PackIssue } from './packIssue';
import { didYouMean, editDistance } from './suggest';

type Obj = Record<string, unknown>;
type Path = (string | number)[];

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export const LIST_KEYS = ['sources', 'regions', 'techniques', 'precautions', 'exercises', 'muscles', 'quizzes'] as const;
export type ListKey = (typeof LIST_KEYS)[number];

export interface CrossRefOptions {
  /** The pack an extension pack builds on: its ids may be referenced. */
  base?: Partial<Record<ListKey, readonly { id: string }[]>> | undefined;
  /** Muscle ids the body has (default: the catalogue); null skips the check. */
  muscles?: ReadonlySet<string> | null | undefined;
  /** Landmark ids the body has (default: the catalogue); null skips the check. */
  landmarks?: ReadonlySet<string> | null | undefined;
}

const CATALOGUE_MUSCLES: ReadonlySet<string> = new Set(MUSCLES.map((m) => m.id));
const CATALOGUE_LANDMARKS: ReadonlySet<string> = new Set(LANDMARKS.map((l) => l.id));
const BODY_REGION_IDS: ReadonlySet<string> = new Set(BODY_REGIONS.map((r) => r.id));

/** Every reference and duplicate problem in a (migrated, not necessarily valid) pack. */
export function checkReferences(data: unknown, opts: CrossRefOptions = {}): PackIssue[] {
  if (!isObj(data)) return [];
  const issues: PackIssue[] = [];
  const push = (path: Path, message: string) => issues.push({ path: formatPath(path), message });

  // Ids per list (pack + base), duplicates within the pack's own lists.
  const ids = {} as Record<ListKey, Set<string>>;
  for (const key of LIST_KEYS) {
    ids[key] = new Set(opts.base?.[key]?.map((x) => x.id) ?? []);
    checkDuplicates(arr(data[key]), [key], push);
    for (const item of arr(data[key])) {
      const id = isObj(item) ? str(item.id) : undefined;
      if (id !== undefined) ids[key].add(id);
    }
  }

  const muscleIds = opts.muscles === undefined ? CATALOGUE_MUSCLES : opts.muscles;
  const landmarkIds = opts.landmarks === undefined ? CATALOGUE_LANDMARKS : opts.landmarks;

  // The current location as a stack of keys (copied only when a problem is reported).
  const at: Path = [];
  const within = (key: string | number, fn: () => void) => {
    at.push(key);
    fn();
    at.pop();
  };
  const report = (message: string, ...tail: Path) => push([...at, ...tail], message);

  const ref = (value: unknown, key: string | number, known: ReadonlySet<string>, what: string) => {
    if (typeof value === 'string' && !known.has(value)) report(`unknown ${what} "${value}"${didYouMean(value, known)}`, key);
  };
  const refs = (list: unknown, key: string, known: ReadonlySet<string>, what: string) =>
    within(key, () => arr(list).forEach((v, i) => ref(v, i, known, what)));
  const anchor = (a: unknown) => {
    if (landmarkIds && isObj(a) && typeof a.landmark === 'string' && !landmarkIds.has(a.landmark)) {
      report(`unknown landmark "${a.landmark}": not in the body model${didYouMean(a.landmark, landmarkIds)}`, 'landmark');
    }
  };
  const zones = (list: unknown, key: string) =>
    within(key, () =>
      arr(list).forEach((z, i) => {
        if (!isObj(z)) return;
        if (z.kind === 'blob') within(i, () => within('at', () => anchor(z.at)));
        if (z.kind === 'path') within(i, () => within('points', () => arr(z.points).forEach((p, j) => within(j, () => anchor(p)))));
      }),
    );

  for (const key of ['techniques', 'precautions', 'exercises'] as const) {
    within(key, () => arr(data[key]).forEach((item, i) => isObj(item) && within(i, () => refs(item.sources, 'sources', ids.sources, 'source'))));
  }
  within('regions', () => arr(data.regions).forEach((r, i) => isObj(r) && within(i, () => zones(r.area, 'area'))));

  const muscleRegions = new Set([...BODY_REGION_IDS, ...ids.regions]);
  at.push('muscles');
  arr(data.muscles).forEach((m, i) => {
    if (!isObj(m)) return;
    at.push(i);
    const id = str(m.id);
    if (id !== undefined && muscleIds && !muscleIds.has(id)) {
      report(`unknown muscle "${id}": not in the body model${didYouMean(id, muscleIds)}`, 'id');
    }
    ref(m.region, 'region', muscleRegions, 'region');
    refs(m.techniques, 'techniques', ids.techniques, 'technique');
    refs(m.exercises, 'exercises', ids.exercises, 'exercise');
    if (isObj(m.precautions)) within('precautions', () => refs((m.precautions as Obj).ids, 'ids', ids.precautions, 'precaution'));
    refs(m.sources, 'sources', ids.sources, 'source');
    const trps = arr(m.triggerPoints);
    checkDuplicates(trps, [...at, 'triggerPoints'], push);
    at.push('triggerPoints');
    trps.forEach((t, j) => {
      if (!isObj(t)) return;
      at.push(j);
      within('anchor', () => anchor(t.anchor));
      if (isObj(t.referral)) {
        const referral = t.referral;
        within('referral', () => {
          zones(referral.essential, 'essential');
          zones(referral.spillover, 'spillover');
        });
      }
      refs(t.regions, 'regions', ids.regions, 'region');
      refs(t.sources, 'sources', ids.sources, 'source');
      at.pop();
    });
    at.length -= 2;
  });
  at.pop();

  arr(data.quizzes).forEach((q, i) => isObj(q) && checkDuplicates(arr(q.questions), ['quizzes', i, 'questions'], push));
  checkQuizReferences(data, ids, muscleRegions, opts, push);
  return issues;
}

/**
 * Quiz questions name muscles, trigger points, regions and sources of the pack (or its base): each
 * must exist, and a trigger point must be one of its muscle's.
 */
function checkQuizReferences(data: Obj, ids: Record<ListKey, Set<string>>, muscleRegions: ReadonlySet<string>, opts: CrossRefOptions, push: (path: Path, message: string) => void): void {
  const quizzes = arr(data.quizzes);
  if (quizzes.length === 0) return;
  // Trigger point ids per muscle; the pack's own muscle replaces the base's (as mergePacks does).
  const trps = new Map<string, string[]>();
  for (const m of [...arr(opts.base?.muscles), ...arr(data.muscles)]) {
    if (!isObj(m) || typeof m.id !== 'string') continue;
    trps.set(m.id, arr(m.triggerPoints).flatMap((t) => (isObj(t) && typeof t.id === 'string' ? [t.id] : [])));
  }
  const check = (value: unknown, path: Path, known: ReadonlySet<string>, what: string) => {
    if (typeof value === 'string' && !known.has(value)) push(path, `unknown ${what} "${value}"${suggestId(value, known)}`);
  };
  const checkAll = (list: unknown, path: Path, known: ReadonlySet<string>, what: string) => arr(list).forEach((v, i) => check(v, [...path, i], known, what));
  const checkTrp = (muscle: unknown, trp: unknown, path: Path) => {
    if (typeof muscle !== 'string' || typeof trp !== 'string') return;
    const own = trps.get(muscle);
    if (own && !own.includes(trp)) {
      push(path, `trigger point "${trp}" is not one of ${muscle}'s (${own.join(', ') || 'none'})${suggestId(trp, new Set(own))}`);
    }
  };

  quizzes.forEach((quiz, i) => {
    if (!isObj(quiz)) return;
    const qp: Path = ['quizzes', i];
    if (isObj(quiz.generate)) {
      checkAll(quiz.generate.regions, [...qp, 'generate', 'regions'], muscleRegions, 'region');
      checkAll(quiz.generate.muscles, [...qp, 'generate', 'muscles'], ids.muscles, 'muscle');
    }
    arr(quiz.questions).forEach((q, j) => {
      if (!isObj(q)) return;
      const p: Path = [...qp, 'questions', j];
      check(q.muscle, [...p, 'muscle'], ids.muscles, 'muscle');
      checkTrp(q.muscle, q.triggerPoint, [...p, 'triggerPoint']);
      check(q.region, [...p, 'region'], ids.regions, 'region');
      checkAll(q.answers, [...p, 'answers'], ids.muscles, 'muscle');
      checkAll(q.sources, [...p, 'sources'], ids.sources, 'source');
      if (isObj(q.body)) {
        check(q.body.muscle, [...p, 'body', 'muscle'], ids.muscles, 'muscle');
        checkTrp(q.body.muscle, q.body.triggerPoint, [...p, 'body', 'triggerPoint']);
      }
    });
  });
}

/**
 * "Did you mean" for ids written by hand: whole-id matches first, then ids with a part close to the
 * word (`trapezuis` → the three trapezius ids), since quiz authors often write only the main word.
 */
function suggestId(word: string, known: ReadonlySet<string>): string {
  const whole = didYouMean(word, known);
  if (whole || word.length < 4) return whole;
  const limit = Math.max(1, Math.floor(word.length / 4));
  let best = Infinity;
  let hits: string[] = [];
  for (const id of known) {
    const d = Math.min(...id.split('-').map((part) => (Math.abs(part.length - word.length) > limit ? Infinity : editDistance(word, part))));
    if (d > limit || d > best) continue;
    if (d < best) (best = d), (hits = []);
    hits.push(id);
  }
  hits.sort();
  if (hits.length === 0 || hits.length > 3) return '';
  const q = hits.map((x) => `"${x}"`);
  return ` (did you mean ${q.length === 1 ? q[0] : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`}?)`;
}

function checkDuplicates(list: unknown[], path: Path, push: (path: Path, message: string) => void): void {
  const first = new Map<string, number>();
  list.forEach((item, i) => {
    const id = isObj(item) ? str(item.id) : undefined;
    if (id === undefined) return;
    const j = first.get(id);
    if (j === undefined) first.set(id, i);
    else push([...path, i, 'id'], `duplicate id "${id}" (also at ${formatPath([...path, j])})`);
  });
}
