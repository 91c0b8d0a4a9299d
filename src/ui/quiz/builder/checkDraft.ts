/**
 * Live validation of the builder's draft, exactly as `pack validate --base core.json` would judge
 * the exported file: the draft becomes the fragment Export writes, which parsePack checks (schema,
 * references to the active pack, duplicate ids) and lintPack reviews (uncited multiple choice, thin
 * generate pools). Paths are given relative to the quiz (`questions[2].choices`), as the form shows them.
 */
import { lintPack } from '../../../content/lintPack';
import { parsePack } from '../../../content/loadPack';
import { ROOT_PATH, type PackIssue } from '../../../content/packIssue';
import type { Quiz } from '../../../content/quizSchema';
import { quizToFragment } from '../../../content/quizPlan';
import type { Pack } from '../../../content/schema';
import { draftToInput, type QuizDraft } from './draft';

export interface DraftCheck {
  /** The quiz as the pack will hold it (defaults filled in), when the draft is valid. */
  quiz: Quiz | null;
  /** Problems that make the file invalid. */
  issues: PackIssue[];
  /** Advice that does not block export. */
  warnings: PackIssue[];
}

const PREFIX = 'quizzes[0]';

/** `quizzes[0].questions[1].id` → `questions[1].id`; issues outside the quiz keep their path. */
export function quizRelative(issue: PackIssue): PackIssue {
  if (issue.path === PREFIX) return { ...issue, path: ROOT_PATH };
  if (issue.path.startsWith(`${PREFIX}.`)) return { ...issue, path: issue.path.slice(PREFIX.length + 1) };
  return issue;
}

const aboutQuiz = (i: PackIssue) => i.path === PREFIX || i.path.startsWith(`${PREFIX}.`);

/** The text Export writes for a valid quiz. */
export function fragmentText(quiz: Quiz): string {
  return `${JSON.stringify(quizToFragment(quiz), null, 2)}\n`;
}

export function checkDraft(draft: QuizDraft, base: Pack | null): DraftCheck {
  // Through JSON, as the exported file will be: undefined fields vanish.
  const raw: unknown = JSON.parse(JSON.stringify(quizToFragment(draftToInput(draft) as unknown as Quiz)));
  const parsed = parsePack(raw, { base: base ?? undefined });
  if (!parsed.ok) {
    // The fragment's own id and title are made from the quiz's: their problems repeat the quiz's.
    const own = parsed.issues.filter(aboutQuiz);
    return { quiz: null, issues: (own.length ? own : parsed.issues).map(quizRelative), warnings: [] };
  }
  const quiz = parsed.pack.quizzes[0];
  if (!quiz) return { quiz: null, issues: [{ path: ROOT_PATH, message: 'the quiz could not be read' }], warnings: [] };
  const warnings = [...parsed.warnings, ...lintPack(parsed.pack, { base: base ?? undefined })].filter(aboutQuiz).map(quizRelative);
  return { quiz, issues: [], warnings };
}
