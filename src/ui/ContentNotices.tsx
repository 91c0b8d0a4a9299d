import { useAppStore } from '../state/store';

/**
 * Problems with the content that the user should know about: the core pack missing or invalid
 * (what and where, by JSON path) and a saved state that could not be read.
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
          <button type="button" className="link-button" onClick={() => setPersistNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
