/**
 * The skin as one implicit surface: a smooth union of ellipsoids and tapered capsules laid on the
 * rig, written for the left side and mirrored, so the body is exactly symmetric.
 */
import { RIG } from './rig';
import { capsule, ellipsoid, mirrored, smoothUnion, taperedCapsule, type Sdf } from './sdf';
import { cachedSymmetricSdf } from './sdfCache';
import { add, type V3, v } from './vec';

const { H, shoulderJoint: sh, elbow: el, wrist: wr, hip, knee, ankle } = RIG;

function part(sdf: Sdf, k: number): { sdf: Sdf; k: number } {
  return { sdf, k };
}

/** Left half of the body (x ≥ 0); mirrored() makes the whole. */
function leftHalf(): Sdf {
  const forearmAt = (t: number): V3 => RIG.at(el, wr, t);
  const thighAt = (t: number): V3 => RIG.at(hip, knee, t);
  const shinAt = (t: number): V3 => RIG.at(knee, ankle, t);
  const d = RIG.forearmDir;
  const palmC = add(wr, [d[0] * 0.05, d[1] * 0.05, 0.004]);
  const fingerC = add(wr, [d[0] * 0.125, d[1] * 0.125, 0.008]);
  return smoothUnion([
    // head: cranium, face, jaw, nose, ears
    part(ellipsoid(RIG.headCentre, v(0.076, 0.102, 0.098)), 0.02),
    part(ellipsoid(v(0, 1.592, 0.03), v(0.064, 0.07, 0.07)), 0.04),
    part(ellipsoid(v(0, 1.546, 0.055), v(0.04, 0.03, 0.04)), 0.03),
    part(ellipsoid(v(0.045, 1.56, 0.01), v(0.018, 0.035, 0.045)), 0.03),
    part(capsule(v(0, 1.64, 0.098), v(0, 1.6, 0.112), 0.01), 0.02),
    part(ellipsoid(v(0.076, 1.625, -0.008), v(0.012, 0.03, 0.02)), 0.012),
    // neck
    part(taperedCapsule(v(0, 1.43, -0.025), v(0, 1.57, -0.015), 0.056, 0.047), 0.03),
    // shoulder girdle and trapezius slope
    part(taperedCapsule(v(0.0, 1.44, -0.03), v(0.15, 1.405, -0.025), 0.055, 0.045), 0.05),
    // chest, ribcage, waist, abdomen, pelvis
    part(ellipsoid(v(0, 1.29, -0.005), v(0.162, 0.17, 0.108)), 0.06),
    part(ellipsoid(v(0.075, 1.3, 0.045), v(0.075, 0.07, 0.06)), 0.04),
    part(ellipsoid(v(0, 1.1, 0.0), v(0.132, 0.16, 0.096)), 0.07),
    part(ellipsoid(v(0, 1.04, 0.028), v(0.115, 0.1, 0.08)), 0.06),
    part(ellipsoid(v(0, 0.935, -0.005), v(0.15, 0.12, 0.105)), 0.07),
    // buttocks
    part(ellipsoid(v(0.068, 0.9, -0.05), v(0.085, 0.1, 0.072)), 0.05),
    // deltoid cap and arm
    part(ellipsoid(add(sh, v(0.012, -0.01, 0)), v(0.048, 0.065, 0.05)), 0.05),
    part(taperedCapsule(sh, el, 0.046, 0.036), 0.03),
    part(ellipsoid(RIG.at(sh, el, 0.45), v(0.042, 0.11, 0.045)), 0.03),
    // forearm: fleshy near the elbow, flat towards the wrist
    part(taperedCapsule(el, wr, 0.037, 0.024), 0.025),
    part(ellipsoid(forearmAt(0.28), v(0.042, 0.1, 0.036)), 0.03),
    // hand: palm faces forward (+Z); thumb on the lateral side
    part(ellipsoid(palmC, v(0.043, 0.052, 0.016)), 0.02),
    part(ellipsoid(fingerC, v(0.038, 0.052, 0.011)), 0.02),
    part(taperedCapsule(add(wr, v(0.03, -0.02, 0.012)), add(wr, v(0.058, -0.082, 0.03)), 0.014, 0.009), 0.015),
    // thigh, knee, calf
    part(taperedCapsule(hip, knee, 0.085, 0.05), 0.05),
    part(ellipsoid(add(thighAt(0.35), v(0.01, 0, 0.0)), v(0.075, 0.17, 0.078)), 0.05),
    part(ellipsoid(add(knee, v(0, 0.0, 0.01)), v(0.05, 0.055, 0.05)), 0.03),
    part(taperedCapsule(knee, ankle, 0.048, 0.03), 0.03),
    part(ellipsoid(add(shinAt(0.3), v(0.0, 0, -0.028)), v(0.05, 0.12, 0.048)), 0.04),
    // foot
    part(taperedCapsule(RIG.heel, add(RIG.toe, v(0, 0, -0.045)), 0.032, 0.022), 0.03),
    part(ellipsoid(v(0.09, 0.035, 0.075), v(0.042, 0.032, 0.1)), 0.03),
    part(taperedCapsule(add(RIG.heel, v(0, 0.02, 0.02)), ankle, 0.03, 0.032), 0.02),
  ]);
}

/** The exact skin SDF: used to polygonise the skin itself. */
export const exactSkinSdf: Sdf = mirrored(leftHalf());

export const SKIN_BOUNDS = { min: v(-0.42, -0.01, -0.2), max: v(0.42, H + 0.01, 0.24) };

/** A sampled copy for the many depth-under-the-skin queries made while shaping muscles and bones. */
export const skinSdf: Sdf = cachedSymmetricSdf(exactSkinSdf, SKIN_BOUNDS, 0.004);

