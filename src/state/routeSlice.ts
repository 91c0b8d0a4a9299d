import type { StateCreator } from 'zustand';
import type { AppRoute } from '../domain/appRoute';
import type { AppState } from './store';

export interface RouteSlice {
  /** The current route (kept in step with `location.hash` by useHashRoute). */
  route: AppRoute;
  /** The last Explore hash, so "Explore" in the navigation returns to the muscle you had. */
  lastExploreHash: string;
  setRoute: (route: AppRoute) => void;
}

export const createRouteSlice: StateCreator<AppState, [], [], RouteSlice> = (set) => ({
  route: { mode: 'explore', muscleId: null, side: null, unknownId: null, canonical: '#/explore' },
  lastExploreHash: '#/explore',
  setRoute: (route) => set({ route }),
});
