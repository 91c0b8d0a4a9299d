import { create } from 'zustand';
import { createHoverSlice, type HoverSlice } from './hoverSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createStatusSlice, type StatusSlice } from './statusSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

/** The one app store: plain data only (no three.js objects), read through selectors. */
export type AppState = SelectionSlice & HoverSlice & ViewSlice & StatusSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createSelectionSlice(...a),
  ...createHoverSlice(...a),
  ...createViewSlice(...a),
  ...createStatusSlice(...a),
}));
