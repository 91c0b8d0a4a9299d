/**
 * The saved state (persist version 2) and how it is read back: part by part, so one broken part
 * (a quiz in progress from a bad write, a tampered result) costs only that part. Used for both
 * rehydration and importing an export file, so both accept exactly the same data.
 */
import { z } from '../../content/zodConfig';
import type { Session } from '../../domain/quiz/session';
import type { QuizPlan } from '../../domain/quiz/types';
import { QuizResultSchema, type QuizResult } from '../../domain/quiz/results';
import { HOLD_LOG_LIMIT, type HoldLogEntry } from '../holdSlice';
import { QUIZ_HISTORY_LIMIT } from '../quizSlice';
import { initialStudyState, readPersistedStudy, type StudyState } from '../studySlice';
import { QuizPlanSchema, SessionSchema } from './quizSchemas';

export const PERSIST_VERSION = 2;
export const STUDENT_NAME_MAX = 80;

export interface PersistedState {
  holdLog: HoldLogEntry[];
  audioCue: boolean;
  quizSession: Session | null;
  customQuiz: QuizPlan | null;
  quizHistory: QuizResult[];
  studentName: string;
  study: StudyState;
}

export type PersistedPart = keyof PersistedState;

/** What could not be read: a whole part, or `dropped` of its `total` entries. */
export interface LostPart {
  part: PersistedPart | 'all';
  /** Entries dropped; for a single value (a session, the name), 1. */
  dropped: number;
  /** Entries there were (lists only). */
  total?: number;
  /** The first problem, as a JSON path within the state and a message. */
  path: string;
  message: string;
}

export interface ReadResult {
  state: PersistedState;
  lost: LostPart[];
}

export function defaultPersistedState(): PersistedState {
  return { holdLog: [], audioCue: false, quizSession: null, customQuiz: null, quizHistory: [], studentName: '', study: initialStudyState() };
}

export const HoldEntrySchema = z.lazy(() => z.object({
  muscleId: z.string().min(1).max(100),
  side: z.enum(['l', 'r']),
  triggerPointId: z.string().min(1).max(100),
  seconds: z.number().finite().min(0).max(3600),
  date: z.string().min(1).max(40),
}));

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

function firstIssue(part: string, error: z.ZodError): { path: string; message: string } {
  const issue = error.issues[0];
  return { path: pathText([part, ...(issue?.path ?? [])]), message: issue?.message ?? 'is not valid' };
}

/** A list read entry by entry (newest `limit` kept). */
function readList<T>(part: PersistedPart, raw: unknown, schema: z.ZodType<T>, limit: number, lost: LostPart[]): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    lost.push({ part, dropped: 1, path: part, message: 'must be a list' });
    return [];
  }
  const kept: T[] = [];
  let first: { path: string; message: string } | null = null;
  raw.forEach((e, i) => {
    const r = schema.safeParse(e);
    if (r.success) kept.push(r.data);
    else first ??= firstIssue(`${part}[${i}]`, r.error);
  });
  if (first) lost.push({ part, dropped: raw.length - kept.length, total: raw.length, ...(first as { path: string; message: string }) });
  return kept.slice(-limit);
}

/** A single value: kept when valid, else the default and a note of what was lost. */
function readOne<T>(part: PersistedPart, raw: unknown, schema: z.ZodType<T>, fallback: T, lost: LostPart[]): T {
  if (raw === undefined || raw === fallback) return fallback;
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  lost.push({ part, dropped: 1, ...firstIssue(part, r.error) });
  return fallback;
}

/**
 * Reads a saved (already migrated) state. Missing parts take their defaults silently (an older
 * save simply did not have them); present but invalid parts are dropped and listed in `lost`.
 * Never throws.
 */
export function readPersistedState(raw: unknown): ReadResult {
  const state = defaultPersistedState();
  if (!isRecord(raw)) return { state, lost: [{ part: 'all', dropped: 1, path: '', message: 'must be an object' }] };
  const lost: LostPart[] = [];
  state.holdLog = readList('holdLog', raw['holdLog'], HoldEntrySchema, HOLD_LOG_LIMIT, lost);
  state.audioCue = readOne('audioCue', raw['audioCue'], z.boolean(), false, lost);
  state.quizSession = readOne('quizSession', raw['quizSession'], SessionSchema.nullable(), null, lost) as Session | null;
  state.customQuiz = readOne('customQuiz', raw['customQuiz'], QuizPlanSchema.nullable(), null, lost) as QuizPlan | null;
  state.quizHistory = readList('quizHistory', raw['quizHistory'], QuizResultSchema, QUIZ_HISTORY_LIMIT, lost) as QuizResult[];
  state.studentName = readOne('studentName', raw['studentName'], z.string().max(10_000), '', lost).slice(0, STUDENT_NAME_MAX);
  const study = readPersistedStudy(raw['study']);
  state.study = study.study;
  if (study.dropped > 0) lost.push({ part: 'study', dropped: study.dropped, path: 'study', message: `${study.dropped} saved ${study.dropped === 1 ? 'entry is' : 'entries are'} not valid` });
  return { state, lost };
}
