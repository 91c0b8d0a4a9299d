import type { CDPSession, Page } from 'playwright-core';

export interface MemorySample {
  heapUsedBytes: number;
  geometries: number | null;
  textures: number | null;
}

export interface SelectionGrowth {
  selections: number;
  /** After the first selection of the measured (second) round. */
  first: MemorySample;
  /** After the last selection of the measured round. */
  last: MemorySample;
  /** (last − first) ÷ first of the JS heap in use after GC, in percent (measured round). */
  heapGrowthPct: number;
  /** The same over the warm-up round (first use of each muscle, passes drawn for the first time). */
  warmup: { first: MemorySample; last: MemorySample; heapGrowthPct: number };
  meanSelectMs: number;
}

export function packMuscleIds(page: Page): Promise<string[]>;
export function selectByHash(page: Page, muscleId: string, side?: 'l' | 'r'): Promise<void>;
export function sampleMemory(page: Page, cdp: CDPSession): Promise<MemorySample>;
export function measureSelectionGrowth(page: Page, options?: { selections?: number }): Promise<SelectionGrowth>;
