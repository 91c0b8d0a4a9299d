/**
 * The instructor's class table from imported result files: one row per student and quiz, then how
 * each question and each muscle went across the class. A student who took a quiz several times
 * counts with the latest attempt only, and the same file imported twice counts once, so re-importing
 * a folder never skews the figures.
 */
import Papa from 'papaparse';
import { escapeCell, type QuizResult } from './results';
import type { QuestionType } from './types';

export interface ClassStudentRow {
  student: string;
  quizId: string;
  score: number;
  passed: boolean;
  durationSeconds: number;
  finishedAt: string;
}

export interface ClassQuestionRow {
  quizId: string;
  questionId: string;
  type: QuestionType;
  muscleId?: string | undefined;
  attempts: number;
  /** 0–1. */
  meanScore: number;
  /** Share of attempts marked correct, 0–1. */
  correctRate: number;
}

export interface ClassMuscleRow {
  muscleId: string;
  attempts: number;
  meanScore: number;
}

export interface ClassTable {
  /** By student name, then quiz id. */
  students: ClassStudentRow[];
  /** By quiz id, then the order questions were first seen. */
  questions: ClassQuestionRow[];
  /** Lowest mean score first (ties: more attempts first, then id). */
  hardestMuscles: ClassMuscleRow[];
}

/** Names match whatever the spacing or case ("Ana", " ana ") so retakes group together. */
const studentKey = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** The attempt each student's quiz counts with: the latest finished (ties: the later one imported). */
export function latestResults(results: readonly QuizResult[]): QuizResult[] {
  const latest = new Map<string, QuizResult>();
  for (const r of results) {
    const key = JSON.stringify([studentKey(r.student), r.quizId]);
    const prev = latest.get(key);
    if (!prev || Date.parse(r.finishedAt) >= Date.parse(prev.finishedAt)) latest.set(key, r);
  }
  return [...latest.values()];
}

export function buildClassTable(results: readonly QuizResult[]): ClassTable {
  const chosen = latestResults(results);
  const students: ClassStudentRow[] = chosen
    .map((r) => ({ student: r.student.trim(), quizId: r.quizId, score: r.score, passed: r.passed, durationSeconds: r.durationSeconds, finishedAt: r.finishedAt }))
    .sort((a, b) => compare(studentKey(a.student), studentKey(b.student)) || compare(a.quizId, b.quizId));

  const questions = new Map<string, ClassQuestionRow & { sum: number; right: number }>();
  const muscles = new Map<string, { attempts: number; sum: number }>();
  for (const r of [...chosen].sort((a, b) => compare(a.quizId, b.quizId))) {
    for (const a of r.answers) {
      const key = JSON.stringify([r.quizId, a.questionId]);
      let q = questions.get(key);
      if (!q) {
        q = { quizId: r.quizId, questionId: a.questionId, type: a.type, muscleId: a.muscleId, attempts: 0, meanScore: 0, correctRate: 0, sum: 0, right: 0 };
        questions.set(key, q);
      }
      q.attempts++;
      q.sum += a.score;
      if (a.correct) q.right++;
      if (a.muscleId) {
        const m = muscles.get(a.muscleId) ?? { attempts: 0, sum: 0 };
        m.attempts++;
        m.sum += a.score;
        muscles.set(a.muscleId, m);
      }
    }
  }
  return {
    students,
    questions: [...questions.values()].map(({ sum, right, ...q }) => ({ ...q, meanScore: sum / q.attempts, correctRate: right / q.attempts })),
    hardestMuscles: [...muscles.entries()]
      .map(([muscleId, m]) => ({ muscleId, attempts: m.attempts, meanScore: m.sum / m.attempts }))
      .sort((a, b) => a.meanScore - b.meanScore || b.attempts - a.attempts || compare(a.muscleId, b.muscleId)),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const CLASS_CSV_COLUMNS = ['table', 'student', 'quizId', 'score', 'passed', 'durationSeconds', 'finishedAt', 'questionId', 'type', 'muscleId', 'attempts', 'meanScore', 'correctRate'] as const;

const round3 = (x: number) => String(Math.round(x * 1000) / 1000);

/**
 * The whole table as one CSV: the first column says which part a row belongs to (`student`,
 * `question`, `muscle`), so a spreadsheet filter on it shows one part at a time.
 */
export function classTableToCsv(table: ClassTable): string {
  const rows: string[][] = [];
  for (const s of table.students) rows.push(['student', escapeCell(s.student), s.quizId, String(s.score), String(s.passed), String(s.durationSeconds), s.finishedAt, '', '', '', '', '', '']);
  for (const q of table.questions) rows.push(['question', '', q.quizId, '', '', '', '', q.questionId, q.type, q.muscleId ?? '', String(q.attempts), round3(q.meanScore), round3(q.correctRate)]);
  for (const m of table.hardestMuscles) rows.push(['muscle', '', '', '', '', '', '', '', '', m.muscleId, String(m.attempts), round3(m.meanScore), '']);
  return `${Papa.unparse({ fields: [...CLASS_CSV_COLUMNS], data: rows }, { newline: '\r\n' })}\r\n`;
}
