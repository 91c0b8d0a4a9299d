import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useAppStore } from '../state/store';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { UpdatePrompt } from './pwa/UpdatePrompt';
import { serviceWorkerStatus } from './pwa/registerServiceWorker';
import { webglAvailable } from './startup';

/** Renders the app into #root (loaded by main.tsx once the early work has started). */
export function mountApp(container: HTMLElement): void {
  // Known before the first render (usually probed already, see startEarly): the first render shows
  // the 3D stage or the no-WebGL list, not an empty stage repainted a moment later.
  useAppStore.getState().setWebGL(webglAvailable() ? 'available' : 'unavailable');
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
      {/* Outside the app's boundary: "Reload to update" must stay reachable if the app fails. */}
      <UpdatePrompt status={serviceWorkerStatus} />
    </StrictMode>,
  );
}
