import { useState } from 'react';
import type { Pack } from '../../content/schema';
import type { Answer, NameFromPatternQuestion, PracticeQuestion, WhichRefersQuestion } from '../../domain/quiz/types';
import { getMuscle } from '../../domain/anatomy';
import { capitalize } from '../muscleLabels';
import { ChoiceList, verdictOf } from './ChoiceList';
import type { QuestionViewProps } from './questionViewProps';

export function muscleTitle(pack: Pack | null, id: string): string {
  return capitalize(pack?.muscles.find((m) => m.id === id)?.name ?? getMuscle(id)?.name ?? id);
}

type Props<Q, A> = QuestionViewProps<Q, A>;

type NameAnswer = Extract<Answer, { type: 'name-from-pattern' }>;
type WhichAnswer = Extract<Answer, { type: 'which-refers' }>;
type PracticeAnswer = Extract<Answer, { type: 'practice' }>;

/** Pick the muscle from the options, or type its name (aliases and small typos are accepted). */
export function NameFromPatternView({ question: q, answer, onAnswer, reveal, pack }: Props<NameFromPatternQuestion, NameAnswer>) {
  const [typing, setTyping] = useState(Boolean(answer?.typed));
  const picked = answer?.muscleId && !answer.typed ? [answer.muscleId] : [];
  return (
    <div className="question-body">
      <p className="hint">The body shows the pattern in red: solid where the pain is usually felt (essential zone), dotted where it may spread (spillover); the X marks the trigger point.</p>
      <ChoiceList
        legend="Choose the muscle"
        items={q.options.map((id) => ({ value: id, label: muscleTitle(pack, id), verdict: reveal ? verdictOf(id, answer?.muscleId ? [answer.muscleId] : [], [q.muscleId]) : undefined }))}
        selected={picked}
        multiple={false}
        disabled={reveal}
        onChange={([id]) => onAnswer({ type: 'name-from-pattern', muscleId: id ?? null })}
      />
      {!typing && !reveal && (
        <button type="button" className="link-button" onClick={() => setTyping(true)}>
          Type the name instead
        </button>
      )}
      {(typing || answer?.typed) && (
        <label className="field">
          <span>Muscle name</span>
          <input type="text" autoComplete="off" spellCheck={false} disabled={reveal} value={answer?.typed ?? ''} onChange={(e) => onAnswer({ type: 'name-from-pattern', muscleId: null, typed: e.target.value })} />
        </label>
      )}
    </div>
  );
}

/** The painted (blue, hatched) area hurts: pick every muscle that commonly refers there. */
export function WhichRefersView({ question: q, answer, onAnswer, reveal, pack }: Props<WhichRefersQuestion, WhichAnswer>) {
  const picked = answer?.muscleIds ?? [];
  const region = pack?.regions.find((r) => r.id === q.region)?.name ?? q.region;
  return (
    <div className="question-body">
      <p className="hint">
        The hatched blue area on the body is the {q.side === 'r' ? 'right' : 'left'} {region}. Select all that apply.
      </p>
      <ChoiceList
        legend="Muscles that commonly refer pain here"
        items={q.options.map((id) => ({ value: id, label: muscleTitle(pack, id), verdict: reveal ? verdictOf(id, picked, q.answers) : undefined }))}
        selected={picked}
        multiple
        disabled={reveal}
        onChange={(ids) => onAnswer({ type: 'which-refers', muscleIds: ids })}
      />
    </div>
  );
}

/** Multiple choice on practice: hold times, techniques, precautions, self-care. */
export function PracticeView({ question: q, answer, onAnswer, reveal }: Props<PracticeQuestion, PracticeAnswer>) {
  const picked = (answer?.choices ?? []).map(String);
  const multiple = q.correct.length > 1;
  return (
    <div className="question-body">
      <ChoiceList
        legend={multiple ? 'Select all that apply' : 'Choose one'}
        items={q.choices.map((text, i) => ({ value: String(i), label: text, verdict: reveal ? verdictOf(String(i), picked, q.correct.map(String)) : undefined }))}
        selected={picked}
        multiple={multiple}
        disabled={reveal}
        onChange={(values) => onAnswer({ type: 'practice', choices: values.map(Number).sort((a, b) => a - b) })}
      />
    </div>
  );
}
