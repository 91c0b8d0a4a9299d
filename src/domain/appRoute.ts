/**
 * The app's hash routes across modes. Explore keeps its own parser (route.ts); the other modes:
 * - `#/quiz` the quiz list; `#/quiz/build` the builder; `#/quiz/class` class results;
 *   `#/quiz/<quiz-id>[?seed=<n>]` take a quiz; `#/quiz/<quiz-id>/present[?seed=<n>]` presenter mode;
 * - `#/find` the pain finder;
 * - `#/study` spaced-repetition study;
 * - `#/print` the client's printable homework sheet.
 * Anything unknown falls back to Explore.
 */
import { parseHash, type ExploreRoute } from './route';

export type AppMode = 'explore' | 'quiz' | 'find' | 'study' | 'print';

export type QuizView = 'list' | 'take' | 'present' | 'build' | 'class';

export interface QuizRoute {
  mode: 'quiz';
  view: QuizView;
  /** The quiz to take or present (kebab-case id; `custom` for the student's own build). */
  quizId: string | null;
  /** The seed from `?seed=`, or null when the URL gives none (the app picks one and writes it). */
  seed: number | null;
  canonical: string;
}

export interface SimpleRoute {
  mode: 'find' | 'study' | 'print';
  canonical: string;
}

export type AppRoute = ExploreRoute | QuizRoute | SimpleRoute;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SEED = 2 ** 31 - 1;

function parseSeed(query: string): number | null {
  const m = /(?:^|&)seed=(\d{1,10})(?:&|$)/.exec(query);
  if (!m) return null;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) && n <= MAX_SEED ? n : null;
}

/** The canonical hash of a quiz route. */
export function quizHash(view: QuizView, quizId: string | null = null, seed: number | null = null): string {
  if (view === 'build' || view === 'class') return `#/quiz/${view}`;
  if (view === 'list' || !quizId) return '#/quiz';
  const q = seed === null ? '' : `?seed=${seed}`;
  return view === 'present' ? `#/quiz/${quizId}/present${q}` : `#/quiz/${quizId}${q}`;
}

function parseQuiz(parts: string[], query: string): QuizRoute {
  const list: QuizRoute = { mode: 'quiz', view: 'list', quizId: null, seed: null, canonical: '#/quiz' };
  const first = (parts[1] ?? '').toLowerCase();
  if (!first) return list;
  if ((first === 'build' || first === 'class') && parts.length === 2) return { ...list, view: first, canonical: quizHash(first) };
  if (!ID.test(first) || parts.length > 3) return list;
  const second = (parts[2] ?? '').toLowerCase();
  if (second && second !== 'present') return list;
  const view: QuizView = second === 'present' ? 'present' : 'take';
  const seed = parseSeed(query);
  return { mode: 'quiz', view, quizId: first, seed, canonical: quizHash(view, first, seed) };
}

/** Parses `location.hash` into a route of any mode; never throws. */
export function parseRoute(hash: string): AppRoute {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = (q >= 0 ? raw.slice(0, q) : raw).replace(/^\/+/, '').replace(/\/+$/, '');
  const query = q >= 0 ? raw.slice(q + 1) : '';
  const parts = path.split('/').filter((p) => p.length > 0);
  const head = (parts[0] ?? '').toLowerCase();
  if (head === 'quiz') return parseQuiz(parts, query);
  if ((head === 'find' || head === 'study' || head === 'print') && parts.length === 1) return { mode: head, canonical: `#/${head}` };
  return parseHash(q >= 0 ? `#${path}` : hash);
}
