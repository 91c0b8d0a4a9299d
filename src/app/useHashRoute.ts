import { useEffect } from 'react';
import { exploreHash, parseHash } from '../domain/route';
import { useAppStore } from '../state/store';

function replaceHash(hash: string): void {
  if (window.location.hash === hash) return;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
}

/**
 * Keeps the URL and the selection in step: `#/explore/<id>[/<l|r>]` selects (the right side when
 * none is given), an unknown id leaves a polite notice, an unknown route becomes `#/explore`, and
 * the URL follows the selection with replaceState (Back is not flooded).
 */
export function useHashRoute(): void {
  useEffect(() => {
    const apply = () => {
      const route = parseHash(window.location.hash);
      const store = useAppStore.getState();
      if (route.muscleId) store.select(route.muscleId, route.side ?? store.selection?.side ?? 'r');
      else {
        store.clearSelection();
        if (route.unknownId) {
          store.setRouteNotice(`There is no muscle called “${route.unknownId}” in Myomap. Search for it or pick one from the list.`);
        }
      }
      replaceHash(exploreHash(useAppStore.getState().selection));
    };
    apply();
    window.addEventListener('hashchange', apply);
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.selection !== prev.selection) replaceHash(exploreHash(s.selection));
    });
    return () => {
      window.removeEventListener('hashchange', apply);
      unsubscribe();
    };
  }, []);
}
