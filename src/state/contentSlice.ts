import type { StateCreator } from 'zustand';
import type { PackIssue } from '../content/packIssue';
import type { Pack } from '../content/schema';
import { combinePacks } from './activePack';
import type { AppState } from './store';

export type PackMode = 'extend' | 'replace';

export type { PackIssue };

/** A pack the user added on top of the core pack. */
export interface UserPack {
  id: string;
  title: string;
  mode: PackMode;
  pack: Pack;
  /** Where it came from (file name or URL), for the Content packs panel. */
  source: string;
  /** The pack's text as given (saved in IndexedDB and parsed again on reload). */
  text: string;
  warnings: PackIssue[];
}

export type CoreStatus = 'loading' | 'ready' | 'error';

/** A message about a pack for the user: a refused pack lists every problem. */
export interface PackReport {
  kind: 'error' | 'success';
  title: string;
  message: string;
  issues: PackIssue[];
}

/** A valid pack waiting for the user to choose extend or replace. */
export interface PendingPack {
  pack: Pack;
  source: string;
  text: string;
  warnings: PackIssue[];
}

export interface ContentSlice {
  coreStatus: CoreStatus;
  corePack: Pack | null;
  /** Why the core pack is missing: what went wrong and, for an invalid pack, where. */
  coreProblem: { message: string; issues: PackIssue[] } | null;
  userPacks: UserPack[];
  /** The core pack with the user's packs merged in, in order; null while there is none. */
  activePack: Pack | null;
  packReport: PackReport | null;
  pendingPack: PendingPack | null;
  setCorePack: (pack: Pack) => void;
  setCoreProblem: (message: string, issues?: PackIssue[]) => void;
  /** Adds (or, for a pack id already there, replaces) a user pack. */
  addUserPack: (pack: UserPack) => void;
  removeUserPack: (id: string) => void;
  setUserPacks: (packs: UserPack[]) => void;
  setPackReport: (report: PackReport | null) => void;
  setPendingPack: (pending: PendingPack | null) => void;
}

export const createContentSlice: StateCreator<AppState, [], [], ContentSlice> = (set, get) => ({
  coreStatus: 'loading',
  corePack: null,
  coreProblem: null,
  userPacks: [],
  activePack: null,
  packReport: null,
  pendingPack: null,
  setCorePack: (corePack) => set({ corePack, coreStatus: 'ready', coreProblem: null, activePack: combinePacks(corePack, get().userPacks) }),
  setCoreProblem: (message, issues = []) =>
    set({ corePack: null, coreStatus: 'error', coreProblem: { message, issues }, activePack: combinePacks(null, get().userPacks) }),
  addUserPack: (pack) => {
    const userPacks = [...get().userPacks.filter((p) => p.id !== pack.id), pack];
    set({ userPacks, activePack: combinePacks(get().corePack, userPacks) });
  },
  removeUserPack: (id) => {
    const userPacks = get().userPacks.filter((p) => p.id !== id);
    if (userPacks.length === get().userPacks.length) return;
    set({ userPacks, activePack: combinePacks(get().corePack, userPacks) });
  },
  setUserPacks: (userPacks) => set({ userPacks, activePack: combinePacks(get().corePack, userPacks) }),
  setPackReport: (packReport) => set({ packReport }),
  setPendingPack: (pendingPack) => set({ pendingPack }),
});
