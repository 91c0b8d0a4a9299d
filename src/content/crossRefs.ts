/**
 * Reference checks the schema cannot express: ids that must exist in the body model or elsewhere in
 * the pack (or in the base pack an extension pack builds on), and duplicate ids. Written defensively
 * so it runs on packs that failed the schema too, and every problem is listed in one pass.
 */
import { BODY_REGIONS } from '../domain/anatomy/regions';
import { LANDMARKS } from '../domain/anatomy/landmarks';
import { MUSCLES } from '../domain/anatomy/muscles';
import { formatPath, type PackIssue } from './packIssue';
import { didYouMean } from './suggest';

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

  const ref = (value: unknown, path: Path, known: ReadonlySet<string>, what: string) => {
    if (typeof value === 'string' && !known.has(value)) push(path, `unknown ${what} "${value}"${didYouMean(value, known)}`);
  };
  const refs = (list: unknown, path: Path, known: ReadonlySet<string>, what: string) =>
    arr(list).forEach((v, i) => ref(v, [...path, i], known, what));
  const anchor = (a: unknown, path: Path) => {
    if (landmarkIds && isObj(a) && typeof a.landmark === 'string' && !landmarkIds.has(a.landmark)) {
      push([...path, 'landmark'], `unknown landmark "${a.landmark}": not in the body model${didYouMean(a.landmark, landmarkIds)}`);
    }
  };
  const zones = (list: unknown, path: Path) =>
    arr(list).forEach((z, i) => {
      if (!isObj(z)) return;
      if (z.kind === 'blob') anchor(z.at, [...path, i, 'at']);
      if (z.kind === 'path') arr(z.points).forEach((p, j) => anchor(p, [...path, i, 'points', j]));
    });

  for (const key of ['techniques', 'precautions', 'exercises'] as const) {
    arr(data[key]).forEach((item, i) => isObj(item) && refs(item.sources, [key, i, 'sources'], ids.sources, 'source'));
  }
  arr(data.regions).forEach((r, i) => isObj(r) && zones(r.area, ['regions', i, 'area']));

  const muscleRegions = new Set([...BODY_REGION_IDS, ...ids.regions]);
  arr(data.muscles).forEach((m, i) => {
    if (!isObj(m)) return;
    const p: Path = ['muscles', i];
    const id = str(m.id);
    if (id !== undefined && muscleIds && !muscleIds.has(id)) {
      push([...p, 'id'], `unknown muscle "${id}": not in the body model${didYouMean(id, muscleIds)}`);
    }
    ref(m.region, [...p, 'region'], muscleRegions, 'region');
    refs(m.techniques, [...p, 'techniques'], ids.techniques, 'technique');
    refs(m.exercises, [...p, 'exercises'], ids.exercises, 'exercise');
    if (isObj(m.precautions)) refs(m.precautions.ids, [...p, 'precautions', 'ids'], ids.precautions, 'precaution');
    refs(m.sources, [...p, 'sources'], ids.sources, 'source');
    const trps = arr(m.triggerPoints);
    checkDuplicates(trps, [...p, 'triggerPoints'], push);
    trps.forEach((t, j) => {
      if (!isObj(t)) return;
      const tp: Path = [...p, 'triggerPoints', j];
      anchor(t.anchor, [...tp, 'anchor']);
      if (isObj(t.referral)) {
        zones(t.referral.essential, [...tp, 'referral', 'essential']);
        zones(t.referral.spillover, [...tp, 'referral', 'spillover']);
      }
      refs(t.regions, [...tp, 'regions'], ids.regions, 'region');
      refs(t.sources, [...tp, 'sources'], ids.sources, 'source');
    });
  });

  arr(data.quizzes).forEach((q, i) => isObj(q) && checkDuplicates(arr(q.questions), ['quizzes', i, 'questions'], push));
  return issues;
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
