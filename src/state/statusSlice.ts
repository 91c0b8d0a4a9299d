import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export type ModelStatus = 'loading' | 'ready' | 'error';
export type WebGLSupport = 'unknown' | 'available' | 'unavailable';

export interface StatusSlice {
  webgl: WebGLSupport;
  modelStatus: ModelStatus;
  modelError: string | null;
  /** Bumped by "Retry"; the scene reloads the model when it changes. */
  modelAttempt: number;
  /** True while the WebGL context is lost (the canvas restores itself). */
  contextLost: boolean;
  setWebGL: (webgl: WebGLSupport) => void;
  setModelStatus: (status: ModelStatus, error?: string | null) => void;
  retryModel: () => void;
  setContextLost: (lost: boolean) => void;
}

export const createStatusSlice: StateCreator<AppState, [], [], StatusSlice> = (set, get) => ({
  webgl: 'unknown',
  modelStatus: 'loading',
  modelError: null,
  modelAttempt: 0,
  contextLost: false,
  setWebGL: (webgl) => set({ webgl }),
  setModelStatus: (modelStatus, error = null) => set({ modelStatus, modelError: error }),
  retryModel: () => set({ modelStatus: 'loading', modelError: null, modelAttempt: get().modelAttempt + 1 }),
  setContextLost: (contextLost) => {
    if (get().contextLost !== contextLost) set({ contextLost });
  },
});
