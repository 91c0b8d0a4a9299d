import { useEffect, useMemo, useState } from 'react';
import type { Pack } from '../../content/schema';
import { scoreAnswer } from '../../domain/quiz/score';
import type { Answer, Marking } from '../../domain/quiz/types';
import { GRADE_NAMES, GRADES, gradeFromKey, newCardState, previewIntervals, toQuestion, type Grade, type StudyCard } from '../../domain/study';
import { useAppStore } from '../../state/store';
import { ExplanationBlock } from '../quiz/ExplanationBlock';
import { QuestionView } from '../quiz/QuestionView';
import { truthAnswer } from '../quiz/truthAnswer';
import { useBodyLookup } from '../useBodyLookup';

/** The grade the marking suggests (the student decides). */
function suggestedGrade(m: Marking | null): Grade {
  if (!m) return 1;
  return m.score >= 0.95 ? 3 : m.score >= 0.5 ? 2 : 1;
}

/**
 * One card: answered like a quiz question (on the body where it asks for it), checked or just
 * revealed, then graded Again / Hard / Good / Easy (keys 1–4) with the next interval on each button.
 */
export function StudyReview({ card, pack, remaining, onStop }: { card: StudyCard; pack: Pack; remaining: number; onStop: () => void }) {
  const lookup = useBodyLookup();
  const skin = useAppStore((s) => s.body?.skinPositions ?? undefined);
  const state = useAppStore((s) => s.study.states[card.id]);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [marking, setMarking] = useState<Marking | null>(null);
  const [revealed, setRevealed] = useState(false);
  const question = useMemo(() => {
    try {
      return lookup || !['locate'].includes(card.kind) ? toQuestion(card, pack, new Date().getDate(), lookup ?? undefined) : null;
    } catch {
      return null;
    }
  }, [card, pack, lookup]);
  const now = Date.now();
  const previews = previewIntervals(state ?? newCardState(now), now);

  const grade = (g: Grade) => useAppStore.getState().rateCard(card.id, g, Date.now());
  useEffect(() => {
    if (!revealed) return;
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT') && (t as HTMLInputElement).type === 'text') return;
      const g = gradeFromKey(e.key);
      if (g && !e.altKey && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        useAppStore.getState().rateCard(card.id, g, Date.now());
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [revealed, card.id]);

  if (!question) return <p className="panel" role="status">Loading the 3D body…</p>;
  const check = () => {
    if (answer && lookup) setMarking(scoreAnswer(question, answer, { lookup, pack, skinPositions: skin }));
    setRevealed(true);
  };
  const suggested = suggestedGrade(marking);
  return (
    <div className="study-review">
      <div className="quiz-bar">
        <p className="quiz-progress">
          {remaining} card{remaining === 1 ? '' : 's'} left today · <button type="button" className="link-button" onClick={onStop}>Stop</button>
        </p>
      </div>
      <QuestionView question={question} answer={revealed ? (answer ?? truthAnswer(question, pack, lookup)) : answer} onAnswer={setAnswer} reveal={revealed} pack={pack} headingLevel={2} />
      {!revealed && (
        <div className="button-row quiz-actions">
          <button type="button" className="primary" onClick={check} disabled={!answer}>
            Check
          </button>
          <button type="button" onClick={() => setRevealed(true)}>
            Show answer
          </button>
        </div>
      )}
      {revealed && (
        <>
          <ExplanationBlock question={question} pack={pack} marking={marking ?? undefined} />
          <div className="grade-row" role="group" aria-label="How well did you know it? Keys 1 to 4">
            {GRADES.map((g) => (
              <button key={g} type="button" className={g === suggested ? 'primary' : ''} onClick={() => grade(g)} aria-keyshortcuts={String(g)}>
                <span className="grade-key">{g}</span> {GRADE_NAMES[g]} <span className="grade-interval">· {previews[g].label}</span>
              </button>
            ))}
          </div>
          <p className="hint quiz-actions">Keys 1–4 grade the card. The highlighted grade is suggested from your answer.</p>
        </>
      )}
      <div className="button-row quiz-actions">
        <button type="button" onClick={() => useAppStore.getState().suspendCard(card.id)}>
          Suspend this card
        </button>
      </div>
    </div>
  );
}
