import type { StateCreator } from 'zustand';
import type { Selection } from '../domain/route';
import type { AppState } from './store';

export interface HoverSlice {
  /** The muscle under the pointer. Set only when it changes, never on every pointer move. */
  hover: Selection | null;
  setHover: (hover: Selection | null) => void;
}

export const createHoverSlice: StateCreator<AppState, [], [], HoverSlice> = (set, get) => ({
  hover: null,
  setHover: (hover) => {
    const current = get().hover;
    if (current === hover) return;
    if (current && hover && current.muscleId === hover.muscleId && current.side === hover.side) return;
    set({ hover });
  },
});
