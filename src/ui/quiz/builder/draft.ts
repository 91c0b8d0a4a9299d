/**
 * The quiz builder's form model. A draft holds exactly what the form shows (numbers as typed text,
 * empty optional fields as ''), so nothing the instructor typed is lost while it is still invalid.
 * `draftToInput` turns it into the JSON a pack holds (empty optional fields left out, so the pack's
 * defaults apply) for the schema to judge; `inputToDraft` reads such JSON back leniently (an
 * imported quiz, or a draft saved in sessionStorage that may be stale or damaged).
 */
import type { Side } from '../../../domain/anatomy';
import { QUESTION_TYPES, type QuestionType } from '../../../domain/quiz/types';

export type TrpQuestionType = 'name-from-pattern' | 'locate-trp' | 'draw-pattern';
export type DraftQuestionType = TrpQuestionType | 'which-refers' | 'multiple-choice';

export const DRAFT_QUESTION_TYPES: readonly DraftQuestionType[] = ['name-from-pattern', 'locate-trp', 'draw-pattern', 'which-refers', 'multiple-choice'];

interface DraftQuestionBase {
  /** React key: stable while questions move. */
  key: string;
  id: string;
  prompt: string;
  explanation: string;
  sources: string[];
}

export interface DraftTrpQuestion extends DraftQuestionBase {
  type: TrpQuestionType;
  muscle: string;
  /** '' = the muscle's first trigger point. */
  triggerPoint: string;
  side: Side;
}

export interface DraftWhichRefers extends DraftQuestionBase {
  type: 'which-refers';
  region: string;
  side: Side;
  /** Empty = every muscle that refers to the region. */
  answers: string[];
}

export interface DraftChoice {
  key: string;
  text: string;
  correct: boolean;
}

export interface DraftBodyView {
  muscle: string;
  side: Side | '';
  triggerPoint: string;
  /** Kept from an imported quiz (this page has no body to set one from). */
  camera?: { position: [number, number, number]; target: [number, number, number] } | undefined;
}

export interface DraftMultipleChoice extends DraftQuestionBase {
  type: 'multiple-choice';
  choices: DraftChoice[];
  /** null = no body view. */
  body: DraftBodyView | null;
}

export type DraftQuestion = DraftTrpQuestion | DraftWhichRefers | DraftMultipleChoice;

export interface QuizDraft {
  id: string;
  title: string;
  description: string;
  feedback: 'immediate' | 'end';
  passMark: string;
  timed: boolean;
  minutes: string;
  order: 'fixed' | 'shuffled';
  useGenerate: boolean;
  generate: { regions: string[]; muscles: string[]; types: QuestionType[]; count: string };
  questions: DraftQuestion[];
}

let keyCounter = 0;
/** A fresh React key. */
export function newKey(): string {
  keyCounter += 1;
  return `k${keyCounter}`;
}

export function emptyDraft(): QuizDraft {
  return {
    id: '',
    title: '',
    description: '',
    feedback: 'end',
    passMark: '70',
    timed: false,
    minutes: '10',
    order: 'fixed',
    useGenerate: false,
    generate: { regions: [], muscles: [], types: [...QUESTION_TYPES], count: '10' },
    questions: [],
  };
}

/** An id not yet used by the draft's questions: `<type short>-<n>`. */
function freshQuestionId(type: DraftQuestionType, taken: readonly DraftQuestion[]): string {
  const stem = { 'name-from-pattern': 'name', 'locate-trp': 'locate', 'draw-pattern': 'draw', 'which-refers': 'refers', 'multiple-choice': 'choice' }[type];
  const ids = new Set(taken.map((q) => q.id));
  let n = 1;
  while (ids.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}

/** A new question of a type, with an id unique in the draft and the first muscle/region filled in. */
export function newQuestion(type: DraftQuestionType, taken: readonly DraftQuestion[], defaults: { muscle?: string | undefined; region?: string | undefined } = {}): DraftQuestion {
  const base = { key: newKey(), id: freshQuestionId(type, taken), prompt: '', explanation: '', sources: [] };
  if (type === 'which-refers') return { ...base, type, region: defaults.region ?? '', side: 'r', answers: [] };
  if (type === 'multiple-choice') return { ...base, type, choices: [newChoice(), newChoice()], body: null };
  return { ...base, type, muscle: defaults.muscle ?? '', triggerPoint: '', side: 'r' };
}

export function newChoice(text = '', correct = false): DraftChoice {
  return { key: newKey(), text, correct };
}

/** A number as typed: a number when it reads as one, else the text itself (the schema then says what is wrong). */
function typedNumber(s: string): number | string {
  const t = s.trim();
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : s;
}

const optional = (s: string) => (s.trim() === '' ? undefined : s);

function questionToInput(q: DraftQuestion): Record<string, unknown> {
  const sources = q.sources.length ? [...q.sources] : undefined;
  if (q.type === 'multiple-choice') {
    const body = q.body && {
      camera: q.body.camera,
      muscle: optional(q.body.muscle),
      side: q.body.side === '' ? undefined : q.body.side,
      triggerPoint: q.body.muscle ? optional(q.body.triggerPoint) : undefined,
    };
    return { id: q.id, type: q.type, prompt: q.prompt, choices: q.choices.map((c) => ({ text: c.text, correct: c.correct })), explanation: q.explanation, sources: [...q.sources], body: body ?? undefined };
  }
  if (q.type === 'which-refers') {
    return { id: q.id, type: q.type, region: q.region, side: q.side, answers: q.answers.length ? [...q.answers] : undefined, prompt: optional(q.prompt), explanation: optional(q.explanation), sources };
  }
  return { id: q.id, type: q.type, muscle: q.muscle, triggerPoint: optional(q.triggerPoint), side: q.side, prompt: optional(q.prompt), explanation: optional(q.explanation), sources };
}

/** The quiz as pack JSON (not yet validated). */
export function draftToInput(d: QuizDraft): Record<string, unknown> {
  const minutes = typedNumber(d.minutes);
  return {
    id: d.id,
    title: d.title,
    description: optional(d.description),
    feedback: d.feedback,
    passMark: typedNumber(d.passMark),
    timeLimitSeconds: d.timed ? (typeof minutes === 'number' ? Math.round(minutes * 60) : minutes) : undefined,
    order: d.order,
    generate: d.useGenerate ? { regions: [...d.generate.regions], muscles: [...d.generate.muscles], types: [...d.generate.types], count: typedNumber(d.generate.count) } : undefined,
    questions: d.questions.map(questionToInput),
  };
}

// Lenient readers: a wrong-typed field reads as empty rather than failing the whole draft.
const obj = (x: unknown): Record<string, unknown> => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : {});
const str = (x: unknown): string => (typeof x === 'string' ? x : typeof x === 'number' && Number.isFinite(x) ? String(x) : '');
const strs = (x: unknown): string[] => (Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string') : []);
const side = (x: unknown): Side => (x === 'l' ? 'l' : 'r');
function vec(x: unknown): [number, number, number] | null {
  if (!Array.isArray(x) || x.length !== 3) return null;
  const [a, b, c] = x as unknown[];
  return typeof a === 'number' && typeof b === 'number' && typeof c === 'number' ? [a, b, c] : null;
}

function readCamera(x: unknown): DraftBodyView['camera'] {
  const c = obj(x);
  const position = vec(c.position);
  const target = vec(c.target);
  return position && target ? { position, target } : undefined;
}

function inputToQuestion(raw: unknown): DraftQuestion | null {
  const q = obj(raw);
  const type = q.type;
  if (typeof type !== 'string' || !(DRAFT_QUESTION_TYPES as readonly string[]).includes(type)) return null;
  const base = { key: newKey(), id: str(q.id), prompt: str(q.prompt), explanation: str(q.explanation), sources: strs(q.sources) };
  if (type === 'which-refers') return { ...base, type, region: str(q.region), side: side(q.side), answers: strs(q.answers) };
  if (type === 'multiple-choice') {
    const choices = Array.isArray(q.choices) ? q.choices.map((c) => newChoice(str(obj(c).text), obj(c).correct === true)) : [];
    const b = q.body === undefined ? null : obj(q.body);
    const body: DraftBodyView | null = b && { muscle: str(b.muscle), side: b.side === 'l' || b.side === 'r' ? b.side : '', triggerPoint: str(b.triggerPoint), camera: readCamera(b.camera) };
    return { ...base, type, choices, body };
  }
  return { ...base, type: type as TrpQuestionType, muscle: str(q.muscle), triggerPoint: str(q.triggerPoint), side: side(q.side) };
}

/** Pack JSON of a quiz (validated or not) → a draft; what cannot be read is left empty. */
export function inputToDraft(raw: unknown): QuizDraft {
  const q = obj(raw);
  const d = emptyDraft();
  const gen = q.generate === undefined ? null : obj(q.generate);
  const seconds = typeof q.timeLimitSeconds === 'number' ? q.timeLimitSeconds : null;
  return {
    id: str(q.id),
    title: str(q.title),
    description: str(q.description),
    feedback: q.feedback === 'immediate' ? 'immediate' : 'end',
    passMark: q.passMark === undefined ? d.passMark : str(q.passMark),
    timed: seconds !== null,
    minutes: seconds !== null ? String(Math.round((seconds / 60) * 100) / 100) : d.minutes,
    order: q.order === 'shuffled' ? 'shuffled' : 'fixed',
    useGenerate: gen !== null,
    generate: gen
      ? { regions: strs(gen.regions), muscles: strs(gen.muscles), types: strs(gen.types).filter((t): t is QuestionType => (QUESTION_TYPES as readonly string[]).includes(t)), count: str(gen.count) }
      : d.generate,
    questions: Array.isArray(q.questions) ? q.questions.map(inputToQuestion).filter((x): x is DraftQuestion => x !== null) : [],
  };
}
