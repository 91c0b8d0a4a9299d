import { ErrorBoundary } from '../app/ErrorBoundary';
import { useAppStore } from '../state/store';
import { HoverLabel } from '../ui/HoverLabel';
import { ViewportStatus } from '../ui/ViewportStatus';
import { BodyScene } from './BodyScene';
import { SceneCanvas } from './SceneCanvas';
import { SceneErrorReporter } from './SceneErrorReporter';
import { useBodyRuntime } from './useBodyRuntime';

/**
 * The 3D view (lazy-loaded with three.js): the canvas, the hover label and the loading/error
 * overlays. Focusable, so the keyboard can orbit (arrows), zoom (+/−) and reset (Home).
 */
export default function Viewport() {
  const runtime = useBodyRuntime();
  // "Retry" bumps the attempt: a fresh boundary and scene.
  const attempt = useAppStore((s) => s.modelAttempt);
  return (
    <div className="viewport" role="region" aria-label="3D body model" aria-describedby="viewport-help" tabIndex={0} data-scene-host="">
      <SceneCanvas>
        <ErrorBoundary key={attempt} fallback={(error) => <SceneErrorReporter error={error} />}>
          <BodyScene runtime={runtime} />
        </ErrorBoundary>
      </SceneCanvas>
      <HoverLabel />
      <ViewportStatus />
      <p id="viewport-help" className="viewport-help">
        Drag to rotate · scroll or pinch to zoom · right-drag or two fingers to pan · keys: arrows, + −, Home
      </p>
    </div>
  );
}
