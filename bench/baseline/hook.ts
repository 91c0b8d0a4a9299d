/** `window.__baseline`: what the bare three.js page tells the bench (mirrors the parts of `window.__myomap` it measures). */
export interface BaselineHook {
  /** The GLB is loaded and a frame with it has been rendered. */
  ready: boolean;
  /** Frames rendered so far (the page renders continuously). */
  frames: number;
  /** performance.now() (ms since navigation start) right after the first frame with the body. */
  firstFrameMs: number | null;
  /** Canvas size in CSS pixels and the renderer's pixel ratio, to check the bench compared like with like. */
  canvas: { width: number; height: number; pixelRatio: number };
  /** Same method as Myomap's hook: n synchronous render + 1-pixel readback, median ms (the loop pauses meanwhile). */
  renderFrames: (n: number) => Promise<number>;
  /** renderer.info.render of the last frame. */
  renderInfo: () => { calls: number; triangles: number; programs: number };
}

declare global {
  interface Window {
    __baseline?: BaselineHook;
  }
}
