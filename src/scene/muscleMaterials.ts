import { BackSide, DataTexture, FrontSide, MeshStandardMaterial, NearestFilter, RGBAFormat, ShaderMaterial, UnsignedByteType, Vector2, Color } from 'three';
import { PALETTE } from './palette';

/** Which part of the muscle geometry a draw call keeps: opaque muscles, see-through ones, or the selection outline. */
export type MusclePass = 'opaque' | 'transparent';

export function createMuscleStateTexture(width: number, data: Uint8Array): DataTexture {
  const texture = new DataTexture(data, width, 2, RGBAFormat, UnsignedByteType);
  texture.magFilter = NearestFilter;
  texture.minFilter = NearestFilter;
  texture.generateMipmaps = false;
  texture.needsUpdate = true;
  return texture;
}

const FETCH = /* glsl */ `
  int mIndex = int(aMuscle + 0.5);
  vec4 mState0 = texelFetch(uMuscleState, ivec2(mIndex, 0), 0);
  vec4 mState1 = texelFetch(uMuscleState, ivec2(mIndex, 1), 0);
  bool mVisible = mState1.r > 0.5;
  bool mOpaque = mState1.g > 0.996;
`;

/**
 * MeshStandardMaterial whose colour, glow and visibility come from the muscle-state texture
 * (one texel per muscle, fetched in the vertex shader). Muscles not drawn by this pass are moved
 * outside the clip volume, so the GPU drops them before rasterising.
 */
export function createMuscleMaterial(texture: DataTexture, pass: MusclePass): MeshStandardMaterial {
  const transparent = pass === 'transparent';
  const material = new MeshStandardMaterial({
    roughness: 0.62,
    metalness: 0,
    transparent,
    depthWrite: !transparent,
    side: FrontSide,
  });
  material.onBeforeCompile = (shader) => {
    shader.uniforms['uMuscleState'] = { value: texture };
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
attribute float aMuscle;
uniform highp sampler2D uMuscleState;
varying vec4 vMuscleColor;
varying float vMuscleAlpha;`,
      )
      .replace(
        '#include <project_vertex>',
        `#include <project_vertex>
${FETCH}
  vMuscleColor = mState0;
  vMuscleAlpha = mState1.g;
  if (!(mVisible && ${transparent ? '!mOpaque' : 'mOpaque'})) gl_Position = vec4(0.0, 0.0, -2.0, 1.0);`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\nvarying vec4 vMuscleColor;\nvarying float vMuscleAlpha;`)
      .replace('vec4 diffuseColor = vec4( diffuse, opacity );', 'vec4 diffuseColor = vec4( vMuscleColor.rgb, opacity * vMuscleAlpha );')
      .replace('#include <emissivemap_fragment>', '#include <emissivemap_fragment>\n  totalEmissiveRadiance += vMuscleColor.rgb * vMuscleColor.a * 0.38;');
  };
  material.customProgramCacheKey = () => `myomap-muscle-${pass}`;
  return material;
}

/**
 * The selection outline: the selected muscle's back faces pushed out along the screen-space normal
 * by a constant number of pixels, drawn in a solid colour (an inverted hull).
 */
export function createOutlineMaterial(texture: DataTexture): ShaderMaterial {
  return new ShaderMaterial({
    side: BackSide,
    uniforms: {
      uMuscleState: { value: texture },
      uResolution: { value: new Vector2(1280, 720) },
      uOutlinePx: { value: 3 },
      uColor: { value: new Color(PALETTE.outline) },
    },
    vertexShader: /* glsl */ `
attribute float aMuscle;
uniform highp sampler2D uMuscleState;
uniform vec2 uResolution;
uniform float uOutlinePx;
void main() {
  ${FETCH}
  if (!(mVisible && mState1.b > 0.5)) { gl_Position = vec4(0.0, 0.0, -2.0, 1.0); return; }
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  vec4 clipNormal = projectionMatrix * modelViewMatrix * vec4(normal, 0.0);
  float len = length(clipNormal.xy);
  if (len > 1e-6) gl_Position.xy += clipNormal.xy / len * uOutlinePx * 2.0 / uResolution * gl_Position.w;
}`,
    fragmentShader: /* glsl */ `
uniform vec3 uColor;
void main() {
  gl_FragColor = vec4(uColor, 1.0);
  #include <colorspace_fragment>
}`,
  });
}
