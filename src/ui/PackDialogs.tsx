import { activatePack } from '../app/packActions';
import { formatIssue } from '../content/packIssue';
import { useAppStore } from '../state/store';
import { Dialog } from './Dialog';

/** A refused pack: every problem as "JSON path: message", in a modal alert dialog. */
export function PackErrorDialog() {
  const report = useAppStore((s) => s.packReport);
  const setReport = useAppStore((s) => s.setPackReport);
  if (!report || report.kind !== 'error') return null;
  const close = () => setReport(null);
  return (
    <Dialog title={report.title} onCancel={close} role="alertdialog" describedBy="pack-report-message" className="pack-dialog">
      <p id="pack-report-message">{report.message}</p>
      {report.issues.length > 0 && (
        <ul className="issue-list" aria-label="Problems">
          {report.issues.map((i, n) => (
            <li key={n}>
              <code>{i.path}</code>: {i.message}
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="button" onClick={close} data-autofocus>
          OK
        </button>
      </div>
    </Dialog>
  );
}

/** A valid pack: extend the current content (merge by id) or replace the core pack. */
export function PackChoiceDialog() {
  const pending = useAppStore((s) => s.pendingPack);
  const setPending = useAppStore((s) => s.setPendingPack);
  if (!pending) return null;
  const { pack, warnings } = pending;
  return (
    <Dialog title={`Load "${pack.title}"?`} onCancel={() => setPending(null)} className="pack-dialog" describedBy="pack-choice-summary">
      <p id="pack-choice-summary">
        {pending.source}: {pack.muscles.length} {pack.muscles.length === 1 ? 'muscle' : 'muscles'}, {pack.muscles.reduce((n, m) => n + m.triggerPoints.length, 0)} trigger points, by{' '}
        {pack.authors.join(', ')}.
      </p>
      {warnings.length > 0 && (
        <details className="expander">
          <summary>{warnings.length} {warnings.length === 1 ? 'warning' : 'warnings'}</summary>
          <ul className="issue-list">
            {warnings.map((w, n) => (
              <li key={n}>{formatIssue(w)}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void activatePack(pending, 'extend')} data-autofocus>
          Extend current content
        </button>
        <button type="button" onClick={() => void activatePack(pending, 'replace')}>
          Replace the core pack
        </button>
        <button type="button" onClick={() => setPending(null)}>
          Cancel
        </button>
      </div>
      <p className="hint">Extend merges by id: muscles in this pack replace the same muscles, others are added.</p>
    </Dialog>
  );
}

/** A pack loaded: a dismissable status line over the 3D view. */
export function PackSuccessNotice() {
  const report = useAppStore((s) => s.packReport);
  const setReport = useAppStore((s) => s.setPackReport);
  if (!report || report.kind !== 'success') return null;
  return (
    <div className="toast" role="status">
      <p>
        <strong>{report.title}.</strong> {report.message}
      </p>
      {report.issues.length > 0 && (
        <ul className="issue-list">
          {report.issues.slice(0, 5).map((w, n) => (
            <li key={n}>{formatIssue(w)}</li>
          ))}
        </ul>
      )}
      <button type="button" className="link-button" onClick={() => setReport(null)}>
        Dismiss
      </button>
    </div>
  );
}
