/**
 * The entry point, kept small so it runs as soon as it arrives: it probes WebGL and starts the
 * body model's download and build and the 3D view's code (startup.ts) before the app's own code
 * (React, the panels, zod) has been parsed; then it mounts the app.
 */
import { startEarly } from './app/startup';
import './ui/app.css';

startEarly();

if (import.meta.env.MODE === 'test') {
  void import('./app/testHook').then((m) => m.installTestHook());
}

/** The page's style sheets have loaded (the built entry is async: it may run before them). */
function stylesLoaded(): Promise<unknown> {
  const pending = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((l) => !l.sheet);
  return Promise.all(pending.map((l) => new Promise((done) => (l.addEventListener('load', done), l.addEventListener('error', done)))));
}

const container = document.getElementById('root');
if (!container) throw new Error('Myomap: #root is missing from index.html');
Promise.all([import('./app/mount'), stylesLoaded()])
  .then(([m]) => m.mountApp(container))
  .catch((e: unknown) => {
    // Never a blank page: say what failed (the 3D view and the app share this fate).
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.className = 'boot-error';
    message.textContent = `Myomap could not start: ${e instanceof Error ? e.message : String(e)}. Check the connection and reload the page.`;
    container.replaceChildren(message);
  });
