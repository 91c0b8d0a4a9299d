import { Color, ShaderMaterial } from 'three';
import { PALETTE } from './palette';

/**
 * Trigger-point markers as screen-sized points (one draw call for all of them), drawn over
 * everything (no depth test) so a TrP inside or under other muscles still shows:
 *   superficial  an X with a white halo
 *   deep         the same X inside a ring
 *   answer       (aKind 1) the user's click: a blue dot with a white halo
 *   choice       (aKind 2) a candidate spot: a blue ring
 * Markers of trigger points not currently shown are faded (aActive = 0).
 */
export function createMarkerMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    transparent: true,
    depthTest: false,
    depthWrite: false,
    uniforms: {
      uSize: { value: 26 },
      uPixelRatio: { value: 1 },
      uInk: { value: new Color(PALETTE.marker) },
      uHalo: { value: new Color(PALETTE.markerHalo) },
      uUser: { value: new Color(PALETTE.user) },
    },
    vertexShader: /* glsl */ `
attribute float aDeep;
attribute float aActive;
attribute float aKind;
varying float vKind;
uniform float uSize;
uniform float uPixelRatio;
varying float vDeep;
varying float vActive;
void main() {
  vDeep = aDeep;
  vActive = aActive;
  vKind = aKind;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  gl_PointSize = uSize * uPixelRatio * (aActive > 0.5 ? 1.0 : 0.8);
}`,
    fragmentShader: /* glsl */ `
uniform vec3 uInk;
uniform vec3 uHalo;
uniform vec3 uUser;
varying float vKind;
varying float vDeep;
varying float vActive;
float sdSegment(vec2 p, vec2 a, vec2 b) {
  vec2 pa = p - a, ba = b - a;
  float h = clamp(dot(pa, ba) / dot(ba, ba), 0.0, 1.0);
  return length(pa - ba * h);
}
void main() {
  vec2 p = gl_PointCoord * 2.0 - 1.0;
  if (vKind > 0.5) {
    float r = length(p);
    float aaK = fwidth(p.x) * 1.2;
    float shape = vKind < 1.5 ? r - 0.42 : abs(r - 0.6) - 0.1;
    float inkK = 1.0 - smoothstep(-aaK, aaK, shape);
    float haloK = 1.0 - smoothstep(-aaK, aaK, shape - 0.16);
    float aK = max(inkK, haloK * 0.95);
    if (aK < 0.01) discard;
    gl_FragColor = vec4(mix(uHalo, uUser, inkK), aK);
    #include <colorspace_fragment>
    return;
  }
  float arm = vDeep > 0.5 ? 0.5 : 0.68;
  float d = min(sdSegment(p, vec2(-arm), vec2(arm)), sdSegment(p, vec2(-arm, arm), vec2(arm, -arm)));
  if (vDeep > 0.5) d = min(d, abs(length(p) - 0.82));
  float aa = fwidth(p.x) * 1.2;
  float ink = 1.0 - smoothstep(0.09 - aa, 0.09 + aa, d);
  float halo = 1.0 - smoothstep(0.2 - aa, 0.2 + aa, d);
  float a = max(ink, halo * 0.95) * (vActive > 0.5 ? 1.0 : 0.45);
  if (a < 0.01) discard;
  gl_FragColor = vec4(mix(uHalo, uInk, ink), a);
  #include <colorspace_fragment>
}`,
  });
}
