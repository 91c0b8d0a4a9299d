/**
 * `window.__myomap`, the e2e test hook. Installed only in `vite build --mode test` builds: main.tsx
 * imports this module behind `import.meta.env.MODE === 'test'`, and the scene's TestHookBridge is
 * rendered behind the same check, so production builds contain neither.
 */
import type { Side } from '../domain/anatomy';
import type { Selection } from '../domain/route';
import { useAppStore } from '../state/store';
import type { ViewName } from '../state/viewSlice';
import type { HoldLogEntry } from '../state/holdSlice';
import type { Answer, Question } from '../domain/quiz/types';

export interface ScreenPoint {
  x: number;
  y: number;
}

/** The drawn referral of the selection, projected to the screen (null where off screen). */
export interface ReferralProjection {
  side: Side;
  markers: Array<{ triggerPointId: string; deep: boolean; active: boolean; screen: ScreenPoint | null }>;
  /** Centres of the painted zones (a path: its middle point). */
  zones: Array<{ kind: 'essential' | 'spillover'; screen: ScreenPoint | null }>;
  /** Skin vertices painted. */
  painted: number;
}

/** What the 3D scene provides once the body is loaded. */
export interface SceneTestApi {
  referral: () => ReferralProjection | null;
  projectLandmark: (id: string, side?: Side) => ScreenPoint | null;
  /** A model-space point on the screen (null when off screen). */
  projectPoint: (p: [number, number, number]) => ScreenPoint | null;
  /** Where a click at client (x, y) meets the skin (model space), or null. */
  skinPointAt: (x: number, y: number) => [number, number, number] | null;
  projectMuscle: (id: string, side: Side) => ScreenPoint | null;
  pickAt: (x: number, y: number) => string | null;
  /** `memory`: three's renderer.info.memory (live GPU geometries/textures), for the leak checks. */
  renderInfo: () => { calls: number; triangles: number; memory?: { geometries: number; textures: number }; programs?: number };
  renderFrames: (n: number) => Promise<number>;
  setView: (name: ViewName) => Promise<void>;
}

export interface MyomapTestHook extends SceneTestApi {
  /** The GLB is loaded and at least one frame with it has been rendered. */
  ready: boolean;
  /** Frames rendered so far. */
  frames: number;
  selection: () => Selection | null;
  holdLog: () => HoldLogEntry[];
  /** The quiz being taken: its session, the current question and the answer that earns full marks. */
  quiz: () => QuizProbe | null;
  /** Study progress: card states, suspended cards, the review log. */
  study: () => ReturnType<typeof useAppStore.getState>['study'];
  /** The stage other modes set on the body (pattern, painting, pins, tool). */
  stage: () => ReturnType<typeof useAppStore.getState>['stage'];
  /** Ids of the active pack and the user's packs. */
  packs: () => { active: string | null; muscles: number; user: string[] };
}

declare global {
  interface Window {
    __myomap?: MyomapTestHook;
  }
}

export interface QuizProbe {
  session: unknown;
  index: number;
  question: Question | null;
  truth: Answer | null;
}

let scene: SceneTestApi | null = null;
let quizProbe: (() => QuizProbe | null) | null = null;

/** The quiz screen registers how to read its state (test builds only). */
export function setQuizProbe(probe: (() => QuizProbe | null) | null): void {
  quizProbe = probe;
}

const hook: MyomapTestHook = {
  ready: false,
  frames: 0,
  selection: () => useAppStore.getState().selection,
  holdLog: () => useAppStore.getState().holdLog,
  quiz: () => quizProbe?.() ?? null,
  stage: () => useAppStore.getState().stage,
  study: () => useAppStore.getState().study,
  packs: () => {
    const s = useAppStore.getState();
    return { active: s.activePack?.id ?? null, muscles: s.activePack?.muscles.length ?? 0, user: s.userPacks.map((p) => p.id) };
  },
  referral: () => scene?.referral() ?? null,
  projectLandmark: (id, side) => scene?.projectLandmark(id, side) ?? null,
  projectPoint: (p) => scene?.projectPoint(p) ?? null,
  skinPointAt: (x, y) => scene?.skinPointAt(x, y) ?? null,
  projectMuscle: (id, side) => scene?.projectMuscle(id, side) ?? null,
  pickAt: (x, y) => scene?.pickAt(x, y) ?? null,
  renderInfo: () => scene?.renderInfo() ?? { calls: 0, triangles: 0 },
  renderFrames: (n) => scene?.renderFrames(n) ?? Promise.resolve(Number.NaN),
  setView: (name) => scene?.setView(name) ?? Promise.resolve(),
};

export function installTestHook(): void {
  window.__myomap = hook;
}

/** Called by the scene when the body is mounted; returns the detach function. */
export function attachSceneToTestHook(api: SceneTestApi): () => void {
  scene = api;
  return () => {
    if (scene === api) scene = null;
    hook.ready = false;
  };
}

/** Called after every rendered frame; `withBody` once the body is in the scene. */
export function countTestFrame(withBody: boolean): void {
  hook.frames += 1;
  if (withBody && scene) hook.ready = true;
}
