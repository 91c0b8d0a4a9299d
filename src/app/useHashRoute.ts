import { useEffect } from 'react';
import { parseRoute } from '../domain/appRoute';
import { exploreHash } from '../domain/route';
import { useAppStore } from '../state/store';

function replaceHash(hash: string): void {
  if (window.location.hash === hash) return;
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
}

/**
 * Keeps the URL, the route and the selection in step. Explore: `#/explore/<id>[/<l|r>]` selects
 * (the right side when none is given), an unknown id leaves a polite notice, and the URL follows the
 * selection with replaceState (Back is not flooded). Other modes (`#/quiz…`, `#/find`, `#/study`)
 * are stored as the route; the Explore selection is kept for when the user comes back. Unknown
 * routes become `#/explore`.
 */
export function useHashRoute(): void {
  useEffect(() => {
    const apply = () => {
      const route = parseRoute(window.location.hash);
      const store = useAppStore.getState();
      if (route.mode !== 'explore') {
        store.setRoute(route);
        replaceHash(route.canonical);
        return;
      }
      if (route.muscleId) store.select(route.muscleId, route.side ?? store.selection?.side ?? 'r');
      else {
        store.clearSelection();
        if (route.unknownId) {
          store.setRouteNotice(`There is no muscle called “${route.unknownId}” in Myomap. Search for it or pick one from the list.`);
        }
      }
      const canonical = exploreHash(useAppStore.getState().selection);
      store.setRoute({ ...route, canonical });
      useAppStore.setState({ lastExploreHash: canonical });
      replaceHash(canonical);
    };
    apply();
    window.addEventListener('hashchange', apply);
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.selection !== prev.selection && s.route.mode === 'explore') {
        const hash = exploreHash(s.selection);
        useAppStore.setState({ lastExploreHash: hash });
        replaceHash(hash);
      }
    });
    return () => {
      window.removeEventListener('hashchange', apply);
      unsubscribe();
    };
  }, []);
}
