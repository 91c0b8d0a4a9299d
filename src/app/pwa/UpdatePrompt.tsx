import { useEffect, useSyncExternalStore } from 'react';
import type { ServiceWorkerStatus } from './serviceWorkerStatus';
import { startAfterFirstView } from '../startAfterFirstView';
import './updatePrompt.css';

/**
 * Polite notices from the service worker: "A new version of Myomap is ready" with "Reload to
 * update" / "Later", and a one-time "ready to work offline" note. The live region is always in
 * the page so screen readers announce text added to it; focus is never moved (a notice, not a
 * dialog: a student in the middle of a hold or a quiz finishes first).
 */
export function UpdatePrompt({ status, startWhen = startAfterFirstView }: { status: ServiceWorkerStatus; startWhen?: (start: () => void) => () => void }) {
  const { needRefresh, offlineReady } = useSyncExternalStore(status.subscribe, status.getSnapshot, status.getSnapshot);
  // Registered after the first view (see startAfterFirstView), not during it.
  useEffect(() => startWhen(() => status.start()), [status, startWhen]);

  return (
    <div className="pwa-notices" role="status" aria-live="polite">
      {needRefresh ? (
        <div className="pwa-notice">
          <p>A new version of Myomap is ready.</p>
          <div className="pwa-notice-actions">
            <button type="button" className="pwa-notice-primary" onClick={() => void status.update()}>
              Reload to update
            </button>
            <button type="button" onClick={status.dismissRefresh}>
              Later
            </button>
          </div>
        </div>
      ) : offlineReady ? (
        <div className="pwa-notice pwa-notice-quiet">
          <p>Offline ready: Myomap now works without a network connection.</p>
          <button type="button" className="link-button" onClick={status.dismissOfflineReady}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
