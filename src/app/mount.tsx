import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { probeWebGL } from '../scene/probeWebGL';
import { useAppStore } from '../state/store';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { UpdatePrompt } from './pwa/UpdatePrompt';
import { serviceWorkerStatus } from './pwa/registerServiceWorker';

/** Renders the app into #root (loaded by main.tsx once the early work has started). */
export function mountApp(container: HTMLElement): void {
  // The probe ran at start (startup.ts): the first render already shows the 3D stage or the
  // no-WebGL list, instead of an empty stage repainted a moment later.
  useAppStore.getState().setWebGL(probeWebGL().available ? 'available' : 'unavailable');
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
