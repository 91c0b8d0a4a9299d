import type { StateCreator } from 'zustand';
import type { QuizPlan } from '../domain/quiz/types';
import type { Session } from '../domain/quiz/session';
import type { QuizResult } from '../domain/quiz/results';
import type { AppState } from './store';

/** Results kept on this device (newest last). */
export const QUIZ_HISTORY_LIMIT = 100;

export interface QuizSlice {
  /** The quiz being taken (survives a reload: persisted), or null. */
  quizSession: Session | null;
  /** The student's own quiz from "Build your own" (route `#/quiz/custom`). */
  customQuiz: QuizPlan | null;
  /** Finished quizzes. */
  quizHistory: QuizResult[];
  /** The name written on result files. */
  studentName: string;
  setQuizSession: (session: Session | null) => void;
  setCustomQuiz: (plan: QuizPlan | null) => void;
  addQuizResult: (result: QuizResult) => void;
  setStudentName: (name: string) => void;
}

export const createQuizSlice: StateCreator<AppState, [], [], QuizSlice> = (set, get) => ({
  quizSession: null,
  customQuiz: null,
  quizHistory: [],
  studentName: '',
  setQuizSession: (quizSession) => set({ quizSession }),
  setCustomQuiz: (customQuiz) => set({ customQuiz }),
  addQuizResult: (result) => set({ quizHistory: [...get().quizHistory, result].slice(-QUIZ_HISTORY_LIMIT) }),
  setStudentName: (studentName) => set({ studentName: studentName.slice(0, 80) }),
});
