import type { AppMode } from '../domain/appRoute';
import { lazyModule, useLazyModule } from './lazyModule';

/** The quiz, pain-finder, study and print panels: their own chunk, loaded on the first visit to one. */
const modePanelModule = lazyModule(() => import('../ui/modes/ModePanel'));

/** Loads the modes' code ahead of the first visit to one (the app calls this after its first view). */
export function prefetchModePanel(): void {
  modePanelModule.load().catch(() => {}); // a failure shows when a mode is opened (its Retry loads again)
}

/** The mode's panel, as soon as its chunk is in (see useLazyModule: no 300 ms Suspense hold-back). */
export function ModePanelSlot({ mode }: { mode: AppMode }) {
  const module = useLazyModule(modePanelModule);
  if (!module) {
    return (
      <p className="mode-loading" role="status">
        Loading…
      </p>
    );
  }
  const Panel = module.default;
  return <Panel mode={mode} />;
}
