/** zod issues → PackIssue[], with messages written for content authors rather than programmers. */
import type { z } from 'zod';
import { describeValue, formatPath, type PackIssue } from './packIssue';

type RawIssue = z.core.$ZodRawIssue;

const ARTICLE: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  tuple: 'an array',
};

function list(values: readonly unknown[]): string {
  const q = values.map((v) => JSON.stringify(v));
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

/**
 * Per-parse error map: only called for issues whose schema gave no message of its own (schema.ts
 * words its range messages itself, e.g. "must be ≤ 600").
 */
export function packErrorMap(iss: RawIssue): string | undefined {
  const input: unknown = iss.input;
  switch (iss.code) {
    case 'invalid_type': {
      const want = ARTICLE[iss.expected] ?? iss.expected;
      if (input === undefined) return `is required (${want})`;
      if (iss.expected === 'int' && typeof input === 'number') return `must be a whole number, got ${input}`;
      return `must be ${want}, got ${describeValue(input)}`;
    }
    case 'invalid_value':
      if (input === undefined) return `is required (${list(iss.values)})`;
      return iss.values.length === 1 ? `must be ${list(iss.values)}, got ${describeValue(input)}` : `must be one of ${list(iss.values)}, got ${describeValue(input)}`;
    case 'invalid_union': {
      const opts = (iss as { options?: unknown[] }).options;
      if (opts && opts.length) {
        const got = (input as Record<string, unknown> | undefined)?.[String((iss as { discriminator?: string }).discriminator ?? 'kind')];
        return got === undefined ? `is required (${list(opts)})` : `must be ${list(opts)}, got ${describeValue(got)}`;
      }
      return undefined;
    }
    case 'too_small': {
      const n = Number(iss.minimum);
      if (iss.origin === 'array') return n === 1 ? 'needs at least 1 item' : `needs at least ${n} items`;
      if (iss.origin === 'string') return n <= 1 ? 'must not be empty' : `must have at least ${n} characters`;
      return iss.inclusive === false ? `must be > ${n}` : `must be ≥ ${n}`;
    }
    case 'too_big': {
      const n = Number(iss.maximum);
      if (iss.origin === 'array') return `must have at most ${n} items`;
      if (iss.origin === 'string') return `must have at most ${n} characters`;
      return iss.inclusive === false ? `must be < ${n}` : `must be ≤ ${n}`;
    }
    case 'unrecognized_keys':
      return `unknown field${iss.keys.length > 1 ? 's' : ''} ${list(iss.keys)}`;
    default:
      return undefined;
  }
}

/** Maps zod issues to PackIssues; `prefix` is prepended to every path. */
export function toPackIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): PackIssue[] {
  return issues.map((i) => ({ path: formatPath([...prefix, ...i.path]), message: i.message }));
}
