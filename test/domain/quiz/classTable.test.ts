import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildClassTable, classTableToCsv, CLASS_CSV_COLUMNS } from '../../../src/domain/quiz/classTable';
import { importResultFiles, resultToCsv, type QuizResult, type QuizResultAnswer } from '../../../src/domain/quiz/results';
import { resultArb, sampleResult } from './resultArb';

const ans = (questionId: string, muscleId: string | undefined, score: number, correct = score === 1): QuizResultAnswer => ({ questionId, type: 'name-from-pattern', muscleId, score, correct, given: '', expected: '' });

describe('class table', () => {
  const ana1 = sampleResult({ student: 'Ana', finishedAt: '2026-11-23T10:00:00Z', score: 0, answers: [ans('q1', 'temporalis', 0), ans('q2', 'masseter', 0)] });
  const ana2 = sampleResult({ student: ' ana ', finishedAt: '2026-11-23T11:00:00Z', score: 75, passed: true, durationSeconds: 300, answers: [ans('q1', 'temporalis', 1), ans('q2', 'masseter', 0.5, false)] });
  const bo = sampleResult({ student: 'Bo', finishedAt: '2026-11-23T10:30:00Z', score: 50, answers: [ans('q1', 'temporalis', 0), ans('q2', 'masseter', 1), ans('q3', undefined, 1)] });

  it('counts each student with the latest attempt, and works out the means by hand', () => {
    const t = buildClassTable([ana2, bo, ana1]);
    expect(t.students).toEqual([
      { student: 'ana', quizId: 'head-and-neck-headaches', score: 75, passed: true, durationSeconds: 300, finishedAt: '2026-11-23T11:00:00Z' },
      { student: 'Bo', quizId: 'head-and-neck-headaches', score: 50, passed: false, durationSeconds: 750, finishedAt: '2026-11-23T10:30:00Z' },
    ]);
    expect(t.questions).toEqual([
      { quizId: 'head-and-neck-headaches', questionId: 'q1', type: 'name-from-pattern', muscleId: 'temporalis', attempts: 2, meanScore: 0.5, correctRate: 0.5 },
      { quizId: 'head-and-neck-headaches', questionId: 'q2', type: 'name-from-pattern', muscleId: 'masseter', attempts: 2, meanScore: 0.75, correctRate: 0.5 },
      { quizId: 'head-and-neck-headaches', questionId: 'q3', type: 'name-from-pattern', muscleId: undefined, attempts: 1, meanScore: 1, correctRate: 1 },
    ]);
    expect(t.hardestMuscles).toEqual([
      { muscleId: 'temporalis', attempts: 2, meanScore: 0.5 },
      { muscleId: 'masseter', attempts: 2, meanScore: 0.75 },
    ]);
  });

  it('keeps quizzes apart: the same student in two quizzes is two rows, same question ids in two quizzes are two questions', () => {
    const other = sampleResult({ student: 'Ana', quizId: 'safe-practice', answers: [ans('q1', undefined, 1)] });
    const t = buildClassTable([ana1, other]);
    expect(t.students.map((s) => s.quizId)).toEqual(['head-and-neck-headaches', 'safe-practice']);
    expect(t.questions.map((q) => `${q.quizId}/${q.questionId}`)).toEqual(['head-and-neck-headaches/q1', 'head-and-neck-headaches/q2', 'safe-practice/q1']);
  });

  it('the same files imported twice give the same table; figures stay in range; muscles hardest first', () => {
    fc.assert(
      fc.property(fc.array(resultArb, { maxLength: 8 }), (rs) => {
        const t = buildClassTable(rs);
        expect(buildClassTable([...rs, ...rs])).toEqual(t);
        for (const q of t.questions) {
          expect(q.meanScore).toBeGreaterThanOrEqual(0);
          expect(q.meanScore).toBeLessThanOrEqual(1 + 1e-12);
          expect(q.correctRate).toBeGreaterThanOrEqual(0);
          expect(q.correctRate).toBeLessThanOrEqual(1);
        }
        const means = t.hardestMuscles.map((m) => m.meanScore);
        expect(means).toEqual([...means].sort((a, b) => a - b));
        const keys = new Set(rs.map((r) => `${r.student.trim().replace(/\s+/g, ' ').toLowerCase()}\u0000${r.quizId}`));
        expect(t.students).toHaveLength(keys.size);
      }),
      { numRuns: 200, seed: 701 },
    );
  });

  it('two CSVs from two students → two rows', () => {
    const { results, errors } = importResultFiles([
      { name: 'results-ana.csv', text: resultToCsv(ana2) },
      { name: 'results-bo.csv', text: resultToCsv(bo) },
    ]);
    expect(errors).toEqual([]);
    const t = buildClassTable(results);
    expect(t.students.map((s) => [s.student, s.score])).toEqual([
      ['ana', 75],
      ['Bo', 50],
    ]);
  });

  it('exports every part as one CSV, a spreadsheet formula in a name defused', () => {
    const evil: QuizResult = { ...bo, student: '=HYPERLINK("x")' };
    const csv = classTableToCsv(buildClassTable([ana2, evil]));
    const rows = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
    expect(rows.meta.fields).toEqual([...CLASS_CSV_COLUMNS]);
    expect(rows.data.map((r) => r.table)).toEqual(['student', 'student', 'question', 'question', 'question', 'muscle', 'muscle']);
    expect(rows.data[0]!.student).toBe('\'=HYPERLINK("x")');
    expect(rows.data.find((r) => r.table === 'question' && r.questionId === 'q2')).toMatchObject({ attempts: '2', meanScore: '0.75', correctRate: '0.5' });
    expect(rows.data.filter((r) => r.table === 'muscle').map((r) => r.muscleId)).toEqual(['temporalis', 'masseter']);
  });
});
