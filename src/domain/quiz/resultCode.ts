/**
 * A short result code a student can read out or type at the end of a quiz, e.g.
 * `4Q7K-0T2M-…` (at most 39 characters): which quiz (a 16-bit hash of its id), the seed (so the
 * instructor can reopen the same questions), the score, the number of questions and which were
 * right, protected by a 15-bit CRC so any one mistyped character, and any two neighbours swapped, are
 * caught. Characters are Crockford's base 32 (no I, L, O or U); reading accepts lower case, spaces,
 * missing hyphens, and O/I/L typed for 0/1.
 */
import type { QuizResult } from './results';
import { normaliseSeed } from './rng';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const VERSION = 1;
/** Per-question bits carried; longer quizzes keep the score and count but only the first 80 bits. */
export const MAX_CODE_BITS = 80;
const MAX_COUNT = 127;
/** CRC-15 (the CAN polynomial x^15+x^14+x^10+x^8+x^7+x^4+x^3+1): detects every burst of ≤ 15 bits. */
const CRC_POLY = 0x4599;

export interface DecodedResultCode {
  quizHash: number;
  /** The seed as generation uses it (normaliseSeed: 32 bits), so it reopens the same questions. */
  seed: number;
  /** Percent, 0–100. */
  score: number;
  /** Which questions were answered correctly, in quiz order (at most MAX_CODE_BITS). */
  correctBits: boolean[];
  /** Number of questions in the quiz. */
  count: number;
}

/** The 16-bit hash of a quiz id carried in a code (FNV-1a folded), to match codes to quizzes. */
export function quizHash(quizId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < quizId.length; i++) {
    h ^= quizId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return ((h >>> 16) ^ h) & 0xffff;
}

function pushBits(bits: number[], value: number, width: number): void {
  for (let i = width - 1; i >= 0; i--) bits.push(Math.floor(value / 2 ** i) % 2);
}

function readBits(bits: readonly number[], at: number, width: number): number {
  let v = 0;
  for (let i = 0; i < width; i++) v = v * 2 + (bits[at + i] ?? 0);
  return v;
}

function crc15(bits: readonly number[]): number {
  let crc = 0;
  for (const b of bits) {
    const top = ((crc >> 14) & 1) ^ b;
    crc = (crc << 1) & 0x7fff;
    if (top) crc ^= CRC_POLY;
  }
  return crc;
}

const HEADER_BITS = 2 + 16 + 32 + 7 + 7;

function dataLength(count: number): number {
  const raw = HEADER_BITS + Math.min(count, MAX_CODE_BITS);
  return Math.ceil(raw / 5) * 5;
}

/** The code for a result: `XXXX-XXXX-…`. */
export function encodeResultCode(result: Pick<QuizResult, 'quizId' | 'seed' | 'score' | 'answers'>): string {
  const count = Math.min(result.answers.length, MAX_COUNT);
  const bits: number[] = [];
  pushBits(bits, VERSION, 2);
  pushBits(bits, quizHash(result.quizId), 16);
  pushBits(bits, normaliseSeed(result.seed), 32);
  pushBits(bits, Math.max(0, Math.min(100, Math.round(result.score))), 7);
  pushBits(bits, count, 7);
  for (const a of result.answers.slice(0, Math.min(count, MAX_CODE_BITS))) bits.push(a.correct ? 1 : 0);
  while (bits.length % 5) bits.push(0);
  pushBits(bits, crc15(bits), 15);
  let chars = '';
  for (let i = 0; i < bits.length; i += 5) chars += ALPHABET[readBits(bits, i, 5)];
  return chars.match(/.{1,4}/g)!.join('-');
}

/** Reads a code back, or says what is wrong with it. */
export function decodeResultCode(code: string): DecodedResultCode | { error: string } {
  const clean = code.toUpperCase().replace(/[\s-]+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean === '') return { error: 'the code is empty' };
  const bad = [...clean].find((c) => !ALPHABET.includes(c));
  if (bad !== undefined) return { error: `"${bad}" is not a result-code character (digits and letters except I, L, O, U)` };
  const minChars = dataLength(0) / 5 + 3;
  if (clean.length < minChars) return { error: `the code is too short (${clean.length} characters; a code has at least ${minChars}): a part is missing` };
  const bits: number[] = [];
  for (const c of clean) pushBits(bits, ALPHABET.indexOf(c), 5);
  const data = bits.slice(0, -15);
  if (crc15(data) !== readBits(bits, bits.length - 15, 15)) return { error: 'the code does not check out: a character is mistyped or missing' };
  if (readBits(data, 0, 2) !== VERSION) return { error: 'the code was made by another version of Myomap' };
  const count = readBits(data, 57, 7);
  if (data.length !== dataLength(count)) return { error: 'the code does not check out: a character is missing or extra' };
  const score = readBits(data, 50, 7);
  if (score > 100) return { error: 'the code does not check out: the score is over 100' };
  const n = Math.min(count, MAX_CODE_BITS);
  return {
    quizHash: readBits(data, 2, 16),
    seed: readBits(data, 18, 32),
    score,
    correctBits: Array.from({ length: n }, (_, i) => data[HEADER_BITS + i] === 1),
    count,
  };
}
