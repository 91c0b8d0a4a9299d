/**
 * A result code read out or typed by a student: decoded to quiz, seed, score and which questions
 * were right. The code names no student, so the instructor types the name; decoded codes are listed
 * in their own table (they carry no question ids or times, so they stay out of the per-question figures).
 */
import { useId, useState } from 'react';
import type { Pack } from '../../../content/schema';
import { decodeResultCode, quizHash, type DecodedResultCode } from '../../../domain/quiz/resultCode';

export interface CodeEntry {
  student: string;
  code: string;
  decoded: DecodedResultCode;
}

/** The pack quiz whose id hashes to the code's quiz hash (the hash is 16 bits: a match is likely, not certain). */
export function quizForHash(pack: Pack | null, hash: number): { id: string; title: string } | undefined {
  return pack?.quizzes.find((q) => quizHash(q.id) === hash);
}

export function answersText(d: DecodedResultCode): string {
  const marks = d.correctBits.map((ok, i) => `${i + 1} ${ok ? 'right' : 'wrong'}`).join(', ');
  const more = d.count > d.correctBits.length ? `; questions ${d.correctBits.length + 1}–${d.count} not in the code` : '';
  return `${marks}${more}`;
}

export function ResultCodeDecoder({ pack, onAdd }: { pack: Pack | null; onAdd: (entry: CodeEntry) => void }) {
  const [code, setCode] = useState('');
  const [student, setStudent] = useState('');
  const codeId = useId();
  const nameId = useId();
  const decoded = code.trim() === '' ? null : decodeResultCode(code);
  const ok = decoded && !('error' in decoded) ? decoded : null;
  const quiz = ok ? quizForHash(pack, ok.quizHash) : undefined;
  const right = ok ? ok.correctBits.filter(Boolean).length : 0;
  return (
    <form
      className="cr-code"
      onSubmit={(e) => {
        e.preventDefault();
        if (!ok || student.trim() === '') return;
        onAdd({ student: student.trim(), code: code.trim().toUpperCase(), decoded: ok });
        setCode('');
        setStudent('');
      }}
    >
      <div className="form-row">
        <div className="field">
          <label htmlFor={codeId}>Result code</label>
          <input id={codeId} type="text" value={code} spellCheck={false} autoComplete="off" placeholder="e.g. 4Q7K-0T2M-…" onChange={(e) => setCode(e.target.value)} aria-invalid={decoded && 'error' in decoded ? true : undefined} />
        </div>
        <div className="field">
          <label htmlFor={nameId}>Student's name (the code does not carry it)</label>
          <input id={nameId} type="text" value={student} autoComplete="off" onChange={(e) => setStudent(e.target.value)} />
        </div>
      </div>
      <div aria-live="polite" className="cr-code-out">
        {decoded && 'error' in decoded && <p className="field-error">This code can't be read: {decoded.error}.</p>}
        {ok && (
          <dl className="cr-code-facts">
            <dt>Quiz</dt>
            <dd>{quiz ? `${quiz.title} (${quiz.id})` : `not a quiz of the active pack (quiz code ${ok.quizHash.toString(16).toUpperCase().padStart(4, '0')})`}</dd>
            <dt>Seed</dt>
            <dd>{ok.seed}</dd>
            <dt>Score</dt>
            <dd>
              {ok.score} % ({right} of {ok.count} right)
            </dd>
            <dt>Questions</dt>
            <dd>{answersText(ok) || 'none'}</dd>
          </dl>
        )}
      </div>
      <div className="button-row">
        <button type="submit" disabled={!ok || student.trim() === ''}>
          Add to the list
        </button>
      </div>
    </form>
  );
}
