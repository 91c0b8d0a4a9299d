/**
 * Starts downloading the body model as soon as the page knows WebGL works, instead of when the
 * 3D chunk has loaded: the download then overlaps loading three.js. The scene takes the response
 * once (a Retry downloads again). No three.js here: this runs in the page shell.
 */

/** The model ships with the app (relative URL, works offline and under any base path). */
export const BODY_URL = `${import.meta.env.BASE_URL}models/body.glb`;

let early: Promise<Response> | null = null;

export function prefetchBody(): void {
  if (early) return;
  early = fetch(BODY_URL);
  // Handled where it is taken; this only keeps an unused failure from being reported as unhandled.
  early.catch(() => {});
}

/** The early download, if one was started and not yet taken. */
export function takePrefetchedBody(): Promise<Response> | null {
  const p = early;
  early = null;
  return p;
}
