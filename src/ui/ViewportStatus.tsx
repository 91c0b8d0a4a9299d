import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../state/store';

/** Loading, load-error (with Retry) and context-lost messages over the 3D view. */
export function ViewportStatus() {
  const { status, error, contextLost, retry } = useAppStore(
    useShallow((s) => ({ status: s.modelStatus, error: s.modelError, contextLost: s.contextLost, retry: s.retryModel })),
  );
  if (status === 'error') {
    return (
      <div className="stage-message overlay" role="alert">
        <h2>The body model did not load</h2>
        <p>{error ?? 'Something went wrong while loading the model.'}</p>
        <button type="button" onClick={retry}>
          Retry
        </button>
      </div>
    );
  }
  if (status === 'loading') {
    return (
      <p className="viewport-status" role="status">
        Loading the body model…
      </p>
    );
  }
  if (contextLost) {
    return (
      <p className="viewport-status" role="status">
        The graphics context was lost; restoring the 3D view…
      </p>
    );
  }
  return null;
}
