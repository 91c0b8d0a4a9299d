import type { StateCreator } from 'zustand';
import { muscleNodeName, type Layer } from '../domain/anatomy';
import type { AppState } from './store';

export type ViewName = 'front' | 'back' | 'left' | 'right' | 'top' | 'reset';

export interface ViewRequest {
  view: ViewName;
  /** Increases with every request, so asking for the same view twice still moves the camera. */
  seq: number;
  /** Ease there (unless the user prefers reduced motion) or jump. */
  animate: boolean;
}

export interface ViewSlice {
  /** 0 = skin hidden, 1 = opaque. */
  skinOpacity: number;
  layers: Record<Layer, boolean>;
  /** Layers peeled away over the current selection (shown as "mixed" in the Layers panel). */
  peeled: Layer[];
  skeleton: boolean;
  xray: boolean;
  /** Node names (`muscle:<id>:<side>`) hidden by "Hide selected". */
  hidden: string[];
  /** Node names shown alone by "Isolate selection", or null. */
  isolated: string[] | null;
  viewRequest: ViewRequest | null;
  /** Bumped by "Show the whole pattern": the camera frames the selection's referral. */
  patternRequest: number;
  setSkinOpacity: (value: number) => void;
  setLayerVisible: (layer: Layer, visible: boolean) => void;
  setSkeleton: (visible: boolean) => void;
  setXray: (on: boolean) => void;
  isolateSelection: () => void;
  hideSelected: () => void;
  showAll: () => void;
  requestView: (view: ViewName, animate?: boolean) => void;
  requestPatternView: () => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  skinOpacity: 0,
  layers: { superficial: true, intermediate: true, deep: true },
  peeled: [],
  skeleton: true,
  xray: false,
  hidden: [],
  isolated: null,
  viewRequest: null,
  patternRequest: 0,
  setSkinOpacity: (value) => {
    const v = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
    if (v !== get().skinOpacity) set({ skinOpacity: v });
  },
  setLayerVisible: (layer, visible) => {
    set({ layers: { ...get().layers, [layer]: visible }, peeled: get().peeled.filter((l) => l !== layer) });
  },
  setSkeleton: (skeleton) => set({ skeleton }),
  setXray: (xray) => set({ xray }),
  isolateSelection: () => {
    const sel = get().selection;
    if (!sel) return;
    set({ isolated: [muscleNodeName(sel.muscleId, sel.side)] });
  },
  hideSelected: () => {
    const sel = get().selection;
    if (!sel) return;
    const name = muscleNodeName(sel.muscleId, sel.side);
    const isolated = get().isolated?.filter((n) => n !== name) ?? null;
    set({
      hidden: get().hidden.includes(name) ? get().hidden : [...get().hidden, name],
      isolated: isolated && isolated.length > 0 ? isolated : null,
      selection: null,
      peeled: [],
    });
  },
  showAll: () =>
    set({ hidden: [], isolated: null, peeled: [], layers: { superficial: true, intermediate: true, deep: true } }),
  requestView: (view, animate = true) => set({ viewRequest: { view, seq: (get().viewRequest?.seq ?? 0) + 1, animate } }),
  requestPatternView: () => set({ patternRequest: get().patternRequest + 1 }),
});
