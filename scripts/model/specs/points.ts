/** Point helpers for muscle specs: landmarks and positions along limb segments (left side). */
import { RIG } from '../rig';
import { add, type V3, v } from '../vec';

export { L } from '../landmarkTable';
export { v };

const { shoulderJoint: sh, elbow: el, wrist: wr, hip, knee, ankle, forearmDir: fd } = RIG;

/** Along the upper arm (t=0 shoulder joint, 1 elbow), offset lateral (dx) and forward (dz). */
export const arm = (t: number, dx = 0, dz = 0): V3 => add(RIG.at(sh, el, t), v(dx, 0, dz));
/** Along the forearm (t=0 elbow, 1 wrist). */
export const fore = (t: number, dx = 0, dz = 0): V3 => add(RIG.at(el, wr, t), v(dx, 0, dz));
/** Along the hand from the wrist (t in metres along the hand axis). */
export const hand = (t: number, dx = 0, dz = 0): V3 => add(add(wr, [fd[0] * t, fd[1] * t, 0]), v(dx, 0, dz));
/** Along the thigh (t=0 hip joint, 1 knee). */
export const thigh = (t: number, dx = 0, dz = 0): V3 => add(RIG.at(hip, knee, t), v(dx, 0, dz));
/** Along the leg (t=0 knee, 1 ankle). */
export const leg = (t: number, dx = 0, dz = 0): V3 => add(RIG.at(knee, ankle, t), v(dx, 0, dz));
/** Offset from a point. */
export const off = (p: V3, dx: number, dy: number, dz: number): V3 => add(p, v(dx, dy, dz));
