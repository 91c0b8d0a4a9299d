import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeCell, importResultFiles, parseResultFile, resultToCsv, resultToJson, RESULT_CSV_COLUMNS, unescapeCell, type QuizResult } from '../../../src/domain/quiz/results';
import { awkwardText, resultArb, sampleResult } from './resultArb';

const ok = (r: ReturnType<typeof parseResultFile>): QuizResult[] => {
  if (!r.ok) throw new Error(r.error);
  return r.results;
};
const error = (r: ReturnType<typeof parseResultFile>): string => {
  if (r.ok) throw new Error('expected the file to be refused');
  return r.error;
};

describe('result files round-trip', () => {
  it('JSON → parse gives the same result', () => {
    fc.assert(
      fc.property(resultArb, (r) => {
        expect(ok(parseResultFile('r.json', resultToJson(r)))).toEqual([r]);
      }),
      { numRuns: 300, seed: 501 },
    );
  });

  it('CSV → parse gives the same result, whatever commas, quotes, newlines or formulas the text holds', () => {
    fc.assert(
      fc.property(resultArb, (r) => {
        expect(ok(parseResultFile('r.csv', resultToCsv(r)))).toEqual([r]);
      }),
      { numRuns: 300, seed: 502 },
    );
  });

  it('cell escaping is reversible and defuses spreadsheet formulas', () => {
    fc.assert(
      fc.property(awkwardText, (s) => {
        expect(unescapeCell(escapeCell(s))).toBe(s);
        expect(escapeCell(s)).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 500, seed: 503 },
    );
  });

  it('one CSV can hold several results; a result with no answers survives as one row', () => {
    const a = sampleResult();
    const b = sampleResult({ student: 'Bo', answers: [] });
    const csv = resultToCsv([a, b]);
    expect(Papa.parse(csv.trim(), { header: true }).data).toHaveLength(3);
    expect(ok(parseResultFile('class.csv', csv))).toEqual([a, b]);
  });

  it('writes the documented columns, one row per answer', () => {
    const rows = Papa.parse<Record<string, string>>(resultToCsv(sampleResult()).trim(), { header: true });
    expect(rows.meta.fields).toEqual([...RESULT_CSV_COLUMNS]);
    expect(rows.data.map((r) => [r.student, r.questionId, r.questionScore, r.correct])).toEqual([
      ['Ana Ruiz', 'name-upper-trapezius', '1', 'true'],
      ['Ana Ruiz', 'locate-scm', '0', 'false'],
    ]);
  });

  it('reads a file whatever its name says when the content is clear, and a BOM', () => {
    const r = sampleResult();
    expect(ok(parseResultFile('download', resultToJson(r)))).toEqual([r]);
    expect(ok(parseResultFile('download', `\uFEFF${resultToCsv(r)}`))).toEqual([r]);
    expect(ok(parseResultFile('two.json', JSON.stringify([r, { ...r, student: 'Bo' }])))).toHaveLength(2);
  });
});

describe('malformed result files are refused with the file and the place', () => {
  const csv = resultToCsv(sampleResult());
  const json = JSON.parse(resultToJson(sampleResult())) as Record<string, any>;

  it('not JSON, empty, not a result', () => {
    expect(error(parseResultFile('ana.json', '{"format": "myomap-quiz-result",'))).toMatch(/^ana\.json: not valid JSON \(/);
    expect(error(parseResultFile('ana.csv', '  \n'))).toBe('ana.csv: the file is empty');
    expect(error(parseResultFile('ana.json', '[]'))).toBe('ana.json: holds no results');
    expect(error(parseResultFile('ana.json', '[1]'))).toBe('ana.json [0]: not a Myomap quiz result (expected an object with "format": "myomap-quiz-result")');
  });

  it('wrong format field or version', () => {
    expect(error(parseResultFile('pack.json', JSON.stringify({ ...json, format: 'myomap-pack' })))).toBe('pack.json format: must be "myomap-quiz-result" (not a Myomap quiz result)');
    expect(error(parseResultFile('new.json', JSON.stringify({ ...json, version: 2 })))).toBe('new.json version: must be 1 (a result from another version of Myomap)');
  });

  it('bad values in JSON name their path', () => {
    const bad = structuredClone(json);
    bad.answers[1].score = 1.5;
    expect(error(parseResultFile('ana.json', JSON.stringify(bad)))).toBe('ana.json answers[1].score: must be a number 0–1');
    expect(error(parseResultFile('ana.json', JSON.stringify({ ...json, finishedAt: 'yesterday' })))).toBe('ana.json finishedAt: must be an ISO date and time, e.g. 2026-11-23T14:05:00Z');
    expect(error(parseResultFile('all.json', JSON.stringify([json, { ...json, score: '80' }])))).toBe('all.json [1].score: must be a number 0–100');
    expect(error(parseResultFile('ana.json', JSON.stringify({ ...json, student: '  ' })))).toBe('ana.json student: must not be empty');
  });

  it('missing CSV columns', () => {
    const lines = csv.split('\r\n');
    const header = lines[0]!.replace('questionScore,', '').replace(',passed', '');
    expect(error(parseResultFile('ana.csv', [header, ...lines.slice(1)].join('\r\n')))).toBe('ana.csv: not a Myomap result CSV: missing columns passed, questionScore');
    expect(error(parseResultFile('ana.csv', `${lines[0]}\r\n`))).toBe('ana.csv: holds no results (only a header row)');
    expect(error(parseResultFile('notes.csv', 'name,grade\r\nAna,A\r\n'))).toMatch(/^notes\.csv: not a Myomap result CSV: missing columns student, quizId/);
  });

  it('bad numbers and flags in CSV name the spreadsheet row and the column', () => {
    const rows = Papa.parse<string[]>(csv.trim()).data;
    const edit = (row: number, column: string, value: string) => {
      const copy = rows.map((r) => [...r]);
      copy[row - 1]![RESULT_CSV_COLUMNS.indexOf(column as never)] = value;
      return Papa.unparse(copy);
    };
    expect(error(parseResultFile('results-ana.csv', edit(2, 'score', 'lots')))).toBe('results-ana.csv row 2: score must be a number 0–100');
    expect(error(parseResultFile('results-ana.csv', edit(3, 'questionScore', '2')))).toBe('results-ana.csv row 3: questionScore must be a number 0–1');
    expect(error(parseResultFile('results-ana.csv', edit(3, 'correct', 'yes')))).toBe('results-ana.csv row 3: correct must be true or false');
    expect(error(parseResultFile('results-ana.csv', edit(3, 'type', 'essay')))).toMatch(/^results-ana\.csv row 3: type must be one of name-from-pattern, /);
    // A changed seed on row 3 makes it a second result, whose seed is then refused at its own row.
    expect(error(parseResultFile('results-ana.csv', edit(3, 'seed', '4.5')))).toBe('results-ana.csv row 3: seed must be a whole number');
  });

  it('a broken quote or a row of the wrong width is refused with its row', () => {
    const lines = csv.trim().split('\r\n');
    expect(error(parseResultFile('ana.csv', [...lines, '"Ana,x'].join('\r\n')))).toBe('ana.csv row 4: a quoted cell is not closed (a " is missing)');
    expect(error(parseResultFile('ana.csv', [lines[0], `${lines[1]},extra`, lines[2]].join('\r\n')))).toBe('ana.csv row 2: Too many fields: expected 16 fields but parsed 17');
  });

  it('one refused file does not stop the others', () => {
    const bo = sampleResult({ student: 'Bo' });
    const r = importResultFiles([
      { name: 'ana.csv', text: csv },
      { name: 'broken.json', text: '{' },
      { name: 'bo.json', text: resultToJson(bo) },
    ]);
    expect(r.results.map((x) => x.student)).toEqual(['Ana Ruiz', 'Bo']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^broken\.json: not valid JSON/);
  });
});
