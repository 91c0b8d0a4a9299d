import type { AppState } from './store';

/** Selectors shared by components; pick several fields with `useShallow`. */
export const selectSelection = (s: AppState) => s.selection;
export const selectHover = (s: AppState) => s.hover;

const inExplore = (s: AppState) => s.route.mode === 'explore';

/**
 * Everything that decides how each muscle is drawn (the scene's muscle-state texture). Outside
 * Explore the selection is not highlighted (a quiz must not give its answer away), and hover only
 * where the mode's stage allows names.
 */
export const selectMuscleDrawState = (s: AppState) => ({
  selection: inExplore(s) ? s.selection : null,
  hover: inExplore(s) || s.stage?.hoverNames ? s.hover : null,
  layers: s.layers,
  peeled: inExplore(s) ? s.peeled : [],
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
