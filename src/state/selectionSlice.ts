import type { StateCreator } from 'zustand';
import { isMuscleId, type Side } from '../domain/anatomy';
import type { Selection } from '../domain/route';
import type { AppState } from './store';
import { layersToPeel } from './peel';

export type { Selection };

export interface SelectionSlice {
  selection: Selection | null;
  /** A polite message about the last deep link (unknown muscle id), or null. */
  routeNotice: string | null;
  /** Select one side of a muscle (canvas, deep link, side switch). Unknown ids are ignored. */
  select: (muscleId: string, side: Side) => void;
  /**
   * Select a muscle from the list or the search: the given side, else the side already selected,
   * else the patient's right.
   */
  selectMuscle: (muscleId: string, side?: Side | null) => void;
  clearSelection: () => void;
  /** Select the same muscle on the other side. */
  switchSide: () => void;
  setRouteNotice: (notice: string | null) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selection: null,
  routeNotice: null,
  select: (muscleId, side) => {
    if (!isMuscleId(muscleId)) return;
    const current = get().selection;
    if (current && current.muscleId === muscleId && current.side === side) return;
    set({ selection: { muscleId, side }, peeled: layersToPeel(muscleId, get().layers), routeNotice: null });
  },
  selectMuscle: (muscleId, side) => {
    get().select(muscleId, side ?? get().selection?.side ?? 'r');
  },
  clearSelection: () => {
    if (get().selection === null && get().peeled.length === 0) return;
    set({ selection: null, peeled: [] });
  },
  switchSide: () => {
    const current = get().selection;
    if (!current) return;
    set({ selection: { muscleId: current.muscleId, side: current.side === 'r' ? 'l' : 'r' } });
  },
  setRouteNotice: (routeNotice) => set({ routeNotice }),
});
