import type { StateCreator } from 'zustand';
import type { Side } from '../domain/anatomy';
import type { AppState } from './store';

/** One finished hold from the guided timer. */
export interface HoldLogEntry {
  muscleId: string;
  side: Side;
  triggerPointId: string;
  /** Seconds held (0.1 s precision). */
  seconds: number;
  /** When it finished (ISO 8601). */
  date: string;
}

/** The trigger point whose hold timer is open. */
export interface TimerTarget {
  muscleId: string;
  side: Side;
  triggerPointId: string;
}

/** The most entries kept (oldest dropped first). */
export const HOLD_LOG_LIMIT = 500;

export interface HoldSlice {
  holdLog: HoldLogEntry[];
  /** Play a short beep at each phase change (off by default). */
  audioCue: boolean;
  timer: TimerTarget | null;
  /** Set when the saved state could not be read and was reset (shown once, dismissable). */
  persistNotice: string | null;
  logHold: (entry: HoldLogEntry) => void;
  clearHoldLog: () => void;
  setAudioCue: (on: boolean) => void;
  openTimer: (target: TimerTarget) => void;
  closeTimer: () => void;
  setPersistNotice: (notice: string | null) => void;
}

export const createHoldSlice: StateCreator<AppState, [], [], HoldSlice> = (set, get) => ({
  holdLog: [],
  audioCue: false,
  timer: null,
  persistNotice: null,
  logHold: (entry) => {
    if (!(entry.seconds >= 0)) return;
    set({ holdLog: [...get().holdLog, entry].slice(-HOLD_LOG_LIMIT) });
  },
  clearHoldLog: () => set({ holdLog: [] }),
  setAudioCue: (audioCue) => set({ audioCue }),
  openTimer: (timer) => set({ timer }),
  closeTimer: () => {
    if (get().timer) set({ timer: null });
  },
  setPersistNotice: (persistNotice) => set({ persistNotice }),
});
