import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createContentSlice, type ContentSlice } from './contentSlice';
import { createHoldSlice, type HoldSlice } from './holdSlice';
import { createHomeworkSlice, type HomeworkSlice } from './homeworkSlice';
import { createHoverSlice, type HoverSlice } from './hoverSlice';
import { persistOptions } from './persistence';
import { createQuizSlice, type QuizSlice } from './quizSlice';
import { createReferralSlice, type ReferralSlice } from './referralSlice';
import { createRouteSlice, type RouteSlice } from './routeSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createStageSlice, type StageSlice } from './stageSlice';
import { createStatusSlice, type StatusSlice } from './statusSlice';
import { createStudySlice, type StudySlice } from './studySlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

/** The one app store: plain data only (no three.js objects), read through selectors. */
export type AppState = SelectionSlice & HoverSlice & ViewSlice & StatusSlice & ContentSlice & ReferralSlice & HoldSlice & RouteSlice & StageSlice & QuizSlice & HomeworkSlice & StudySlice;

/** Saved: the hold log, preferences, quizzes and study progress (see persistence.ts); packs live in IndexedDB. */
export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createSelectionSlice(...a),
      ...createHoverSlice(...a),
      ...createViewSlice(...a),
      ...createStatusSlice(...a),
      ...createContentSlice(...a),
      ...createReferralSlice(...a),
      ...createHoldSlice(...a),
      ...createRouteSlice(...a),
      ...createStageSlice(...a),
      ...createQuizSlice(...a),
      ...createHomeworkSlice(...a),
      ...createStudySlice(...a),
    }),
    persistOptions,
  ),
);
