/**
 * The words of the notice shown after saved data could not be read: what was lost, in the user's
 * terms, and where the copy is. Every notice contains "could not be read" (tests and users look
 * for it).
 */
import type { LostPart, PersistedPart } from './readPersisted';

export type LoadProblem =
  | { kind: 'unreadable' }
  | { kind: 'newer'; version: number }
  | { kind: 'partial'; lost: LostPart[] };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const WHOLE: Record<PersistedPart, string> = {
  holdLog: 'Your hold log could not be read.',
  audioCue: 'Your sound setting for the hold timer could not be read.',
  quizSession: 'Your saved quiz in progress could not be read.',
  customQuiz: 'Your own quiz ("Build your own") could not be read.',
  quizHistory: 'Your quiz results could not be read.',
  studentName: 'The name for your result files could not be read.',
  study: 'Your study progress could not be read.',
};

/** One sentence per lost part. */
export function lostSentence(l: LostPart): string {
  if (l.part === 'all') return 'Your saved data could not be read.';
  if (l.total !== undefined && l.dropped < l.total) {
    if (l.part === 'holdLog') return `${l.dropped} of your ${l.total} logged holds could not be read.`;
    if (l.part === 'quizHistory') return `${l.dropped} of your ${l.total} quiz results could not be read.`;
  }
  if (l.part === 'study' && l.dropped > 0) return `Part of your study progress (${plural(l.dropped, 'entry', 'entries')}) could not be read.`;
  return WHOLE[l.part];
}

/** The whole notice. `copyStored` false: the copy lasts only until the page is closed. */
export function problemNotice(problem: LoadProblem, copyStored: boolean): string {
  const copy = copyStored
    ? 'A copy of what was saved is kept on this device; you can download it.'
    : 'The browser has no room to keep a copy, so download it now if you need it (it is gone once you close the page).';
  if (problem.kind === 'unreadable') return `Your saved data could not be read, so Myomap started fresh. ${copy}`;
  if (problem.kind === 'newer') return `Your saved data could not be read: it was saved by a newer version of Myomap (format ${problem.version}), so this one started fresh. ${copy}`;
  return `${problem.lost.map(lostSentence).join(' ')} Everything else was loaded. ${copy}`;
}
