// @vitest-environment jsdom
/** Class results: import result CSV/JSON files (a bad one refused, the others imported), the class table, CSV export, result codes. */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildClassTable, classTableToCsv } from '../../../src/domain/quiz/classTable';
import { encodeResultCode } from '../../../src/domain/quiz/resultCode';
import { resultToCsv, resultToJson, type QuizResult } from '../../../src/domain/quiz/results';
import { useAppStore } from '../../../src/state/store';
import { ClassResults } from '../../../src/ui/quiz/ClassResults';
import { click, renderInto, type Rendered } from '../renderInto';
import { blobText, button, captureDownloads, chooseFiles, core, field, setValue } from './formHelpers';

const quizId = core.quizzes[0]!.id;

function result(student: string, score: number, answers: [string, string, number][]): QuizResult {
  return {
    format: 'myomap-quiz-result',
    version: 1,
    student,
    quizId,
    quizTitle: core.quizzes[0]!.title,
    seed: 1234,
    startedAt: '2026-11-23T10:00:00Z',
    finishedAt: '2026-11-23T10:12:30Z',
    durationSeconds: 750,
    score,
    passed: score >= 70,
    answers: answers.map(([questionId, muscleId, s]) => ({ questionId, type: 'name-from-pattern', muscleId, score: s, correct: s >= 1, given: 'x', expected: 'y' })),
  };
}

const ana = result('Ana Silva', 100, [
  ['q1', 'upper-trapezius', 1],
  ['q2', 'temporalis', 1],
]);
const ben = result('Ben Okafor', 50, [
  ['q1', 'upper-trapezius', 1],
  ['q2', 'temporalis', 0],
]);

let r: Rendered;
let downloads: ReturnType<typeof captureDownloads>;
const input = () => r.container.querySelector<HTMLInputElement>('.cr-drop input[type="file"]')!;
const tableRows = (cls: string) => [...r.container.querySelectorAll(`table.${cls} tbody tr`)].map((tr) => [...tr.children].map((c) => c.textContent?.trim()));

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  act(() => useAppStore.getState().setCorePack(core));
  downloads = captureDownloads();
  r = renderInto(<ClassResults />);
});
afterEach(() => {
  r.unmount();
  downloads.restore();
});

describe('ClassResults', () => {
  it('imports two CSVs as two students, refuses a malformed file with its message, and still imports the rest', async () => {
    await chooseFiles(input(), [
      new File([resultToCsv(ana)], 'ana.csv', { type: 'text/csv' }),
      new File(['name,score\nCarl,80\n'], 'carl.csv', { type: 'text/csv' }),
      new File([resultToCsv(ben)], 'ben.csv', { type: 'text/csv' }),
    ]);
    const students = tableRows('cr-students');
    expect(students.map((row) => row[0])).toEqual(['Ana Silva', 'Ben Okafor']);
    expect(students[0]!.slice(1, 5)).toEqual([core.quizzes[0]!.title, '100 %', 'Yes', '12:30']);
    expect(students[1]!.slice(2, 4)).toEqual(['50 %', 'No']);
    const refused = r.container.querySelector('.cr-refused')!;
    expect(refused.getAttribute('role')).toBe('alert');
    expect(refused.textContent).toContain('carl.csv: not a Myomap result CSV: missing columns');
    expect(r.container.textContent).toContain('2 files imported (2 results), 1 refused.');

    // Per question and hardest muscles: temporalis (mean 0.5) is harder than upper trapezius (1).
    expect(tableRows('cr-questions').map((row) => [row[0], row[4], row[5], row[6]])).toEqual([
      ['q1', '2', '100 %', '100 %'],
      ['q2', '2', '50 %', '50 %'],
    ]);
    expect(tableRows('cr-muscles').map((row) => row[0])).toEqual(['Temporalis', 'Upper trapezius']);
    // Real tables: captions and header scopes.
    const t = r.container.querySelector('table.cr-students')!;
    expect(t.querySelector('caption')?.textContent).toBe('Students (2)');
    expect([...t.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect(t.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
  });

  it('reads JSON results too, sorts by a column, exports the class CSV and clears', async () => {
    await chooseFiles(input(), [new File([resultToJson(ana)], 'ana.json'), new File([resultToCsv(ben)], 'ben.csv')]);
    const scoreHeader = [...r.container.querySelectorAll('table.cr-students thead th')][2]!;
    click(scoreHeader.querySelector('button')!);
    expect(scoreHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(tableRows('cr-students').map((row) => row[0])).toEqual(['Ben Okafor', 'Ana Silva']);
    click(scoreHeader.querySelector('button')!);
    expect(scoreHeader.getAttribute('aria-sort')).toBe('descending');
    expect(tableRows('cr-students').map((row) => row[0])).toEqual(['Ana Silva', 'Ben Okafor']);

    click(button(r.container, 'Export class CSV'));
    expect(downloads.files.map((f) => f.name)).toEqual(['class-results.csv']);
    expect(await blobText(downloads.files[0]!.blob)).toBe(classTableToCsv(buildClassTable([ana, ben])));

    click(button(r.container, 'Clear'));
    expect(r.container.querySelector('table.cr-students')).toBeNull();
    expect(r.container.textContent).toContain('No results imported yet.');
    expect(button(r.container, 'Export class CSV').disabled).toBe(true);
  });

  it('decodes a result code, asks for the name, and lists it', () => {
    const code = encodeResultCode(ben);
    setValue(field(r.container, 'Result code'), code.toLowerCase());
    const facts = r.container.querySelector('.cr-code-facts')!.textContent!;
    expect(facts).toContain(core.quizzes[0]!.title);
    expect(facts).toContain('1234');
    expect(facts).toContain('50 % (1 of 2 right)');
    expect(facts).toContain('1 right, 2 wrong');
    const add = button(r.container, 'Add to the list');
    expect(add.disabled).toBe(true);
    setValue(field(r.container, "Student's name (the code does not carry it)"), 'Dee');
    click(add);
    expect(tableRows('cr-codes')).toEqual([['Dee', core.quizzes[0]!.title, '1234', '50 %', '1 right, 2 wrong']]);

    setValue(field(r.container, 'Result code'), `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`);
    expect(r.container.querySelector('.cr-code-out')?.textContent).toContain("This code can't be read: the code does not check out");
  });
});
