import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createContentSlice, type ContentSlice } from './contentSlice';
import { createHoldSlice, type HoldSlice } from './holdSlice';
import { createHoverSlice, type HoverSlice } from './hoverSlice';
import { persistOptions } from './persistence';
import { createReferralSlice, type ReferralSlice } from './referralSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createStatusSlice, type StatusSlice } from './statusSlice';
import { createStudySlice, type StudySlice } from './studySlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

/** The one app store: plain data only (no three.js objects), read through selectors. */
export type AppState = SelectionSlice & HoverSlice & ViewSlice & StatusSlice & ContentSlice & ReferralSlice & HoldSlice & StudySlice;

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
      ...createStudySlice(...a),
    }),
    persistOptions,
  ),
);
