import { useEffect, useState } from 'react';
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
import { PersonalData } from '../ui/PersonalData';
import { SearchBox } from '../ui/SearchBox';
import { SelectionPanel } from '../ui/SelectionPanel';
import { ViewsPanel } from '../ui/ViewsPanel';
import { AppHeader, type Drawer } from './AppHeader';
import { ErrorBoundary } from './ErrorBoundary';
import { useContentStartup } from './useContentStartup';
import { useHashRoute } from './useHashRoute';
import { ViewportSlot } from './ViewportSlot';
import { ModePanelSlot, prefetchModePanel } from './ModePanelSlot';
import { startAfterFirstView } from './startAfterFirstView';

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
 * The shell: header and mode navigation, and one 3D stage that stays mounted across modes (the
 * body is loaded once). Explore: muscle list and search, the selection panel with the content
 * pack's trigger points, display panels, content packs. Quiz, pain finder and study: the mode's
 * panel beside the stage; the stage is hidden on pages that do not use the body (quiz list,
 * builder, class results). The hold timer and pack dialogs work everywhere.
 */
export function App() {
  useHashRoute();
  useContentStartup();
  const webgl = useAppStore((s) => s.webgl);
  const mode = useAppStore((s) => s.route.mode);
  const stageShown = useAppStore((s) => s.route.mode === 'explore' || s.stage !== null);
  const explore = mode === 'explore';
  // The class-results page takes dropped result files itself; elsewhere a dropped file is a pack.
  const packDrops = useAppStore((s) => !(s.route.mode === 'quiz' && s.route.view === 'class'));
  const [drawer, setDrawer] = useState<Drawer>(null);

  // Quiz, pain finder and study open at once later: their code loads while the user looks at the body.
  useEffect(() => startAfterFirstView(prefetchModePanel), []);

  // mountApp sets this before the first render; here for an App rendered on its own (tests).
  useEffect(() => {
    const available = probeWebGL().available;
    useAppStore.getState().setWebGL(available ? 'available' : 'unavailable');
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
      <AppHeader mode={mode} drawer={drawer} onDrawer={setDrawer} />
      <main className={explore ? 'explore' : `mode-layout mode-${mode}`} data-stage={stageShown ? 'shown' : 'hidden'}>
        {explore && (
          <aside id="sidebar-muscles" className="sidebar sidebar-muscles" aria-label="Muscle list">
            <SearchBox onChoose={closeMusclesDrawer} />
            <MuscleTree onChoose={closeMusclesDrawer} />
          </aside>
        )}
        {!explore && (
          <ErrorBoundary fallback={(error, reset) => <ViewportError error={error} reset={reset} />}>
            <ModePanelSlot mode={mode} />
          </ErrorBoundary>
        )}
        <div className="stage">
          {webgl === 'available' && (
            <ErrorBoundary fallback={(error, reset) => <ViewportError error={error} reset={reset} />}>
              <ViewportSlot />
            </ErrorBoundary>
          )}
          {webgl === 'unavailable' && <NoWebGLMessage />}
          <PackSuccessNotice />
        </div>
        {explore && (
          <aside id="sidebar-details" className="sidebar sidebar-details" aria-label="Selection and display">
            <ContentNotices />
            <SelectionPanel />
            {webgl !== 'unavailable' && <LayersPanel />}
            {webgl !== 'unavailable' && <ViewsPanel />}
            <PacksPanel />
            <PersonalData />
          </aside>
        )}
      </main>
      <LiveAnnouncer />
      <HoldTimerDialog />
      <PackErrorDialog />
      <PackChoiceDialog />
      {packDrops && <PackDropTarget />}
    </div>
  );
}
