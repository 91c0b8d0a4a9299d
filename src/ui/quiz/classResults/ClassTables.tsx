/** The class table's three parts: per student, per question, hardest muscles. */
import type { Pack } from '../../../content/schema';
import type { ClassMuscleRow, ClassQuestionRow, ClassStudentRow, ClassTable } from '../../../domain/quiz/classTable';
import { clock } from '../../formatDuration';
import { capitalize } from '../../muscleLabels';
import { generatedTypeLabel } from '../builder/typeLabels';
import { SortableTable, type Column } from './SortableTable';

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** "2026-11-23T14:05:00Z" → the local date and time, short; the text itself if it does not read as one. */
export function finishedText(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t).toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function ClassTables({ table, quizTitles, pack }: { table: ClassTable; quizTitles: ReadonlyMap<string, string>; pack: Pack | null }) {
  const quizName = (id: string) => quizTitles.get(id) || id;
  const muscleName = (id: string) => {
    const m = pack?.muscles.find((x) => x.id === id);
    return m ? capitalize(m.name) : id;
  };
  const students: Column<ClassStudentRow>[] = [
    { key: 'student', label: 'Student', sortValue: (r) => r.student.toLowerCase(), render: (r) => r.student },
    { key: 'quiz', label: 'Quiz', sortValue: (r) => quizName(r.quizId) },
    { key: 'score', label: 'Score', sortValue: (r) => r.score, render: (r) => `${Math.round(r.score)} %`, numeric: true },
    { key: 'passed', label: 'Passed', sortValue: (r) => (r.passed ? 1 : 0), render: (r) => (r.passed ? 'Yes' : 'No') },
    { key: 'time', label: 'Time (min:s)', sortValue: (r) => r.durationSeconds, render: (r) => clock(r.durationSeconds), numeric: true },
    { key: 'finished', label: 'Finished', sortValue: (r) => r.finishedAt, render: (r) => finishedText(r.finishedAt) },
  ];
  const questions: Column<ClassQuestionRow>[] = [
    { key: 'question', label: 'Question', sortValue: (r) => r.questionId },
    { key: 'quiz', label: 'Quiz', sortValue: (r) => quizName(r.quizId) },
    { key: 'type', label: 'Type', sortValue: (r) => generatedTypeLabel(r.type) },
    { key: 'muscle', label: 'Muscle', sortValue: (r) => (r.muscleId ? muscleName(r.muscleId) : '') },
    { key: 'attempts', label: 'Attempts', sortValue: (r) => r.attempts, numeric: true },
    { key: 'mean', label: 'Mean score', sortValue: (r) => r.meanScore, render: (r) => pct(r.meanScore), numeric: true },
    { key: 'correct', label: 'Correct', sortValue: (r) => r.correctRate, render: (r) => pct(r.correctRate), numeric: true },
  ];
  const muscles: Column<ClassMuscleRow>[] = [
    { key: 'muscle', label: 'Muscle', sortValue: (r) => muscleName(r.muscleId) },
    { key: 'mean', label: 'Mean score', sortValue: (r) => r.meanScore, render: (r) => pct(r.meanScore), numeric: true },
    { key: 'attempts', label: 'Answers', sortValue: (r) => r.attempts, numeric: true },
  ];
  return (
    <>
      <SortableTable caption={`Students (${table.students.length})`} columns={students} rows={table.students} rowKey={(r) => `${r.student}\u0000${r.quizId}`} className="cr-students" />
      <p className="hint">A student who took a quiz more than once counts with the latest attempt.</p>
      <SortableTable caption={`Questions (${table.questions.length})`} columns={questions} rows={table.questions} rowKey={(r) => `${r.quizId}\u0000${r.questionId}`} className="cr-questions" />
      {table.hardestMuscles.length > 0 ? (
        <SortableTable caption="Hardest muscles (lowest mean score first)" columns={muscles} rows={table.hardestMuscles} rowKey={(r) => r.muscleId} className="cr-muscles" />
      ) : (
        <p className="hint">No answers name a muscle yet, so there is no list of hardest muscles.</p>
      )}
    </>
  );
}
