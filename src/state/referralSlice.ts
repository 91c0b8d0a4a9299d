import type { StateCreator } from 'zustand';
import type { AppState } from './store';

/** Which of a muscle's trigger points to draw: one (by id) or, by default, all of them. */
export interface ShownTriggerPoint {
  muscleId: string;
  triggerPointId: string;
}

export interface ReferralSlice {
  /** A single trigger point shown alone, or null for "all" (also after choosing another muscle). */
  shownTrp: ShownTriggerPoint | null;
  showTriggerPoint: (muscleId: string, triggerPointId: string) => void;
  showAllTriggerPoints: () => void;
}

export const createReferralSlice: StateCreator<AppState, [], [], ReferralSlice> = (set, get) => ({
  shownTrp: null,
  showTriggerPoint: (muscleId, triggerPointId) => {
    const cur = get().shownTrp;
    if (cur && cur.muscleId === muscleId && cur.triggerPointId === triggerPointId) return;
    set({ shownTrp: { muscleId, triggerPointId } });
  },
  showAllTriggerPoints: () => {
    if (get().shownTrp) set({ shownTrp: null });
  },
});
