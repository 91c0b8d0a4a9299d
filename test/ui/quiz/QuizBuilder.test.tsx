// @vitest-environment jsdom
/** The quiz builder: live validation with paths, export that `pack validate` accepts, import back, try it. */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePackText } from '../../../src/content/loadPack';
import { useAppStore } from '../../../src/state/store';
import { QuizBuilder } from '../../../src/ui/quiz/QuizBuilder';
import { DRAFT_STORAGE_KEY } from '../../../src/ui/quiz/builder/draftStorage';
import { click, renderInto, type Rendered } from '../renderInto';
import { blobText, button, captureDownloads, chooseFiles, core, field, setValue } from './formHelpers';

let r: Rendered;
let downloads: ReturnType<typeof captureDownloads>;

const text = () => r.container.textContent ?? '';
const issueList = () => [...r.container.querySelectorAll('.qb-check .issue-list li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
const questionItems = () => [...r.container.querySelectorAll<HTMLLIElement>('li.qb-question')];
const importInput = () => r.container.querySelector<HTMLInputElement>('.qb-import input[type="file"]')!;

function addQuestion(type: string): HTMLLIElement {
  setValue(field<HTMLSelectElement>(r.container, 'New question type'), type);
  click(button(r.container, 'Add question'));
  return questionItems().at(-1)!;
}

/** A quiz with an empty title and a multiple-choice question with no correct choice. */
function fillFlawedQuiz(): HTMLLIElement {
  setValue(field(r.container, 'Quiz id'), 'neck-basics');
  setValue(field(r.container, 'Pass mark (%)'), '60');
  const q = addQuestion('multiple-choice');
  setValue(field<HTMLTextAreaElement>(q, 'Question text'), 'How long is sustained compression usually held?');
  const choices = q.querySelectorAll<HTMLInputElement>('.qb-choice input[type="text"]');
  setValue(choices[0]!, '30–90 seconds');
  setValue(choices[1]!, '5 seconds');
  setValue(field<HTMLTextAreaElement>(q, 'Explanation shown with the answer'), 'Held until the tenderness fades, usually 30–90 s.');
  const src = [...q.querySelectorAll<HTMLInputElement>('.qb-sources input[type="checkbox"]')][0]!;
  click(src);
  return q;
}

beforeEach(() => {
  sessionStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
  act(() => useAppStore.getState().setCorePack(core));
  downloads = captureDownloads();
  r = renderInto(<QuizBuilder />);
});
afterEach(() => {
  r.unmount();
  downloads.restore();
});

describe('QuizBuilder', () => {
  it('shows each problem next to its field and in the list with its path, and clears them once fixed', () => {
    const q = fillFlawedQuiz();
    const title = field(r.container, 'Title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby')!)?.textContent).toBe('must not be empty');
    expect(issueList()).toContain('title: must not be empty');
    expect(issueList()).toContain('questions[0].choices: needs at least one choice with "correct": true');
    const choices = q.querySelector('fieldset.qb-choices')!;
    expect(choices.getAttribute('aria-invalid')).toBe('true');
    expect(choices.textContent).toContain('needs at least one choice with "correct": true');
    expect(text()).toContain('2 problems to fix');

    // Export while invalid downloads nothing and says why.
    click(button(r.container, 'Export quiz file'));
    expect(downloads.files).toHaveLength(0);
    expect(text()).toContain('Fix the 2 problems listed first.');

    setValue(title, 'Neck basics');
    click(q.querySelectorAll<HTMLInputElement>('.qb-correct input')[0]!);
    expect(issueList()).toEqual([]);
    expect(title.hasAttribute('aria-invalid')).toBe(false);
    expect(text()).toContain('The quiz is valid and ready to export.');
  });

  it('each listed problem moves focus to its field (or the nearest one above it)', () => {
    const q = fillFlawedQuiz();
    const issue = (path: string) => [...r.container.querySelectorAll<HTMLButtonElement>('.qb-check .issue-list button')].find((b) => b.textContent === path)!;
    click(issue('title'));
    expect(document.activeElement).toBe(field(r.container, 'Title'));
    click(issue('questions[0].choices'));
    expect(document.activeElement).toBe(field(q, 'Question id'));
  });

  it('exports quiz-<id>.json that validates on the core pack and holds what was entered; importing it shows it again', async () => {
    const q = fillFlawedQuiz();
    setValue(field(r.container, 'Title'), 'Neck basics');
    click(q.querySelectorAll<HTMLInputElement>('.qb-correct input')[0]!);
    const locate = addQuestion('locate-trp');
    setValue(field<HTMLSelectElement>(locate, 'Muscle'), 'upper-trapezius');
    setValue(field<HTMLSelectElement>(locate, 'Side'), 'l');
    click(button(locate, 'Move up question 2'));
    click(button(r.container, 'Export quiz file'));

    expect(downloads.files.map((f) => f.name)).toEqual(['quiz-neck-basics.json']);
    const json = await blobText(downloads.files[0]!.blob);
    const parsed = parsePackText(json, { base: core });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.pack.quizzes).toEqual([
      {
        id: 'neck-basics',
        title: 'Neck basics',
        feedback: 'end',
        passMark: 60,
        order: 'fixed',
        questions: [
          { id: 'locate-1', type: 'locate-trp', muscle: 'upper-trapezius', side: 'l' },
          {
            id: 'choice-1',
            type: 'multiple-choice',
            prompt: 'How long is sustained compression usually held?',
            choices: [
              { text: '30–90 seconds', correct: true },
              { text: '5 seconds', correct: false },
            ],
            explanation: 'Held until the tenderness fades, usually 30–90 s.',
            sources: [core.sources[0]!.id],
          },
        ],
      },
    ]);

    // A fresh form, then import the file: the form shows the quiz again.
    click(button(r.container, 'New quiz…'));
    click(button(r.container, 'Yes, clear the form'));
    expect(field(r.container, 'Title').value).toBe('');
    expect(questionItems()).toHaveLength(0);
    await chooseFiles(importInput(), [new File([json], 'quiz-neck-basics.json', { type: 'application/json' })]);
    expect(text()).toContain('Loaded “Neck basics” from quiz-neck-basics.json.');
    expect(field(r.container, 'Quiz id').value).toBe('neck-basics');
    expect(field(r.container, 'Title').value).toBe('Neck basics');
    expect(field(r.container, 'Pass mark (%)').value).toBe('60');
    const [first, second] = questionItems();
    expect(first!.querySelector('h3')?.textContent).toBe('Question 1: Locate the trigger point');
    expect(field<HTMLSelectElement>(first!, 'Muscle').value).toBe('upper-trapezius');
    expect(field<HTMLSelectElement>(first!, 'Side').value).toBe('l');
    expect(field<HTMLTextAreaElement>(second!, 'Question text').value).toBe('How long is sustained compression usually held?');
    expect([...second!.querySelectorAll<HTMLInputElement>('.qb-correct input')].map((c) => c.checked)).toEqual([true, false]);
    expect(text()).toContain('The quiz is valid and ready to export.');
  });

  it('refuses a bad file with its paths and keeps the form as it was', async () => {
    setValue(field(r.container, 'Quiz id'), 'kept-quiz');
    const bad = JSON.stringify({ format: 'myomap-pack', version: core.version, id: 'x', title: 'X', quizzes: [{ id: 'q', title: 'Q', questions: [{ id: 'a', type: 'locate-trp', muscle: 'no-such-muscle' }] }] });
    await chooseFiles(importInput(), [new File([bad], 'bad.json')]);
    const alert = r.container.querySelector('.qb-import-error')!;
    expect(alert.textContent).toContain('bad.json is not a valid pack');
    expect(alert.textContent).toMatch(/quizzes\[0\]\.questions\[0\]\.muscle: /);
    expect(field(r.container, 'Quiz id').value).toBe('kept-quiz');

    await chooseFiles(importInput(), [new File(['{ not json'], 'broken.json')]);
    expect(r.container.querySelector('.qb-import-error')?.textContent).toContain('not valid JSON');
    expect(field(r.container, 'Quiz id').value).toBe('kept-quiz');
  });

  it('lets the user choose among the quizzes of a full pack', async () => {
    const { corePackText } = await import('./formHelpers');
    await chooseFiles(importInput(), [new File([corePackText], 'core.json')]);
    const radios = [...r.container.querySelectorAll<HTMLInputElement>('.qb-choose input[type="radio"]')];
    expect(radios.map((x) => x.value)).toEqual(core.quizzes.map((q) => q.id));
    click(radios[1]!);
    click(button(r.container, 'Edit this quiz'));
    expect(field(r.container, 'Quiz id').value).toBe(core.quizzes[1]!.id);
    expect(questionItems()).toHaveLength(core.quizzes[1]!.questions.length);
    expect(text()).toContain('The quiz is valid and ready to export.');
  });

  it('keeps the draft across a reload and survives a damaged saved draft', () => {
    setValue(field(r.container, 'Quiz id'), 'saved-quiz');
    addQuestion('which-refers');
    r.unmount();
    r = renderInto(<QuizBuilder />);
    expect(field(r.container, 'Quiz id').value).toBe('saved-quiz');
    expect(questionItems()).toHaveLength(1);
    r.unmount();
    sessionStorage.setItem(DRAFT_STORAGE_KEY, '{"quiz": [1, 2');
    r = renderInto(<QuizBuilder />);
    expect(field(r.container, 'Quiz id').value).toBe('');
  });

  it('"Try it" stores the quiz as the custom quiz and opens it with a seed', () => {
    const q = fillFlawedQuiz();
    setValue(field(r.container, 'Title'), 'Neck basics');
    click(q.querySelectorAll<HTMLInputElement>('.qb-correct input')[1]!);
    click(button(r.container, 'Try it'));
    const plan = useAppStore.getState().customQuiz;
    expect(plan?.id).toBe('neck-basics');
    expect(plan?.questions[0]).toMatchObject({ type: 'practice', correct: [1] });
    expect(window.location.hash).toMatch(/^#\/quiz\/custom\?seed=\d+$/);
  });

  it('a generated block needs at least one question type', () => {
    setValue(field(r.container, 'Quiz id'), 'gen');
    setValue(field(r.container, 'Title'), 'Generated');
    click(field(r.container, "Add questions generated from the pack's muscles (new ones for every seed)"));
    expect(text()).toContain('The quiz is valid and ready to export.');
    for (const box of r.container.querySelectorAll<HTMLInputElement>('.qb-generate .check-grid:nth-of-type(2) input:checked')) click(box);
    expect(issueList()).toContain('generate.types: needs at least 1 question type');
  });
});
