import { useEffect } from 'react';
import { landmarkLookup, type Vec3 } from '../../domain/referral';
import { useAppStore } from '../../state/store';
import { truthAnswer } from './truthAnswer';

/**
 * Test builds only: lets the e2e harness read the quiz on screen and the answer that earns full
 * marks (`window.__myomap.quiz()`). Production builds drop this (the mode check is static).
 */
export function useQuizTestProbe(): void {
  useEffect(() => {
    if (import.meta.env.MODE !== 'test') return;
    let live = true;
    const probe = () => {
      const s = useAppStore.getState();
      const session = s.quizSession;
      const question = session?.questions[session.current] ?? null;
      const lookup = s.body ? landmarkLookup(new Map<string, Vec3>(Object.entries(s.body.landmarks))) : null;
      return { session, index: session?.current ?? 0, question, truth: question ? truthAnswer(question, s.activePack, lookup) : null };
    };
    void import('../../app/testHook').then((m) => live && m.setQuizProbe(probe));
    return () => {
      live = false;
      void import('../../app/testHook').then((m) => m.setQuizProbe(null));
    };
  }, []);
}
