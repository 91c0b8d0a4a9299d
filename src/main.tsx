import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { UpdatePrompt } from './app/pwa/UpdatePrompt';
import { serviceWorkerStatus } from './app/pwa/registerServiceWorker';
import './ui/app.css';

if (import.meta.env.MODE === 'test') {
  void import('./app/testHook').then((m) => m.installTestHook());
}

const container = document.getElementById('root');
if (!container) throw new Error('Myomap: #root is missing from index.html');
createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
    {/* Outside the app's boundary: "Reload to update" must stay reachable if the app fails. */}
    <UpdatePrompt status={serviceWorkerStatus} />
  </StrictMode>,
);
