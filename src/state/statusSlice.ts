import type { StateCreator } from 'zustand';
import type { Vec3 } from '../domain/referral';
import type { AppState } from './store';

/**
 * Plain facts about the loaded body that modes outside the scene need (to place trigger points,
 * score a located point or a drawn pattern): landmark positions keyed `<id>` / `<id>:<l|r>`, and the
 * skin's vertex positions (model space, xyz per vertex; read-only).
 */
export interface BodyFacts {
  landmarks: Readonly<Record<string, Vec3>>;
  skinPositions: Float32Array | null;
}

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
  body: BodyFacts | null;
  setBody: (body: BodyFacts | null) => void;
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
  body: null,
  setBody: (body) => set({ body }),
  setWebGL: (webgl) => set({ webgl }),
  setModelStatus: (modelStatus, error = null) => set({ modelStatus, modelError: error }),
  retryModel: () => set({ modelStatus: 'loading', modelError: null, modelAttempt: get().modelAttempt + 1 }),
  setContextLost: (contextLost) => {
    if (get().contextLost !== contextLost) set({ contextLost });
  },
});
