import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { UpdatePrompt } from './pwa/UpdatePrompt';
import { serviceWorkerStatus } from './pwa/registerServiceWorker';

/** Renders the app into #root (loaded by main.tsx once the early work has started). */
export function mountApp(container: HTMLElement): void {
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
