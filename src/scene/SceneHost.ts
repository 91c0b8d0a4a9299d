import CameraControls from 'camera-controls';
import { Box3, MathUtils, Matrix4, NoToneMapping, PerspectiveCamera, Quaternion, Raycaster, Scene, Sphere, Spherical, Vector2, Vector3, Vector4, WebGLRenderer } from 'three';

// camera-controls takes the three classes it uses from here (only these are bundled).
CameraControls.install({ THREE: { Box3, MathUtils: { clamp: MathUtils.clamp }, Matrix4, Quaternion, Raycaster, Sphere, Spherical, Vector2, Vector3, Vector4 } });

export interface SceneHostOptions {
  /** A WebGL context made on `canvas` already (the probe's, under software rendering). */
  context?: WebGL2RenderingContext;
  antialias: boolean;
}

export interface ViewSize {
  width: number;
  height: number;
  /** Device pixels per CSS pixel the renderer draws with. */
  dpr: number;
}

type FrameCallback = (delta: number) => void;

/** Longest step handed to the camera's easing: after an idle spell the clock has run on. */
const MAX_DELTA_S = 0.1;

/**
 * The 3D view's engine, in plain three.js: one renderer on the canvas, the scene, the camera and
 * its controls (camera-controls: orbit, dolly, pan, touch, eased moves), and a render loop that
 * draws on demand: `invalidate()` asks for a frame; the loop keeps going while the controls
 * still move the camera, then stops (an idle view costs nothing).
 * React components add their objects to `scene` and subscribe to frames and size changes.
 */
export class SceneHost {
  readonly renderer: WebGLRenderer;
  readonly scene = new Scene();
  readonly camera = new PerspectiveCamera(30, 1, 0.02, 40);
  readonly controls: CameraControls;
  readonly canvas: HTMLCanvasElement;
  size: ViewSize = { width: 0, height: 0, dpr: 1 };

  private readonly beforeRender = new Set<FrameCallback>();
  private readonly afterRender = new Set<() => void>();
  private readonly resized = new Set<(size: ViewSize) => void>();
  private framesWanted = 0;
  private raf = 0;
  private lastFrameAt = 0;
  private disposed = false;

  constructor(canvas: HTMLCanvasElement, options: SceneHostOptions) {
    this.canvas = canvas;
    this.renderer = new WebGLRenderer({ canvas, context: options.context, antialias: options.antialias, alpha: true, powerPreference: 'high-performance' });
    this.renderer.toneMapping = NoToneMapping;
    this.camera.position.set(0, 1, 5);
    this.controls = new CameraControls(this.camera, canvas);
    const wake = () => this.invalidate();
    for (const type of ['update', 'control', 'controlstart', 'controlend', 'transitionstart', 'wake'] as const) this.controls.addEventListener(type, wake);
  }

  /** Asks for `frames` more frames (at least); they are drawn on the next animation frames. */
  invalidate(frames = 1): void {
    if (this.disposed) return;
    this.framesWanted = Math.max(this.framesWanted, frames);
    if (!this.raf) this.raf = requestAnimationFrame(this.loop);
  }

  /** Runs before every frame is drawn, with the seconds since the previous one. */
  onBeforeRender(callback: FrameCallback): () => void {
    this.beforeRender.add(callback);
    return () => this.beforeRender.delete(callback);
  }

  /** Runs after every frame is drawn. */
  onAfterRender(callback: () => void): () => void {
    this.afterRender.add(callback);
    return () => this.afterRender.delete(callback);
  }

  /** Runs when the drawing size or pixel ratio changes. */
  onResize(callback: (size: ViewSize) => void): () => void {
    this.resized.add(callback);
    return () => this.resized.delete(callback);
  }

  /** Sizes the drawing buffer to the canvas's CSS size (pixel ratio capped at 2) and the camera to match. */
  setSize(width: number, height: number): void {
    const dpr = Math.min(Math.max(window.devicePixelRatio || 1, 1), 2);
    if (width === this.size.width && height === this.size.height && dpr === this.size.dpr) return;
    this.size = { width, height, dpr };
    this.renderer.setPixelRatio(dpr);
    this.renderer.setSize(width, height, false);
    this.camera.aspect = height > 0 ? width / height : 1;
    this.camera.updateProjectionMatrix();
    for (const callback of this.resized) callback(this.size);
    this.invalidate();
  }

  /** Draws one frame now (the loop calls this; so do tests and snapshots). */
  renderNow(delta = 0): void {
    if (this.size.width === 0 || this.size.height === 0) return;
    if (this.controls.update(delta)) this.framesWanted = Math.max(this.framesWanted, 1);
    for (const callback of this.beforeRender) callback(delta);
    this.renderer.render(this.scene, this.camera);
    for (const callback of this.afterRender) callback();
  }

  dispose(): void {
    this.disposed = true;
    cancelAnimationFrame(this.raf);
    this.raf = 0;
    this.controls.dispose();
    this.beforeRender.clear();
    this.afterRender.clear();
    this.resized.clear();
    this.renderer.dispose();
    this.renderer.forceContextLoss();
  }

  private readonly loop = (now: number): void => {
    this.raf = 0;
    // A frame right after another eases by the real step; the first after an idle spell by one frame.
    const delta = this.lastFrameAt > 0 && now - this.lastFrameAt < 100 ? Math.min((now - this.lastFrameAt) / 1000, MAX_DELTA_S) : 1 / 60;
    this.lastFrameAt = now;
    this.framesWanted = Math.max(0, this.framesWanted - 1);
    this.renderNow(delta);
    if (this.framesWanted > 0) this.raf ||= requestAnimationFrame(this.loop);
    else if (!this.raf) this.lastFrameAt = 0;
  };
}
