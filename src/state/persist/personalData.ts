/**
 * "Export all" / "Import…": every piece of personal data on this device as one JSON file, and
 * reading such a file back. The state inside goes through the same migration and part-by-part
 * reading as a reload (readPersisted.ts), so a file is accepted exactly when a save would be.
 * A file that is not ours, from a newer version or with a broken pack list is refused with the
 * JSON path of the first problem; nothing changes until the user confirms.
 */
import { MAX_PACK_BYTES } from '../../content/packLimits';
import { onFirstUse, z } from '../../content/zodConfig';
import type { PackMode } from '../contentSlice';
import { migratePersisted } from '../persistence';
import { PERSIST_VERSION, readPersistedState, type LostPart, type PersistedState } from './readPersisted';

export const PERSONAL_DATA_FORMAT = 'myomap-personal-data';
export const PERSONAL_DATA_VERSION = 1;

/** A user pack as exported: its original text, parsed again (and checked) when imported. */
export interface ExportedPack {
  id: string;
  title: string;
  mode: PackMode;
  source: string;
  text: string;
}

export interface PersonalDataFile {
  format: typeof PERSONAL_DATA_FORMAT;
  version: typeof PERSONAL_DATA_VERSION;
  exportedAt: string;
  /** The persist version of `state`, so later versions can migrate it. */
  stateVersion: number;
  state: PersistedState;
  packs: ExportedPack[];
}

export type ParsedPersonalData =
  | { ok: true; state: PersistedState; packs: ExportedPack[]; lost: LostPart[]; exportedAt: string }
  | { ok: false; error: string };

export function buildPersonalData(state: PersistedState, packs: readonly ExportedPack[], now: Date = new Date()): PersonalDataFile {
  return {
    format: PERSONAL_DATA_FORMAT,
    version: PERSONAL_DATA_VERSION,
    exportedAt: now.toISOString(),
    stateVersion: PERSIST_VERSION,
    state,
    packs: packs.map((p) => ({ id: p.id, title: p.title, mode: p.mode, source: p.source, text: p.text })),
  };
}

export function personalDataToJson(file: PersonalDataFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `myomap-data-2026-11-23.json` (local date). */
export function personalDataFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `myomap-data-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

const schemas = onFirstUse(() => {
  const PackSchema = z.object({
    id: z.string({ error: 'must be text' }).min(1, 'must not be empty').max(200),
    title: z.string({ error: 'must be text' }).max(500),
    mode: z.enum(['extend', 'replace'], { error: 'must be "extend" or "replace"' }),
    source: z.string({ error: 'must be text' }).max(2000),
    text: z.string({ error: 'must be text' }).max(MAX_PACK_BYTES, 'is larger than a pack may be'),
  });

  const HeaderSchema = z.object({
    format: z.literal(PERSONAL_DATA_FORMAT, { error: `must be "${PERSONAL_DATA_FORMAT}" (not a Myomap data file)` }),
    version: z.number({ error: 'must be a number' }).refine((v) => v <= PERSONAL_DATA_VERSION, 'is newer than this version of Myomap reads; update Myomap first').refine((v) => v === PERSONAL_DATA_VERSION, `must be ${PERSONAL_DATA_VERSION}`),
    exportedAt: z.string({ error: 'must be text' }).max(100).optional(),
    stateVersion: z
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(0)
      .max(PERSIST_VERSION, 'is newer than this version of Myomap reads; update Myomap first')
      .optional(),
    state: z.record(z.string(), z.unknown(), { error: 'must be an object' }),
    packs: z.array(PackSchema, { error: 'must be a list' }).max(100).optional(),
  });

  return { HeaderSchema };
});

function pathText(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

/** Reads an export file. Never throws. */
export function parsePersonalData(name: string, text: string): ParsedPersonalData {
  let raw: unknown;
  try {
    raw = JSON.parse(String(text).replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, error: `${name}: not valid JSON (${String((err as Error)?.message ?? err)})` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: `${name}: not a Myomap data file (expected an object with "format": "${PERSONAL_DATA_FORMAT}")` };
  const head = schemas().HeaderSchema.safeParse(raw);
  if (!head.success) {
    const issue = head.error.issues[0]!;
    return { ok: false, error: `${name} ${pathText(issue.path) || '(top level)'}: ${issue.message}` };
  }
  const migrated = migratePersisted(head.data.state, head.data.stateVersion ?? PERSIST_VERSION);
  const { state, lost } = readPersistedState(migrated);
  return { ok: true, state, packs: head.data.packs ?? [], lost: lost.map((l) => ({ ...l, path: l.path ? `state.${l.path}` : 'state' })), exportedAt: head.data.exportedAt ?? '' };
}

/** What a set of saved data holds, in the numbers the panel shows. */
export interface DataCounts {
  holds: number;
  quizzes: number;
  quizInProgress: boolean;
  customQuiz: boolean;
  studyCards: number;
  reviews: number;
}

export function countPersonalData(s: PersistedState): DataCounts {
  return {
    holds: s.holdLog.length,
    quizzes: s.quizHistory.length,
    quizInProgress: s.quizSession !== null && s.quizSession.finishedAt === null,
    customQuiz: s.customQuiz !== null,
    studyCards: Object.keys(s.study.states).length,
    reviews: s.study.reviewLog.length,
  };
}
