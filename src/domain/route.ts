import { isMuscleId } from './anatomy/muscles';
import type { Side } from './anatomy/types';

/** The hash routes of the app. Only Explore exists for now. */
export type AppMode = 'explore';

export interface ExploreRoute {
  mode: 'explore';
  /** A known muscle id from the catalogue, or null. */
  muscleId: string | null;
  /** The side named in the URL, or null when the URL names none. */
  side: Side | null;
  /** The id the URL asked for when it is not in the catalogue (for a polite message). */
  unknownId: string | null;
  /**
   * The canonical hash for this route. When it differs from the hash that was parsed, the app
   * replaces the URL (unknown routes become `#/explore`).
   */
  canonical: string;
}

export interface Selection {
  muscleId: string;
  side: Side;
}

const EXPLORE = '#/explore';

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** `#/explore/<id>/<side>` for a selection, `#/explore` for none. */
export function exploreHash(selection: Selection | null): string {
  if (!selection) return EXPLORE;
  return `${EXPLORE}/${encodeURIComponent(selection.muscleId)}/${selection.side}`;
}

/**
 * Parses `location.hash`. Accepts `#/explore`, `#/explore/<muscle-id>` and
 * `#/explore/<muscle-id>/<l|r>` (case-insensitive, trailing slash allowed). Anything else is an
 * unknown route and maps to `#/explore`.
 */
export function parseHash(hash: string): ExploreRoute {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  const parts = path.split('/').filter((p) => p.length > 0);
  const none: ExploreRoute = { mode: 'explore', muscleId: null, side: null, unknownId: null, canonical: EXPLORE };
  if (parts.length === 0 || (parts[0] ?? '').toLowerCase() !== 'explore' || parts.length > 3) return none;
  const rawId = parts[1];
  if (rawId === undefined) return none;
  const id = safeDecode(rawId).trim().toLowerCase();
  if (!isMuscleId(id)) return { ...none, unknownId: safeDecode(rawId) };
  const rawSide = (parts[2] ?? '').toLowerCase();
  const side: Side | null = rawSide === 'l' || rawSide === 'r' ? rawSide : null;
  const canonical = side ? exploreHash({ muscleId: id, side }) : `${EXPLORE}/${encodeURIComponent(id)}`;
  return { mode: 'explore', muscleId: id, side, unknownId: null, canonical };
}
