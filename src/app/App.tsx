import { lazy, Suspense, useEffect, useState } from 'react';
import { probeWebGL } from '../scene/probeWebGL';
import { useAppStore } from '../state/store';
import { ContentNotices } from '../ui/ContentNotices';
import { HoldTimerDialog } from '../ui/HoldTimerDialog';
import { LayersPanel } from '../ui/LayersPanel';
import { LiveAnnouncer } from '../ui/LiveAnnouncer';
import { MuscleTree } from '../ui/MuscleTree';
import { NoWebGLMessage } from '../ui/NoWebGLMessage';
import { PackChoiceDialog, PackErrorDialog, PackSuccessNotice } from '../ui/PackDialogs';
import { PackDropTarget } from '../ui/PackDropTarget';
import { PacksPanel } from '../ui/PacksPanel';
import { SearchBox } from '../ui/SearchBox';
import { SelectionPanel } from '../ui/SelectionPanel';
import { ViewsPanel } from '../ui/ViewsPanel';
import { AppHeader, type Drawer } from './AppHeader';
import { ErrorBoundary } from './ErrorBoundary';
import { useContentStartup } from './useContentStartup';
import { useHashRoute } from './useHashRoute';

// three.js and the scene load as their own chunk, after the page shell.
const Viewport = lazy(() => import('../scene/Viewport'));

function ViewportError({ error, reset }: { error: Error; reset: () => void }) {
  return (
    <div className="stage-message" role="alert">
      <h2>The 3D view stopped working</h2>
      <p>{error.message}</p>
      <button type="button" onClick={reset}>
        Retry
      </button>
    </div>
  );
}

/**
 * Explore mode: muscle list and search, the 3D body, the selection panel with the content pack's
 * trigger points, display panels, content packs; the hold timer and pack dialogs.
 */
export function App() {
  useHashRoute();
  useContentStartup();
  const webgl = useAppStore((s) => s.webgl);
  const [drawer, setDrawer] = useState<Drawer>(null);

  useEffect(() => {
    useAppStore.getState().setWebGL(probeWebGL().available ? 'available' : 'unavailable');
  }, []);

  useEffect(() => {
    if (!drawer) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement) && !document.querySelector('dialog[open]')) setDrawer(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [drawer]);

  const closeMusclesDrawer = () => setDrawer((d) => (d === 'muscles' ? null : d));

  return (
    <div className="app" data-drawer={drawer ?? 'none'}>
      <AppHeader drawer={drawer} onDrawer={setDrawer} />
      <main className="explore">
        <aside id="sidebar-muscles" className="sidebar sidebar-muscles" aria-label="Muscle list">
          <SearchBox onChoose={closeMusclesDrawer} />
          <MuscleTree onChoose={closeMusclesDrawer} />
        </aside>
        <div className="stage">
          {webgl === 'available' && (
            <ErrorBoundary fallback={(error, reset) => <ViewportError error={error} reset={reset} />}>
              <Suspense fallback={<p className="viewport-status" role="status">Loading the 3D view…</p>}>
                <Viewport />
              </Suspense>
            </ErrorBoundary>
          )}
          {webgl === 'unavailable' && <NoWebGLMessage />}
          <PackSuccessNotice />
        </div>
        <aside id="sidebar-details" className="sidebar sidebar-details" aria-label="Selection and display">
          <ContentNotices />
          <SelectionPanel />
          {webgl !== 'unavailable' && <LayersPanel />}
          {webgl !== 'unavailable' && <ViewsPanel />}
          <PacksPanel />
        </aside>
      </main>
      <LiveAnnouncer />
      <HoldTimerDialog />
      <PackErrorDialog />
      <PackChoiceDialog />
      <PackDropTarget />
    </div>
  );
}
