import { useEffect, useMemo } from 'react';
import { quizPlanFromPack } from '../../content/quizPlan';
import { quizHash, type QuizView } from '../../domain/appRoute';
import { planQuestions } from '../../domain/quiz/generateQuiz';
import type { Question, QuizPlan } from '../../domain/quiz/types';
import { useAppStore } from '../../state/store';
import { useBodyLookup } from '../useBodyLookup';
import { newSeed } from './seed';

export type QuizQuestions =
  | { status: 'loading'; message: string }
  | { status: 'missing'; message: string }
  | { status: 'ready'; plan: QuizPlan; questions: Question[]; seed: number };

/**
 * The plan and questions of a quiz for a seed: the same quiz id, seed, pack and body always give
 * the same questions. Without a seed in the URL one is picked and written into the URL (so the
 * address can be shared to get the same quiz). Waits for the pack and the body (placing spots and
 * choosing which muscles refer to a region need the body's landmarks).
 */
export function useQuizQuestions(quizId: string, seed: number | null, view: Extract<QuizView, 'take' | 'present'>): QuizQuestions {
  const pack = useAppStore((s) => s.activePack);
  const custom = useAppStore((s) => s.customQuiz);
  const lookup = useBodyLookup();
  const modelError = useAppStore((s) => s.modelStatus === 'error' || s.webgl === 'unavailable');

  useEffect(() => {
    if (seed === null) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${quizHash(view, quizId, newSeed())}`);
    if (seed === null) window.dispatchEvent(new HashChangeEvent('hashchange'));
  }, [seed, quizId, view]);

  return useMemo<QuizQuestions>(() => {
    if (!pack) return { status: 'loading', message: 'Loading the content pack…' };
    let plan: QuizPlan | null = null;
    if (quizId === 'custom') plan = custom;
    else {
      const quiz = pack.quizzes.find((q) => q.id === quizId);
      if (quiz) plan = quizPlanFromPack(quiz, pack, { seed: seed ?? 0 });
    }
    if (!plan) return { status: 'missing', message: quizId === 'custom' ? 'Your own quiz is no longer here (it is kept only until you build another). Build it again from the quiz list.' : `There is no quiz “${quizId}” in the active content pack.` };
    if (seed === null) return { status: 'loading', message: 'Preparing the quiz…' };
    if (!lookup) return modelError ? { status: 'missing', message: 'This quiz needs the 3D body, which could not be shown on this device.' } : { status: 'loading', message: 'Loading the 3D body…' };
    const questions = planQuestions(plan, pack, seed, lookup);
    if (questions.length === 0) return { status: 'missing', message: 'This quiz has no questions for the active content pack.' };
    return { status: 'ready', plan, questions, seed };
  }, [pack, custom, lookup, quizId, seed, modelError]);
}
