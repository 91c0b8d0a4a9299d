/**
 * Pictures of the body for print (the homework sheet): the scene registers a renderer when the body
 * is loaded; the DOM asks for front/back pictures with chosen patterns drawn on the skin.
 */
import type { Side } from '../domain/anatomy';

export interface SnapshotPattern {
  muscleId: string;
  side: Side;
  /** One trigger point, or all of the muscle's. */
  triggerPointId: string | null;
}

export interface SnapshotRequest {
  patterns: SnapshotPattern[];
  views: Array<'front' | 'back' | 'left' | 'right'>;
  /** Pixel size of each picture. */
  width: number;
  height: number;
}

/** PNG data URLs, one per requested view (same order). */
export type Snapshotter = (req: SnapshotRequest) => Promise<string[]>;

let current: Snapshotter | null = null;
const waiting: Array<() => void> = [];

export function registerSnapshotter(fn: Snapshotter | null): void {
  current = fn;
  if (fn) for (const w of waiting.splice(0)) w();
}

/** Renders the pictures once the body is ready (waits up to `timeoutMs` for it). */
export async function takeBodySnapshots(req: SnapshotRequest, timeoutMs = 60_000): Promise<string[]> {
  if (!current) {
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('The 3D body is not available to draw the pictures.')), timeoutMs);
      waiting.push(() => (clearTimeout(t), resolve()));
    });
  }
  return current!(req);
}
