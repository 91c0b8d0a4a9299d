import { useEffect, useMemo, useState } from 'react';
import { BODY_REGIONS } from '../../domain/anatomy';
import { buildCards, buildQueue, localDay, newStartedSince, progressByRegion, type StudyCard } from '../../domain/study';
import { nextStudyCard } from '../../domain/study/nextStudyCard';
import { MAX_NEW_PER_DAY } from '../../state/studySlice';
import { useAppStore } from '../../state/store';
import { StudyProgressChart } from './StudyProgressChart';
import { StudyQueueSummary } from './StudyQueueSummary';
import { PersonalData } from '../PersonalData';
import { StudyReview } from './StudyReview';
import '../quiz/quiz.css';

/**
 * `#/study`: spaced-repetition study of cards made from the content pack (pattern → muscle,
 * muscle → pattern, locate the trigger point, hold time, techniques, precautions), scheduled with
 * FSRS; today's queue, region filter and daily new-card limit, progress per region.
 */
export function StudyMode() {
  const pack = useAppStore((s) => s.activePack);
  const study = useAppStore((s) => s.study);
  const [reviewing, setReviewing] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const cards = useMemo(() => (pack ? buildCards(pack) : []), [pack]);
  const byId = useMemo(() => new Map(cards.map((c) => [c.id, c])), [cards]);

  useEffect(() => {
    useAppStore.getState().setStage({ hoverNames: false });
    return () => useAppStore.getState().clearStage();
  }, []);
  // Refresh "now" after each review and every minute (learning steps come due within the day).
  useEffect(() => setNow(Date.now()), [study.reviewLog.length]);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(t);
  }, []);

  const day = localDay(now);
  const queue = useMemo(
    () => buildQueue({ cards, states: study.states, suspended: study.suspended, regions: study.regions, now, newPerDay: study.newPerDay, reviewedToday: newStartedSince(study.reviewLog, day.start), dayEnd: day.end }),
    [cards, study, now, day.start, day.end],
  );
  const inScope = study.regions.length ? cards.filter((c) => study.regions.includes(c.region)) : cards;
  const progress = useMemo(() => progressByRegion(inScope, study.states, now), [inScope, study.states, now]);
  // Cards due now first, then new ones; a card in a short learning step waits for its time unless nothing else is left.
  const next: StudyCard | undefined = byId.get(nextStudyCard(queue, study.states, now)?.id ?? '');

  if (!pack) return <p className="panel" role="status">Loading the content pack…</p>;
  const st = useAppStore.getState();
  return (
    <div className="study-panel">
      {reviewing && next ? (
        <StudyReview key={`${next.id}:${study.reviewLog.length}`} card={next} pack={pack} remaining={queue.due.length + queue.new.length} onStop={() => setReviewing(false)} />
      ) : (
        <>
          <div className="panel">
            <StudyQueueSummary counts={queue.counts} onStart={() => setReviewing(true)} startLabel={reviewing ? 'Continue' : 'Start studying'} />
            {reviewing && !next && <p role="status">Session done: nothing else is due today.</p>}
          </div>
          <div className="panel">
            <StudyProgressChart rows={progress} />
          </div>
          <details className="panel">
            <summary>Settings: regions and new cards</summary>
            <fieldset className="check-grid">
              <legend>Study these regions (none ticked: all)</legend>
              {BODY_REGIONS.map((r) => (
                <label key={r.id} className="choice">
                  <input type="checkbox" checked={study.regions.includes(r.id)} onChange={(e) => st.setStudyRegions(e.target.checked ? [...study.regions, r.id] : study.regions.filter((x) => x !== r.id))} />
                  <span>{r.name}</span>
                </label>
              ))}
            </fieldset>
            <label className="field inline">
              <span>New cards per day</span>
              <input type="number" min={0} max={MAX_NEW_PER_DAY} value={study.newPerDay} onChange={(e) => st.setNewPerDay(Number(e.target.value))} />
            </label>
            {study.suspended.length > 0 && (
              <div>
                <p>
                  {study.suspended.length} suspended card{study.suspended.length === 1 ? '' : 's'} (left out of reviews):
                </p>
                <ul className="suspended-list">
                  {study.suspended.map((id) => (
                    <li key={id}>
                      {byId.get(id)?.front ?? id}{' '}
                      <button type="button" onClick={() => st.unsuspendCard(id)}>
                        Unsuspend
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </details>
          <PersonalData />
        </>
      )}
    </div>
  );
}
