import { useLazyModule } from './lazyModule';
import { viewportModule } from './startup';

/**
 * The 3D view, rendered as soon as its module (requested with the page by startup.ts) is in: in
 * the app's first render when it already is (see useLazyModule), else after a status line.
 */
export function ViewportSlot() {
  const module = useLazyModule(viewportModule);
  if (!module) {
    return (
      <p className="viewport-status" role="status">
        Loading the 3D view…
      </p>
    );
  }
  const View = module.default;
  return <View />;
}
