import type { TriggerPoint } from '../../content/schema';
import { rangeText } from '../formatDuration';

export type Hold = Pick<TriggerPoint['hold'], 'minSeconds' | 'maxSeconds' | 'repetitions'>;

/**
 * One hold guidance for several trigger points of a muscle (a sheet item may cover all of them):
 * the widest range and the most repetitions, so no trigger point's own guidance is cut short.
 * Null when there is none.
 */
export function mergeHolds(holds: readonly Hold[]): Hold | null {
  if (holds.length === 0) return null;
  return {
    minSeconds: Math.min(...holds.map((h) => h.minSeconds)),
    maxSeconds: Math.max(...holds.map((h) => h.maxSeconds)),
    repetitions: Math.max(...holds.map((h) => h.repetitions)),
  };
}

/**
 * Self-pressure in the client's words. The sheet only reminds: self-pressure is something the
 * therapist shows first (hence "If your therapist showed you…"), built up gently and let go as the
 * tenderness fades (sustained compression, see DESIGN §5 and the trigger point's sources).
 */
export function holdAdvice(hold: Hold): string {
  const times = hold.repetitions === 1 ? 'once' : `up to ${hold.repetitions} times`;
  return `If your therapist showed you self-pressure: press gently for ${rangeText(hold.minSeconds, hold.maxSeconds)}, ${times}, easing off as the tenderness fades.`;
}

/** Why and when to stop: the same for every trigger point. */
export const STOP_ADVICE = 'Stop if it hurts sharply, feels electric, or you feel numbness or tingling; never press on the front of the neck, the armpit or the groin.';
