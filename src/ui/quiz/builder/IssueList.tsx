/**
 * Every problem with the draft as one list with its JSON path (what `pack validate` would print),
 * each a button that moves focus to the field (or the nearest one above it, e.g. a question's id
 * field for `questions[2].choices`).
 */
import { formatIssue, type PackIssue } from '../../../content/packIssue';
import { fieldId } from './FieldErrors';

/** `questions[2].choices[1].text` → itself, then `questions[2].choices[1]`, `questions[2].choices`, `questions[2]`, `questions`. */
export function pathAncestors(path: string): string[] {
  const out = [path];
  let p = path;
  for (;;) {
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) break;
    p = p.slice(0, cut);
    out.push(p);
  }
  return out;
}

function focusField(path: string): void {
  for (const p of pathAncestors(path)) {
    const el = document.getElementById(fieldId(p)) ?? document.getElementById(fieldId(`${p}.id`));
    if (el) {
      el.focus();
      el.scrollIntoView?.({ block: 'center' });
      return;
    }
  }
}

export function IssueList({ issues, warnings }: { issues: readonly PackIssue[]; warnings: readonly PackIssue[] }) {
  if (issues.length === 0 && warnings.length === 0) return null;
  return (
    <div className="qb-issues">
      {issues.length > 0 && (
        <>
          <h3>
            {issues.length} problem{issues.length === 1 ? '' : 's'} to fix before export
          </h3>
          <ul className="issue-list">
            {issues.map((i) => (
              <li key={formatIssue(i)}>
                <button type="button" className="link-button" onClick={() => focusField(i.path)}>
                  <code>{i.path}</code>
                </button>
                : {i.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {warnings.length > 0 && (
        <>
          <h3>Advice</h3>
          <ul className="issue-list qb-warnings">
            {warnings.map((i) => (
              <li key={formatIssue(i)}>
                <code>{i.path}</code>: {i.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
