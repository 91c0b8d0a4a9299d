/**
 * Pack versions and the pure steps between them. `migratePack` reads a pack of any known version and
 * returns it in the current one; the schema then checks the result.
 *
 * Version 0 (the pre-release draft the first instructor packs were written in) differs from 1 only
 * inside muscles:
 * - `muscles[].techniques` held technique NAMES ("Ischemic compression"), not ids;
 * - `muscles[].precautions` was a flat list of precaution ids, with muscle-specific notes in
 *   `muscles[].cautions` (string[]);
 * - a trigger point listed its zones flat: `zones: [{kind, …, essential: boolean}]`, with the side of
 *   the pattern in `referralSide` ('same' | 'both', default 'same');
 * - `hold` was `{min, max, reps?, pressure}` (seconds; reps defaulting to 1).
 * Version 1 is the current format (schema.ts).
 *
 * A step never throws on odd input: parts it does not recognise are passed on unchanged, for the
 * schema to report at their version-1 paths.
 */
import { CURRENT_PACK_VERSION } from './schema';
import { describeValue, ROOT_PATH, type PackIssue } from './packIssue';

type Obj = Record<string, unknown>;

export interface MigrationStep {
  from: number;
  to: number;
  /** One line for the warnings shown after an import. */
  summary: string;
  up(pack: Readonly<Obj>): Obj;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function holdV0ToV1(hold: unknown): unknown {
  if (!isObj(hold)) return hold;
  const { min, max, reps, pressure, ...rest } = hold;
  return { ...rest, minSeconds: min, maxSeconds: max, repetitions: reps ?? 1, pressureCue: pressure };
}

function triggerPointV0ToV1(trp: unknown): unknown {
  if (!isObj(trp)) return trp;
  const { zones, referralSide, hold, ...rest } = trp;
  const out: Obj = { ...rest };
  if (Array.isArray(zones)) {
    const essential: unknown[] = [];
    const spillover: unknown[] = [];
    for (const z of zones) {
      if (isObj(z)) {
        const { essential: isEssential, ...zone } = z;
        (isEssential === true ? essential : spillover).push(zone);
      } else spillover.push(z);
    }
    out.referral = { essential, spillover, side: referralSide ?? 'same' };
  } else if (zones !== undefined) out.referral = zones;
  if (hold !== undefined) out.hold = holdV0ToV1(hold);
  return out;
}

function muscleV0ToV1(m: unknown, techniqueIds: ReadonlyMap<string, string>): unknown {
  if (!isObj(m)) return m;
  const { techniques, precautions, cautions, triggerPoints, ...rest } = m;
  const out: Obj = { ...rest };
  if (techniques !== undefined) {
    out.techniques = Array.isArray(techniques)
      ? techniques.map((t) => (typeof t === 'string' ? (techniqueIds.get(t.trim().toLowerCase()) ?? slug(t)) : t))
      : techniques;
  }
  if (precautions !== undefined || cautions !== undefined) {
    out.precautions = Array.isArray(precautions) || precautions === undefined ? { ids: precautions ?? [], notes: cautions ?? [] } : precautions;
  }
  if (triggerPoints !== undefined) out.triggerPoints = Array.isArray(triggerPoints) ? triggerPoints.map(triggerPointV0ToV1) : triggerPoints;
  return out;
}

export const V0_TO_V1: MigrationStep = {
  from: 0,
  to: 1,
  summary: 'technique names → ids, flat zones → essential/spillover, hold {min,max,reps,pressure} → {minSeconds,maxSeconds,repetitions,pressureCue}, precautions + cautions → {ids, notes}',
  up(pack) {
    const techniqueIds = new Map<string, string>();
    if (Array.isArray(pack.techniques)) {
      for (const t of pack.techniques) {
        if (isObj(t) && typeof t.id === 'string') {
          techniqueIds.set(t.id.toLowerCase(), t.id);
          if (typeof t.name === 'string') techniqueIds.set(t.name.trim().toLowerCase(), t.id);
        }
      }
    }
    const out: Obj = { ...pack, version: 1 };
    if (Array.isArray(pack.muscles)) out.muscles = pack.muscles.map((m) => muscleV0ToV1(m, techniqueIds));
    return out;
  },
};

/** Steps in order; step i migrates version i to i + 1. */
export const MIGRATIONS: readonly MigrationStep[] = [V0_TO_V1];

export const OLDEST_PACK_VERSION = CURRENT_PACK_VERSION - MIGRATIONS.length;

export type MigrateResult =
  | { ok: true; pack: Obj; fromVersion: number; applied: readonly MigrationStep[] }
  | { ok: false; issues: PackIssue[] };

const fail = (path: string, message: string): MigrateResult => ({ ok: false, issues: [{ path, message }] });

/** Brings a pack of any known version to the current one; refuses unknown and future versions. */
export function migratePack(raw: unknown, steps: readonly MigrationStep[] = MIGRATIONS, current = CURRENT_PACK_VERSION): MigrateResult {
  if (!isObj(raw)) return fail(ROOT_PATH, `a pack must be a JSON object, got ${describeValue(raw)}`);
  const v = raw.version;
  const known = `this app reads versions ${current - steps.length}–${current}`;
  if (v === undefined) return fail('version', `is required (${known})`);
  if (typeof v !== 'number' || !Number.isInteger(v)) return fail('version', `must be a whole number, got ${describeValue(v)}`);
  if (v > current) return fail('version', `version ${v} is newer than this app understands (${known}): update Myomap, or export the pack as version ${current}`);
  if (v < current - steps.length) return fail('version', `unknown version ${v} (${known})`);
  let pack: Obj = raw;
  const applied: MigrationStep[] = [];
  for (let version = v; version < current; version++) {
    const step = steps[version - (current - steps.length)];
    if (!step || step.from !== version) return fail('version', `no migration from version ${version}`);
    try {
      pack = step.up(pack);
    } catch (err) {
      return fail(ROOT_PATH, `could not migrate from version ${version} to ${version + 1}: ${String((err as Error)?.message ?? err)}`);
    }
    applied.push(step);
  }
  return { ok: true, pack, fromVersion: v, applied };
}
