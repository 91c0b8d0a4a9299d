export interface WebGLProbe {
  /** A WebGL 2 or 1 context can be created. */
  available: boolean;
  /** The context is rendered on the CPU (SwiftShader, llvmpipe…): multisampling then costs more than it gives. */
  software: boolean;
}

let cached: WebGLProbe | null = null;

/** Probes WebGL once (the probe context is released at once). No three.js here: the page shell uses it. */
export function probeWebGL(): WebGLProbe {
  if (cached) return cached;
  let result: WebGLProbe = { available: false, software: false };
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
      result = { available: true, software: /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(renderer) };
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    result = { available: false, software: false };
  }
  cached = result;
  return result;
}
