/**
 * Store actions behind "Your data on this device": read the saved parts, replace them (import)
 * and reset them to defaults. Packs are the caller's business (they live in IndexedDB and are
 * loaded through src/app/packActions.ts).
 */
import { partializeState } from '../persistence';
import { useAppStore } from '../store';
import type { PersistedState } from './readPersisted';
import { clearUnreadableCopies } from './unreadableCopies';

/** The data the store saves, as it is now. */
export function currentPersisted(): PersistedState {
  return partializeState(useAppStore.getState());
}

/** Replaces every saved part (an imported file); persist writes it at once. */
export function applyPersisted(state: PersistedState): void {
  useAppStore.setState({ ...state, persistNotice: null });
}

/**
 * "Reset all": every saved part back to its default, the saved copy and the kept unreadable copies
 * removed. The store's own defaults are the source (getInitialState), so a part added later resets
 * too without touching this.
 */
export function resetPersonalData(): void {
  applyPersisted(partializeState(useAppStore.getInitialState()));
  try {
    useAppStore.persist.clearStorage();
  } catch {
    // Storage blocked: nothing was saved to clear.
  }
  clearUnreadableCopies();
}
