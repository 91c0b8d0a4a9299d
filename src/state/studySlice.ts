/**
 * Study mode's saved state: each card's FSRS schedule, suspended cards, the chosen regions, the
 * new-card limit and a capped review log. Plain JSON throughout, so persistence saves it as is;
 * `readPersistedStudy` checks saved data entry by entry, keeping what is valid.
 */
import type { StateCreator } from 'zustand';
import { onFirstUse, z } from '../content/zodConfig';
import { buildQueue, localDay, newStartedSince, type StudyQueue } from '../domain/study/queue';
import { newCardState, review } from '../domain/study/schedule';
import type { CardState, Grade, ReviewRecord, StudyCard } from '../domain/study/types';

/** The most review-log entries kept (oldest dropped first): enough for weeks of daily study. */
export const REVIEW_LOG_LIMIT = 2000;
export const DEFAULT_NEW_PER_DAY = 10;
export const MAX_NEW_PER_DAY = 500;

export interface StudyState {
  states: Record<string, CardState>;
  suspended: string[];
  /** Body region ids to study; empty = all. */
  regions: string[];
  newPerDay: number;
  reviewLog: ReviewRecord[];
}

export interface StudySlice {
  study: StudyState;
  /** Records an answer (1 Again … 4 Easy) at `now` (epoch ms, default the clock). Invalid grades are ignored. */
  rateCard: (id: string, grade: Grade, now?: number) => void;
  suspendCard: (id: string) => void;
  unsuspendCard: (id: string) => void;
  setStudyRegions: (ids: readonly string[]) => void;
  setNewPerDay: (n: number) => void;
  /** Forgets all schedules, suspensions, region choice and log (the caller asks for confirmation). */
  resetStudy: () => void;
}

export function initialStudyState(): StudyState {
  return { states: {}, suspended: [], regions: [], newPerDay: DEFAULT_NEW_PER_DAY, reviewLog: [] };
}

function isGrade(g: unknown): g is Grade {
  return g === 1 || g === 2 || g === 3 || g === 4;
}

/**
 * Typed on its own state so it fits any store that includes it (the app store spreads it as
 * `...createStudySlice(...a)`), and tests can build a store with only this slice.
 */
export const createStudySlice: StateCreator<StudySlice, [], [], StudySlice> = (set, get) => ({
  study: initialStudyState(),
  rateCard: (id, grade, now = Date.now()) => {
    if (!isGrade(grade) || !Number.isFinite(now) || id === '') return;
    const study = get().study;
    const before = study.states[id] ?? newCardState(now);
    const { state } = review(before, grade, now);
    const entry: ReviewRecord = { cardId: id, grade, at: now, wasNew: before.phase === 0 };
    set({
      study: {
        ...study,
        states: { ...study.states, [id]: state },
        reviewLog: [...study.reviewLog, entry].slice(-REVIEW_LOG_LIMIT),
      },
    });
  },
  suspendCard: (id) => {
    const study = get().study;
    if (!study.suspended.includes(id)) set({ study: { ...study, suspended: [...study.suspended, id] } });
  },
  unsuspendCard: (id) => {
    const study = get().study;
    if (study.suspended.includes(id)) set({ study: { ...study, suspended: study.suspended.filter((s) => s !== id) } });
  },
  setStudyRegions: (ids) => set({ study: { ...get().study, regions: [...new Set(ids)] } }),
  setNewPerDay: (n) => {
    if (!Number.isFinite(n)) return;
    set({ study: { ...get().study, newPerDay: Math.min(MAX_NEW_PER_DAY, Math.max(0, Math.round(n))) } });
  },
  resetStudy: () => set({ study: initialStudyState() }),
});

/**
 * Today's queue for the saved study state: the region choice, suspensions and new-card limit, less
 * the new cards already started since local midnight. Pure: call it with `Date.now()` and memoise.
 */
export function studyQueueFor(cards: readonly StudyCard[], study: StudyState, now: number): StudyQueue {
  const day = localDay(now);
  return buildQueue({
    cards,
    states: study.states,
    suspended: study.suspended,
    regions: study.regions,
    now,
    newPerDay: study.newPerDay,
    reviewedToday: newStartedSince(study.reviewLog, day.start),
    dayEnd: day.end,
  });
}

// ---- persistence -------------------------------------------------------------------------------

/** `<kind>:<muscle>[:<trp>]` of kebab-case parts (as `cardId` builds them); also keeps `__proto__` out of the map. */
const CARD_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?::[a-z0-9]+(?:-[a-z0-9]+)*){1,2}$/;
const schemas = onFirstUse(() => {
  const CardIdSchema = z.string().max(300).regex(CARD_ID);
  const EpochMs = z.number().finite().min(0).max(8.64e15);

  const CardStateSchema = z.object({
    due: EpochMs,
    stability: z.number().finite().min(0).max(1e6),
    difficulty: z.number().finite().min(0).max(11),
    scheduledDays: z.number().finite().min(0).max(1e6),
    learningSteps: z.number().int().min(0).max(100),
    reps: z.number().int().min(0).max(1e6),
    lapses: z.number().int().min(0).max(1e6),
    phase: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
    lastReview: EpochMs.nullable(),
  });

  const ReviewRecordSchema = z.object({
    cardId: CardIdSchema,
    grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    at: EpochMs,
    wasNew: z.boolean().default(false),
  });

  const StudyStateSchema = z.object({
    states: z.record(CardIdSchema, CardStateSchema),
    suspended: z.array(CardIdSchema),
    regions: z.array(z.string().min(1).max(100)),
    newPerDay: NewPerDaySchema,
    reviewLog: z.array(ReviewRecordSchema).max(REVIEW_LOG_LIMIT),
  });

  return { CardIdSchema, CardStateSchema, ReviewRecordSchema, StudyStateSchema, NewPerDaySchema };
});

const NewPerDaySchema = z.number().int().min(0).max(MAX_NEW_PER_DAY);
const CardIdSchema = z.lazy(() => schemas().CardIdSchema);
export const CardStateSchema = z.lazy(() => schemas().CardStateSchema);
export const ReviewRecordSchema = z.lazy(() => schemas().ReviewRecordSchema);
/** The whole study state, strictly (what `partializeStudy` writes; for export files and tests). */
export const StudyStateSchema = z.lazy(() => schemas().StudyStateSchema);

/** What the store saves for study mode (spread into the app's `partialize`). */
export function partializeStudy(s: Pick<StudySlice, 'study'>): { study: StudyState } {
  return { study: s.study };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function validEntries<T>(raw: unknown, schema: z.ZodType<T>): { kept: T[]; dropped: number } {
  if (!Array.isArray(raw)) return { kept: [], dropped: raw === undefined ? 0 : 1 };
  const kept: T[] = [];
  for (const e of raw) {
    const r = schema.safeParse(e);
    if (r.success) kept.push(r.data);
  }
  return { kept, dropped: raw.length - kept.length };
}

/**
 * Reads saved study data (the `study` value of the persisted state), keeping every valid entry and
 * falling back to defaults for the rest. `dropped` counts what was thrown away (0 = all read), so
 * the caller can tell the user that some saved progress could not be read.
 */
export function readPersistedStudy(raw: unknown): { study: StudyState; dropped: number } {
  const study = initialStudyState();
  if (raw === undefined || raw === null) return { study, dropped: 0 };
  if (!isRecord(raw)) return { study, dropped: 1 };
  let dropped = 0;
  if (isRecord(raw['states'])) {
    for (const [id, s] of Object.entries(raw['states'])) {
      const r = CardStateSchema.safeParse(s);
      if (r.success && CardIdSchema.safeParse(id).success) study.states[id] = r.data;
      else dropped++;
    }
  } else if (raw['states'] !== undefined) dropped++;
  const suspended = validEntries(raw['suspended'], CardIdSchema);
  const regions = validEntries(raw['regions'], z.string().min(1).max(100));
  const log = validEntries(raw['reviewLog'], ReviewRecordSchema);
  study.suspended = [...new Set(suspended.kept)];
  study.regions = [...new Set(regions.kept)];
  study.reviewLog = log.kept.slice(-REVIEW_LOG_LIMIT);
  dropped += suspended.dropped + regions.dropped + log.dropped;
  if (raw['newPerDay'] !== undefined) {
    const n = NewPerDaySchema.safeParse(raw['newPerDay']);
    if (n.success) study.newPerDay = n.data;
    else dropped++;
  }
  return { study, dropped };
}

/**
 * Saved study data read leniently: never fails; gives `{ study, dropped }` (see `readPersistedStudy`).
 * `StudyPersistSchema.parse(saved.study)` in the persist `merge`; a notice when `dropped > 0`.
 */
export const StudyPersistSchema = z.unknown().transform((raw) => readPersistedStudy(raw));
