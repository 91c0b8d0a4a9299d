/**
 * Joint centres and body dimensions of the generated adult, in metres, for the LEFT side (+X);
 * the right side is the mirror image. Heights are fractions of stature H from Drillis & Contini
 * (1966, "Body segment parameters", segment lengths as fractions of height): eye 0.936 H, chin
 * 0.870 H, shoulder 0.818 H, chest 0.720 H, elbow 0.630 H, hip (trochanter) 0.530 H, wrist 0.485 H,
 * fingertip 0.377 H, knee 0.285 H, ankle 0.039 H; widths: shoulders 0.259 H (bideltoid), chest
 * 0.174 H, hips 0.191 H, foot length 0.152 H, foot width 0.055 H. Depths and girths are from adult
 * means of the ANSUR II survey (Gordon et al., 2014), rounded.
 */
import { add, lerp, type V3, v } from './vec';

export const H = 1.75;
const f = (ratio: number): number => ratio * H;

/** Slight abduction of the arm (degrees) so the arm's skin does not fuse with the trunk's. */
const ARM_ABDUCTION = 9;
const CARRYING_ANGLE = 11;

const shoulderJoint: V3 = v(0.175, f(0.8), -0.012);
const upperArm = f(0.186);
const forearm = f(0.146);
const rad = (deg: number): number => (deg * Math.PI) / 180;
const elbow: V3 = add(shoulderJoint, v(Math.sin(rad(ARM_ABDUCTION)) * upperArm, -Math.cos(rad(ARM_ABDUCTION)) * upperArm, 0));
const fa = rad(ARM_ABDUCTION + CARRYING_ANGLE);
const wrist: V3 = add(elbow, v(Math.sin(fa) * forearm, -Math.cos(fa) * forearm, 0.01));
const hand = f(0.108);
const handTip: V3 = add(wrist, v(Math.sin(fa) * hand * 0.8, -Math.cos(fa) * hand, 0.012));

const hip: V3 = v(0.088, f(0.52), 0.0);
const knee: V3 = v(0.092, f(0.285), 0.008);
const ankle: V3 = v(0.085, f(0.039) + 0.005, -0.012);

export const RIG = {
  H,
  headCentre: v(0, f(0.935), -0.005),
  chin: v(0, f(0.872), 0.075),
  neckBase: v(0, f(0.815), -0.025),
  neckTop: v(0, f(0.87), -0.02),
  shoulderJoint,
  elbow,
  wrist,
  handTip,
  forearmDir: [Math.sin(fa), -Math.cos(fa), 0] as V3,
  chestY: f(0.72),
  waistY: f(0.615),
  pelvisY: f(0.555),
  hip,
  knee,
  ankle,
  heel: v(0.085, 0.03, -0.06),
  toe: v(0.098, 0.022, 0.185),
  /** A point a fraction t of the way from a to b. */
  at: (a: V3, b: V3, t: number): V3 => lerp(a, b, t),
};

export type Rig = typeof RIG;
