/**
 * The builder's draft in sessionStorage, so a reload (or a look at "Try it") keeps the work. Saved
 * as the quiz's pack JSON and read back leniently: a damaged or stale entry gives an empty form,
 * never a crash.
 */
import { draftToInput, emptyDraft, inputToDraft, type QuizDraft } from './draft';

export const DRAFT_STORAGE_KEY = 'myomap.quizBuilder.draft.v1';

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // access can throw where storage is disabled
  }
}

interface Stored {
  quiz: unknown;
  /** Form state that the quiz JSON doesn't carry. */
  useGenerate: boolean;
  timed: boolean;
  minutes: string;
}

export function loadDraft(): QuizDraft {
  try {
    const text = storage()?.getItem(DRAFT_STORAGE_KEY);
    if (!text) return emptyDraft();
    const raw = JSON.parse(text) as Partial<Stored> | null;
    if (typeof raw !== 'object' || raw === null) return emptyDraft();
    const d = inputToDraft(raw.quiz);
    return {
      ...d,
      useGenerate: typeof raw.useGenerate === 'boolean' ? raw.useGenerate : d.useGenerate,
      timed: typeof raw.timed === 'boolean' ? raw.timed : d.timed,
      minutes: typeof raw.minutes === 'string' ? raw.minutes : d.minutes,
    };
  } catch {
    return emptyDraft();
  }
}

export function saveDraft(d: QuizDraft): void {
  try {
    // The generate block is kept even while switched off, so ticking it again restores the choices.
    const quiz = { ...draftToInput({ ...d, useGenerate: true }) };
    const stored: Stored = { quiz, useGenerate: d.useGenerate, timed: d.timed, minutes: d.minutes };
    storage()?.setItem(DRAFT_STORAGE_KEY, JSON.stringify(stored));
  } catch {
    // Full or disabled storage: the draft just isn't kept across reloads.
  }
}

export function clearDraft(): void {
  try {
    storage()?.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // nothing to clear
  }
}
