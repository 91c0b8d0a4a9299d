export type Drawer = 'muscles' | 'details' | null;

/**
 * App name and mode navigation (only Explore exists). On narrow screens, two buttons open the
 * muscle list and the details panel as drawers.
 */
export function AppHeader({ drawer, onDrawer }: { drawer: Drawer; onDrawer: (d: Drawer) => void }) {
  const toggle = (d: Exclude<Drawer, null>) => onDrawer(drawer === d ? null : d);
  return (
    <header className="app-header">
      <h1 className="app-title">Myomap</h1>
      <nav aria-label="Modes" className="mode-nav">
        <a href="#/explore" aria-current="page">
          Explore
        </a>
      </nav>
      <div className="drawer-toggles">
        <button type="button" aria-expanded={drawer === 'muscles'} aria-controls="sidebar-muscles" onClick={() => toggle('muscles')}>
          Muscles
        </button>
        <button type="button" aria-expanded={drawer === 'details'} aria-controls="sidebar-details" onClick={() => toggle('details')}>
          Details
        </button>
      </div>
    </header>
  );
}
