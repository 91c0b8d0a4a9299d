export interface WebGLProbe {
  /** A WebGL 2 or 1 context can be created. */
  available: boolean;
  /** The context is rendered on the CPU (SwiftShader, llvmpipe…): multisampling then costs more than it gives. */
  software: boolean;
}

/** A probe context kept for the renderer, with the attributes three.js would ask for. */
export interface ProbedCanvas {
  canvas: HTMLCanvasElement;
  context: WebGL2RenderingContext;
}

/** What three's WebGLRenderer asks for, without multisampling (the only kind kept is a software one). */
const KEPT_ATTRIBUTES: WebGLContextAttributes = {
  alpha: true,
  depth: true,
  stencil: false,
  antialias: false,
  premultipliedAlpha: true,
  preserveDrawingBuffer: false,
  powerPreference: 'high-performance',
  failIfMajorPerformanceCaveat: false,
};

let cached: WebGLProbe | null = null;
let kept: ProbedCanvas | null = null;

/**
 * Probes WebGL once. No three.js here: the page shell uses it. Creating a context is slow on a
 * software renderer (a few hundred ms under SwiftShader), so there the probe's WebGL 2 context is
 * kept for the 3D view (`probedCanvas`); a hardware one, cheap to make again with multisampling,
 * is released at once.
 */
export function probeWebGL(): WebGLProbe {
  if (cached) return cached;
  let result: WebGLProbe = { available: false, software: false };
  try {
    const canvas = document.createElement('canvas');
    const gl2 = canvas.getContext('webgl2', KEPT_ATTRIBUTES);
    const gl = (gl2 ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
      result = { available: true, software: /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(renderer) };
      if (result.software && gl2) kept = { canvas, context: gl2 };
      else gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    result = { available: false, software: false };
  }
  cached = result;
  return result;
}

/** The probe's canvas and context for the 3D view, if one was kept and not yet given up. */
export function probedCanvas(): ProbedCanvas | null {
  return kept;
}

/** The kept canvas is no longer usable (its renderer was disposed): later views make their own. */
export function releaseProbedCanvas(): void {
  kept = null;
}
