import { useMemo } from 'react';
import { landmarkLookup, type LandmarkLookup, type Vec3 } from '../domain/referral';
import { useAppStore } from '../state/store';

/** The loaded body's landmark lookup (null until the body is loaded). */
export function useBodyLookup(): LandmarkLookup | null {
  const landmarks = useAppStore((s) => s.body?.landmarks ?? null);
  return useMemo(() => (landmarks ? landmarkLookup(new Map<string, Vec3>(Object.entries(landmarks))) : null), [landmarks]);
}
