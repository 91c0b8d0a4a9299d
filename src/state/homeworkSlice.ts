import type { StateCreator } from 'zustand';
import type { Side } from '../domain/anatomy';
import type { AppState } from './store';

/** A muscle (one side, one trigger point or all) to put on the client's homework sheet. */
export interface HomeworkItem {
  muscleId: string;
  side: Side;
  triggerPointId: string | null;
}

export interface HomeworkSlice {
  /** What the printable homework sheet (`#/print`) shows, and where it was made from. */
  homework: { items: HomeworkItem[]; from: 'find' | 'explore' } | null;
  setHomework: (items: HomeworkItem[], from: 'find' | 'explore') => void;
}

export const createHomeworkSlice: StateCreator<AppState, [], [], HomeworkSlice> = (set) => ({
  homework: null,
  setHomework: (items, from) => set({ homework: { items, from } }),
});
