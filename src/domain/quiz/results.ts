/**
 * Quiz result files: what a student downloads at the end of a quiz (JSON or CSV) and an instructor
 * imports, many at a time, without a server. Reading is strict and never throws: a malformed file is
 * refused with one message naming the file and the row (CSV, numbered as a spreadsheet shows them,
 * the header being row 1) or JSON path of the first problem, so the other files still import.
 */
import Papa from 'papaparse';
import { onFirstUse, z } from '../../content/zodConfig';
import { QUESTION_TYPES, type QuestionType } from './types';

export const RESULT_FORMAT = 'myomap-quiz-result';
export const RESULT_VERSION = 1;

export interface QuizResultAnswer {
  questionId: string;
  type: QuestionType;
  muscleId?: string | undefined;
  /** 0–1. */
  score: number;
  correct: boolean;
  /** Plain-language summaries (Marking.given / Marking.expected). */
  given: string;
  expected: string;
}

export interface QuizResult {
  format: typeof RESULT_FORMAT;
  version: typeof RESULT_VERSION;
  student: string;
  quizId: string;
  quizTitle: string;
  seed: number;
  /** ISO 8601 date and time. */
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  /** Percent, 0–100. */
  score: number;
  passed: boolean;
  answers: QuizResultAnswer[];
}

const schemas = onFirstUse(() => {
  const isoDateTime = z
    .string({ error: 'must be an ISO date and time, e.g. 2026-11-23T14:05:00Z' })
    .refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), 'must be an ISO date and time, e.g. 2026-11-23T14:05:00Z');
  const text = (max: number) => z.string({ error: 'must be text' }).max(max, `must be at most ${max} characters`);
  const bool = z.boolean({ error: 'must be true or false' });

  const QuizResultAnswerSchema = z.object({
    questionId: text(200).min(1, 'must not be empty'),
    type: z.enum(QUESTION_TYPES as [QuestionType, ...QuestionType[]], { error: `must be one of ${QUESTION_TYPES.join(', ')}` }),
    muscleId: text(200).optional(),
    score: z.number({ error: 'must be a number 0–1' }).min(0, 'must be a number 0–1').max(1, 'must be a number 0–1'),
    correct: bool,
    given: text(4000),
    expected: text(4000),
  });

  const QuizResultSchema = z.object({
    format: z.literal(RESULT_FORMAT, { error: `must be "${RESULT_FORMAT}" (not a Myomap quiz result)` }),
    version: z.literal(RESULT_VERSION, { error: `must be ${RESULT_VERSION} (a result from another version of Myomap)` }),
    student: text(200).refine((s) => s.trim().length > 0, 'must not be empty'),
    quizId: text(200).min(1, 'must not be empty'),
    quizTitle: text(200),
    // Any whole number: the quiz reads seeds from the URL as typed (generation folds them to 32 bits).
    seed: z.number({ error: 'must be a whole number' }).int('must be a whole number'),
    startedAt: isoDateTime,
    finishedAt: isoDateTime,
    durationSeconds: z.number({ error: 'must be a number of seconds ≥ 0' }).min(0, 'must be a number of seconds ≥ 0'),
    score: z.number({ error: 'must be a number 0–100' }).min(0, 'must be a number 0–100').max(100, 'must be a number 0–100'),
    passed: bool,
    answers: z.array(QuizResultAnswerSchema, { error: 'must be a list of answers' }).max(1000, 'must have at most 1000 answers'),
  });

  return { QuizResultAnswerSchema, QuizResultSchema };
});

export const QuizResultAnswerSchema = z.lazy(() => schemas().QuizResultAnswerSchema);
export const QuizResultSchema = z.lazy(() => schemas().QuizResultSchema);

export type ParsedResults = { ok: true; results: QuizResult[] } | { ok: false; error: string };

/** The result as a JSON file (pretty-printed; one result object). */
export function resultToJson(result: QuizResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** CSV columns, in order. One row per answer; a result without answers is one row with empty answer columns. */
export const RESULT_CSV_COLUMNS = [
  'student', 'quizId', 'quizTitle', 'seed', 'startedAt', 'finishedAt', 'durationSeconds', 'score', 'passed',
  'questionId', 'type', 'muscleId', 'questionScore', 'correct', 'given', 'expected',
] as const;
type Column = (typeof RESULT_CSV_COLUMNS)[number];
const ANSWER_COLUMNS: Readonly<Record<string, Column>> = { questionId: 'questionId', type: 'type', muscleId: 'muscleId', score: 'questionScore', correct: 'correct', given: 'given', expected: 'expected' };

/**
 * Spreadsheets run a cell starting with = + - @ (or a tab or CR) as a formula. Such text gets a
 * leading apostrophe, as papaparse's escapeFormulae does; one more apostrophe is added to text that
 * already looks escaped, so `unescapeCell` restores every value exactly.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
export function escapeCell(s: string): string {
  return FORMULA.test(s) ? `'${s}` : s;
}
export function unescapeCell(s: string): string {
  return FORMULA.test(s) && s.startsWith("'") ? s.slice(1) : s;
}

/** One or several results as CSV (header row first, CRLF line ends). */
export function resultToCsv(results: QuizResult | readonly QuizResult[]): string {
  const list = Array.isArray(results) ? (results as readonly QuizResult[]) : [results as QuizResult];
  const rows: string[][] = [];
  for (const r of list) {
    const head = [escapeCell(r.student), r.quizId, escapeCell(r.quizTitle), String(r.seed), r.startedAt, r.finishedAt, String(r.durationSeconds), String(r.score), String(r.passed)];
    if (r.answers.length === 0) rows.push([...head, '', '', '', '', '', '', '']);
    for (const a of r.answers) rows.push([...head, a.questionId, a.type, a.muscleId ?? '', String(a.score), String(a.correct), escapeCell(a.given), escapeCell(a.expected)]);
  }
  return `${Papa.unparse({ fields: [...RESULT_CSV_COLUMNS], data: rows }, { newline: '\r\n' })}\r\n`;
}

/** Reads a result file: our JSON (one result or a list) or our CSV (any number of results). */
export function parseResultFile(name: string, text: string): ParsedResults {
  try {
    const body = typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '';
    if (body.trim() === '') return { ok: false, error: `${name}: the file is empty` };
    const json = /\.json$/i.test(name) || (!/\.csv$/i.test(name) && /^\s*[[{]/.test(body));
    return json ? parseJson(name, body) : parseCsv(name, body);
  } catch (err) {
    return { ok: false, error: `${name}: could not be read (${String((err as Error)?.message ?? err)})` };
  }
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

function parseJson(name: string, body: string): ParsedResults {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    return { ok: false, error: `${name}: not valid JSON (${String((err as Error).message)})` };
  }
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length === 0) return { ok: false, error: `${name}: holds no results` };
  const results: QuizResult[] = [];
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    const prefix: PropertyKey[] = Array.isArray(raw) ? [i] : [];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return { ok: false, error: `${name}${prefix.length ? ` ${pathText(prefix)}` : ''}: not a Myomap quiz result (expected an object with "format": "${RESULT_FORMAT}")` };
    }
    const r = QuizResultSchema.safeParse(item);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      const at = pathText([...prefix, ...issue.path]);
      return { ok: false, error: `${name}${at ? ` ${at}` : ''}: ${issue.message}` };
    }
    results.push(r.data as QuizResult);
  }
  return { ok: true, results };
}

/** A cell as a number when it is written as one; otherwise left as text for the schema to refuse. */
function num(s: string): number | string | undefined {
  const t = s.trim();
  if (t === '') return undefined;
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? Number(t) : s;
}
function flag(s: string): boolean | string | undefined {
  const t = s.trim().toLowerCase();
  return t === 'true' ? true : t === 'false' ? false : t === '' ? undefined : s;
}

function parseCsv(name: string, body: string): ParsedResults {
  const parsed = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: 'greedy' });
  const fields = parsed.meta.fields ?? [];
  const missing = RESULT_CSV_COLUMNS.filter((c) => c !== 'muscleId' && !fields.includes(c));
  if (missing.length) return { ok: false, error: `${name}: not a Myomap result CSV: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` };
  const fatal = parsed.errors.find((e) => e.code !== 'UndetectableDelimiter');
  if (fatal) {
    // Quote errors count the header among the rows (0-based); field-count errors count data rows only.
    const row = fatal.row === undefined ? undefined : fatal.type === 'Quotes' ? fatal.row + 1 : fatal.row + 2;
    const what = fatal.code === 'MissingQuotes' ? 'a quoted cell is not closed (a " is missing)' : fatal.code === 'InvalidQuotes' ? 'a quoted cell has text after its closing quote' : fatal.message;
    return { ok: false, error: `${name}${row !== undefined ? ` row ${row}` : ''}: ${what}` };
  }
  if (parsed.data.length === 0) return { ok: false, error: `${name}: holds no results (only a header row)` };

  // Rows of one result share student, quiz, seed and times; `rows` are the answers' spreadsheet rows.
  const groups = new Map<string, { result: Record<string, unknown>; answers: Record<string, unknown>[]; first: number; rows: number[] }>();
  parsed.data.forEach((row, i) => {
    const cell = (c: Column) => row[c] ?? '';
    const key = JSON.stringify([cell('student'), cell('quizId'), cell('seed'), cell('startedAt'), cell('finishedAt')]);
    let g = groups.get(key);
    if (!g) {
      g = {
        result: {
          format: RESULT_FORMAT, version: RESULT_VERSION, student: unescapeCell(cell('student')), quizId: cell('quizId'), quizTitle: unescapeCell(cell('quizTitle')),
          seed: num(cell('seed')), startedAt: cell('startedAt'), finishedAt: cell('finishedAt'), durationSeconds: num(cell('durationSeconds')), score: num(cell('score')), passed: flag(cell('passed')),
        },
        answers: [],
        first: i + 2,
        rows: [],
      };
      groups.set(key, g);
    }
    const answerCells = ['questionId', 'type', 'muscleId', 'questionScore', 'correct', 'given', 'expected'] as const;
    if (answerCells.every((c) => cell(c) === '')) return; // a result with no answers
    g.answers.push({
      questionId: cell('questionId'), type: cell('type'), muscleId: cell('muscleId') === '' ? undefined : cell('muscleId'),
      score: num(cell('questionScore')), correct: flag(cell('correct')), given: unescapeCell(cell('given')), expected: unescapeCell(cell('expected')),
    });
    g.rows.push(i + 2);
  });

  const results: QuizResult[] = [];
  for (const g of groups.values()) {
    const r = QuizResultSchema.safeParse({ ...g.result, answers: g.answers });
    if (!r.success) {
      const issue = r.error.issues[0]!;
      const [top, index, field] = issue.path;
      const answer = top === 'answers' && typeof index === 'number';
      const row = answer ? g.rows[index] : g.first;
      const column = answer ? ANSWER_COLUMNS[String(field)] ?? String(field ?? 'answers') : String(top ?? '');
      return { ok: false, error: `${name} row ${row ?? g.first}: ${column} ${issue.message}` };
    }
    results.push(r.data as QuizResult);
  }
  return { ok: true, results };
}

/** Reads many files: every readable result, and one message per refused file. */
export function importResultFiles(files: readonly { name: string; text: string }[]): { results: QuizResult[]; errors: string[] } {
  const results: QuizResult[] = [];
  const errors: string[] = [];
  for (const f of files) {
    const r = parseResultFile(f.name, f.text);
    if (r.ok) results.push(...r.results);
    else errors.push(r.error);
  }
  return { results, errors };
}
