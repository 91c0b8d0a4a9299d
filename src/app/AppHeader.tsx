import type { AppMode } from '../domain/appRoute';
import { useAppStore } from '../state/store';

export type Drawer = 'muscles' | 'details' | null;

const MODES: ReadonlyArray<{ mode: AppMode; label: string; href: string }> = [
  { mode: 'explore', label: 'Explore', href: '#/explore' },
  { mode: 'quiz', label: 'Quiz', href: '#/quiz' },
  { mode: 'find', label: 'Pain finder', href: '#/find' },
  { mode: 'study', label: 'Study', href: '#/study' },
];

/**
 * App name and mode navigation. On narrow screens in Explore, two buttons open the muscle list and
 * the details panel as drawers.
 */
export function AppHeader({ mode, drawer, onDrawer }: { mode: AppMode; drawer: Drawer; onDrawer: (d: Drawer) => void }) {
  const toggle = (d: Exclude<Drawer, null>) => onDrawer(drawer === d ? null : d);
  const lastExplore = useAppStore((s) => s.lastExploreHash);
  return (
    <header className="app-header">
      <h1 className="app-title">Myomap</h1>
      <nav aria-label="Modes" className="mode-nav">
        {MODES.map((m) => (
          <a key={m.mode} href={m.mode === 'explore' ? lastExplore : m.href} aria-current={m.mode === mode ? 'page' : undefined}>
            {m.label}
          </a>
        ))}
      </nav>
      <div className="drawer-toggles" hidden={mode !== 'explore'}>
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
