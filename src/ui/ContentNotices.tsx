import { UNREADABLE_PREFIX, latestUnreadableCopy } from '../state/persist/unreadableCopies';
import { useAppStore } from '../state/store';
import { saveTextFile } from './saveFile';

/** Saves the kept copy of an unreadable save, e.g. `myomap-unreadable-2026-11-23T14-05-00.000Z.json`. */
function downloadUnreadableCopy(): void {
  const copy = latestUnreadableCopy();
  if (!copy) return;
  const time = copy.key.slice(UNREADABLE_PREFIX.length).replace(/:/g, '-');
  saveTextFile(`myomap-unreadable-${time}.json`, copy.text);
}

/**
 * Problems with the content that the user should know about: the core pack missing or invalid
 * (what and where, by JSON path) and a saved state that could not be read (with its kept copy to
 * download).
 */
export function ContentNotices() {
  const problem = useAppStore((s) => s.coreProblem);
  const persistNotice = useAppStore((s) => s.persistNotice);
  const setPersistNotice = useAppStore((s) => s.setPersistNotice);
  if (!problem && !persistNotice) return null;
  return (
    <div className="content-notices">
      {problem && (
        <div className="notice notice-error" role="alert">
          <p>{problem.message} Explore still works without it.</p>
          {problem.issues.length > 0 && (
            <details>
              <summary>{problem.issues.length} {problem.issues.length === 1 ? 'problem' : 'problems'}</summary>
              <ul className="issue-list">
                {problem.issues.slice(0, 200).map((i, n) => (
                  <li key={n}>
                    <code>{i.path}</code>: {i.message}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      {persistNotice && (
        <div className="notice" role="status">
          <p>{persistNotice}</p>
          <div className="button-row">
            {latestUnreadableCopy() && (
              <button type="button" className="link-button" onClick={downloadUnreadableCopy}>
                Download the unreadable copy
              </button>
            )}
            <button type="button" className="link-button" onClick={() => setPersistNotice(null)}>
              Dismiss
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
