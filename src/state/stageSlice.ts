import type { StateCreator } from 'zustand';
import type { Side } from '../domain/anatomy';
import type { Dab } from '../domain/quiz/types';
import type { Vec3 } from '../domain/referral';
import type { AppState } from './store';

/** What a click or drag on the body does while a stage is set. */
export type StageTool = 'none' | 'locate' | 'paint';

/** A marker placed by a mode: the user's answer, the true trigger point, or a numbered choice. */
export interface StagePin {
  position: Vec3;
  kind: 'answer' | 'truth' | 'choice';
}

/** A trigger-point pattern to show: one trigger point, or all of the muscle's. */
export interface StagePattern {
  muscleId: string;
  side: Side;
  triggerPointId: string | null;
  /** Draw the X markers too (a "paint the pattern" question hides them until the answer). */
  markers: boolean;
  /** Draw the referral zones (default true; a locate answer shows only the X). */
  zones?: boolean;
}

/**
 * The body as another mode wants it drawn (quiz, pain finder, study): a pattern to show, areas
 * painted by the user (brush strokes and picked regions, drawn hatched in the user's colour),
 * pins, and what a click does. Null in Explore, where the selection drives the drawing.
 */
export interface Stage {
  pattern: StagePattern | null;
  /** Pack region areas painted as if drawn by the user (which-refers questions, pain-finder list). */
  regions: Array<{ regionId: string; side: Side }>;
  strokes: Dab[][];
  pins: StagePin[];
  tool: StageTool;
  /** Brush radius in metres. */
  brush: number;
  /** Show muscle names under the pointer (off in quizzes: they would give the answer away). */
  hoverNames: boolean;
  /** The last point clicked with the locate tool (model space), or null. */
  clicked: Vec3 | null;
  /** Bumped to ask the camera to frame what is drawn. */
  frameSeq: number;
  /** Show the skin opaque whatever the layer settings (the pain finder: people mark their skin). */
  skin: boolean;
  /** With nothing drawn, the camera frames this muscle (e.g. "locate its trigger point"). */
  focus: { muscleId: string; side: Side } | null;
}

export const DEFAULT_BRUSH = 0.025;

const EMPTY: Stage = { pattern: null, regions: [], strokes: [], pins: [], tool: 'none', brush: DEFAULT_BRUSH, hoverNames: true, clicked: null, frameSeq: 0, focus: null, skin: false };

export interface StageSlice {
  stage: Stage | null;
  /** Sets the stage (fields not given keep their defaults, not the previous stage's). */
  setStage: (stage: Partial<Stage>) => void;
  /** Changes some fields of the current stage (starts one when there is none). */
  updateStage: (patch: Partial<Stage>) => void;
  clearStage: () => void;
  /** Starts a new brush stroke at a dab; `extendStroke` adds dabs to the last one. */
  beginStroke: (dab: Dab) => void;
  extendStroke: (dab: Dab) => void;
  undoStroke: () => void;
  clearStrokes: () => void;
  stageClick: (position: Vec3) => void;
  /** Asks the camera to frame the stage's drawing. */
  frameStage: () => void;
}

export const createStageSlice: StateCreator<AppState, [], [], StageSlice> = (set, get) => {
  const patch = (p: Partial<Stage>) => set({ stage: { ...(get().stage ?? EMPTY), ...p } });
  return {
    stage: null,
    setStage: (stage) => set({ stage: { ...EMPTY, frameSeq: get().stage?.frameSeq ?? 0, ...stage }, hover: null }),
    updateStage: patch,
    clearStage: () => {
      if (get().stage) set({ stage: null });
    },
    beginStroke: (dab) => patch({ strokes: [...(get().stage?.strokes ?? []), [dab]] }),
    extendStroke: (dab) => {
      const strokes = get().stage?.strokes ?? [];
      const last = strokes[strokes.length - 1];
      if (!last) return patch({ strokes: [[dab]] });
      patch({ strokes: [...strokes.slice(0, -1), [...last, dab]] });
    },
    undoStroke: () => {
      const strokes = get().stage?.strokes ?? [];
      if (strokes.length) patch({ strokes: strokes.slice(0, -1) });
    },
    clearStrokes: () => {
      if (get().stage?.strokes.length) patch({ strokes: [] });
    },
    stageClick: (position) => patch({ clicked: position }),
    frameStage: () => patch({ frameSeq: (get().stage?.frameSeq ?? 0) + 1 }),
  };
};
