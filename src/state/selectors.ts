import type { AppState } from './store';

/** Selectors shared by components; pick several fields with `useShallow`. */
export const selectSelection = (s: AppState) => s.selection;
export const selectHover = (s: AppState) => s.hover;

/** Everything that decides how each muscle is drawn (the scene's muscle-state texture). */
export const selectMuscleDrawState = (s: AppState) => ({
  selection: s.selection,
  hover: s.hover,
  layers: s.layers,
  peeled: s.peeled,
  xray: s.xray,
  hidden: s.hidden,
  isolated: s.isolated,
});
export type MuscleDrawState = ReturnType<typeof selectMuscleDrawState>;

export const selectLayerControls = (s: AppState) => ({
  skinOpacity: s.skinOpacity,
  layers: s.layers,
  peeled: s.peeled,
  skeleton: s.skeleton,
  xray: s.xray,
  hasSelection: s.selection !== null,
  hasHidden: s.hidden.length > 0 || s.isolated !== null,
});
