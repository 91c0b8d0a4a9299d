import { Color, FrontSide, MeshStandardMaterial } from 'three';
import { PALETTE } from './palette';

/** Name of the skin's per-vertex referral attribute: (spillover-or-essential, essential, user paint), 0 or 1 each. */
export const REFERRAL_ATTRIBUTE = 'aReferral';

export interface SkinMaterial extends MeshStandardMaterial {
  userData: { uniforms: { uPixelRatio: { value: number }; uPaint: { value: Color }; uPaintDark: { value: Color }; uSpillBack: { value: Color }; uUser: { value: Color } } };
}

/**
 * The skin, plus the referral zones painted on it in the same draw call. Every fragment composites
 * the painted zone over the (possibly see-through, possibly invisible) skin:
 *   essential zone  solid red
 *   spillover zone  red stipple (screen-space dots) on a pale ground
 *   zone edges      a thin dark line (fwidth of the weights)
 * Unpainted fragments of a fully transparent skin are discarded, so the zones stay visible with
 * the skin hidden. Colour is never the only signal: solid vs dotted tells the two zones apart.
 */
export function createSkinMaterial(): SkinMaterial {
  const material = new MeshStandardMaterial({ color: PALETTE.skin, roughness: 0.7, side: FrontSide }) as SkinMaterial;
  const uniforms = {
    uPixelRatio: { value: 1 },
    uPaint: { value: new Color(PALETTE.referral) },
    uPaintDark: { value: new Color(PALETTE.referralEdge) },
    uSpillBack: { value: new Color(PALETTE.referralGround) },
    uUser: { value: new Color(PALETTE.user) },
  };
  material.userData = { uniforms };
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms);
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\nattribute vec3 ${REFERRAL_ATTRIBUTE};\nvarying vec3 vReferral;`)
      .replace('#include <begin_vertex>', `#include <begin_vertex>\n  vReferral = ${REFERRAL_ATTRIBUTE};`);
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
varying vec3 vReferral;
uniform float uPixelRatio;
uniform vec3 uUser;
uniform vec3 uPaint;
uniform vec3 uPaintDark;
uniform vec3 uSpillBack;`,
      )
      .replace(
        '#include <opaque_fragment>',
        `#include <opaque_fragment>
  {
    float any = vReferral.x;
    float ess = vReferral.y;
    float paintA = 0.0;
    vec3 paint = uPaint;
    if (ess > 0.5) {
      paintA = 0.93;
    } else if (any > 0.5) {
      float spacing = 6.0 * uPixelRatio;
      vec2 cell = mod(gl_FragCoord.xy, spacing) - 0.5 * spacing;
      float dotMask = 1.0 - smoothstep(1.1 * uPixelRatio, 1.9 * uPixelRatio, length(cell));
      paint = mix(uSpillBack, uPaint, dotMask);
      paintA = mix(0.55, 1.0, dotMask);
    }
    float wAny = fwidth(any) * 1.5 + 1e-4;
    float wEss = fwidth(ess) * 1.5 + 1e-4;
    float edge = max(1.0 - smoothstep(0.0, wAny, abs(any - 0.5)), 1.0 - smoothstep(0.0, wEss, abs(ess - 0.5)));
    if (any > 0.02 || ess > 0.02) {
      paint = mix(paint, uPaintDark, edge);
      paintA = max(paintA, edge);
    }
    // The user's own painting: blue diagonal hatching over whatever is below (so a drawn answer and
    // the true pattern can be compared in one picture), with its own edge line.
    float mine = vReferral.z;
    if (mine > 0.02) {
      float spacingU = 7.0 * uPixelRatio;
      float stripe = abs(mod(gl_FragCoord.x + gl_FragCoord.y, spacingU) - 0.5 * spacingU);
      float hatch = 1.0 - smoothstep(1.0 * uPixelRatio, 1.8 * uPixelRatio, stripe);
      float wU = fwidth(mine) * 1.5 + 1e-4;
      float edgeU = 1.0 - smoothstep(0.0, wU, abs(mine - 0.5));
      float userA = mine > 0.5 ? max(hatch * 0.95, 0.28) : 0.0;
      userA = max(userA, edgeU);
      float overA = userA + paintA * (1.0 - userA);
      paint = (uUser * userA + paint * paintA * (1.0 - userA)) / max(overA, 1e-4);
      paintA = overA;
    }
    float skinA = gl_FragColor.a;
    float outA = paintA + skinA * (1.0 - paintA);
    if (outA < 0.004) discard;
    gl_FragColor = vec4((paint * paintA + gl_FragColor.rgb * skinA * (1.0 - paintA)) / outA, outA);
  }`,
      );
  };
  material.customProgramCacheKey = () => 'myomap-skin-referral-user';
  return material;
}
