/**
 * A simplified skeleton: each bone an implicit shape on the rig and landmarks, kept at least 4 mm
 * inside the skin. Paired bones are built on the left and mirrored.
 */
import { RIG } from './rig';
import { capsule, ellipsoid, type Sdf, taperedCapsule, union } from './sdf';
import { skinSdf } from './skin';
import { L, off } from './specs/points';
import { add, lerp, type V3, v } from './vec';

export interface BoneSpec {
  id: string;
  name: string;
  paired: boolean;
  sdf: Sdf;
  box: { min: V3; max: V3 };
}

const { shoulderJoint: sh, elbow: el, wrist: wr, hip, knee, ankle, forearmDir: fd } = RIG;
const inset = (s: Sdf): Sdf => (x, y, z) => Math.max(s(x, y, z), skinSdf(x, y, z) + 0.004);
const chain = (pts: V3[], r: number): Sdf => union(pts.slice(1).map((p, i) => capsule(pts[i] as V3, p, r)));
const box = (min: V3, max: V3) => ({ min, max });

function ribs(): Sdf {
  const parts: Sdf[] = [];
  for (let i = 0; i < 10; i++) {
    const y = 1.415 - i * 0.026;
    const sx = 0.06 + Math.min(i, 6) * 0.012, sz = 0.055 + Math.min(i, 6) * 0.006;
    const cz = -0.015;
    const pts: V3[] = [];
    for (let k = 0; k <= 12; k++) {
      const a = -Math.PI / 2 + (k / 12) * Math.PI * (i < 7 ? 0.96 : 0.8);
      // from the spine (back, a = -90°) round the side to the front
      pts.push(v(Math.max(0, Math.cos(a) * sx) + 0.012 * Math.sin((k / 12) * Math.PI), y - 0.03 * Math.sin((k / 12) * Math.PI * 0.5), cz + Math.sin(a) * sz));
    }
    parts.push(chain(pts, 0.0055));
  }
  parts.push(taperedCapsule(v(0, 1.43, 0.07), v(0, 1.22, 0.075), 0.012, 0.008));
  const left = union(parts);
  return (x, y, z) => left(Math.abs(x), y, z);
}

export const BONES: BoneSpec[] = ([
  {
    id: 'skull', name: 'skull', paired: false, box: box(v(-0.09, 1.5, -0.12), v(0.09, 1.76, 0.12)),
    sdf: union([ellipsoid(RIG.headCentre, v(0.066, 0.09, 0.088)), ellipsoid(v(0, 1.6, 0.035), v(0.05, 0.055, 0.055))]),
  },
  {
    id: 'mandible', name: 'mandible', paired: false, box: box(v(-0.07, 1.5, -0.03), v(0.07, 1.62, 0.09)),
    sdf: (x, y, z) => chain([off(L('tmj'), -0.006, -0.004, 0), off(L('mandible-angle'), -0.006, 0.004, 0.004), off(L('chin'), 0, 0.008, -0.01)], 0.007)(Math.abs(x), y, z),
  },
  {
    id: 'spine', name: 'vertebral column', paired: false, box: box(v(-0.05, 0.82, -0.12), v(0.05, 1.6, 0.02)),
    sdf: chain([v(0, 1.58, -0.02), off(L('c7-spinous'), 0, 0, 0.035), off(L('t7-spinous'), 0, 0, 0.04), off(L('t12-spinous'), 0, 0, 0.045), off(L('l3-spinous'), 0, 0, 0.045), off(L('sacrum'), 0, 0, 0.03), off(L('coccyx'), 0, 0.01, 0.015)], 0.014),
  },
  { id: 'ribcage', name: 'ribcage and sternum', paired: false, box: box(v(-0.16, 1.1, -0.11), v(0.16, 1.46, 0.11)), sdf: ribs() },
  {
    id: 'pelvis', name: 'pelvis', paired: false, box: box(v(-0.16, 0.82, -0.12), v(0.16, 1.05, 0.1)),
    sdf: (x, y, z) => union([
      ellipsoid(v(0.085, 0.97, -0.02), v(0.05, 0.055, 0.022)),
      chain([off(L('psis'), -0.005, 0, 0.015), off(L('iliac-crest'), -0.012, -0.006, 0), off(L('asis'), -0.005, 0, -0.012), v(0.08, 0.9, 0.035), v(0.012, 0.87, 0.045)], 0.008),
      chain([v(0.08, 0.9, 0.035), v(0.065, 0.85, -0.03), v(0.02, 0.86, 0.03)], 0.008),
      ellipsoid(v(0, 0.92, -0.05), v(0.04, 0.06, 0.02)),
    ])(Math.abs(x), y, z),
  },
  { id: 'clavicle', name: 'clavicle', paired: true, box: box(v(0, 1.38, -0.05), v(0.22, 1.5, 0.1)), sdf: chain([off(L('sternoclavicular'), 0.004, 0, -0.006), off(L('clavicle-mid'), 0, -0.002, -0.006), off(L('acromion'), -0.01, -0.006, 0)], 0.0065) },
  {
    id: 'scapula', name: 'scapula', paired: true, box: box(v(0, 1.2, -0.15), v(0.22, 1.48, 0.06)),
    sdf: union([
      chain([off(L('superior-angle'), 0, 0, 0.012), off(L('inferior-angle'), 0, 0.01, 0.014), v(0.15, 1.37, -0.04), off(L('superior-angle'), 0, 0, 0.012)], 0.006),
      chain([off(L('spine-root'), 0, 0, 0.008), off(L('acromion'), -0.006, -0.008, -0.01)], 0.006),
      ellipsoid(v(0.11, 1.33, -0.072), v(0.035, 0.055, 0.006)),
      chain([v(0.15, 1.39, -0.02), off(L('coracoid'), 0, 0, -0.012)], 0.006),
    ]),
  },
  {
    id: 'humerus', name: 'humerus', paired: true, box: box(v(0.1, 1.03, -0.07), v(0.3, 1.46, 0.07)),
    sdf: union([capsule(sh, el, 0.011), ellipsoid(add(sh, v(0.004, 0.004, 0)), v(0.024, 0.024, 0.024)), ellipsoid(el, v(0.03, 0.012, 0.014))]),
  },
  {
    id: 'radius-ulna', name: 'radius and ulna', paired: true, box: box(v(0.15, 0.8, -0.06), v(0.36, 1.1, 0.06)),
    sdf: union([taperedCapsule(add(el, v(0.012, -0.01, 0)), add(wr, v(0.012, 0.005, 0)), 0.006, 0.01), taperedCapsule(add(el, v(-0.01, 0, -0.012)), add(wr, v(-0.012, 0.005, -0.002)), 0.01, 0.006)]),
  },
  {
    id: 'hand', name: 'hand bones', paired: true, box: box(v(0.2, 0.6, -0.05), v(0.45, 0.87, 0.07)),
    sdf: union([
      ellipsoid(add(wr, [fd[0] * 0.045, fd[1] * 0.045, 0.004]), v(0.03, 0.04, 0.007)),
      ...[-0.018, -0.006, 0.006, 0.018].map((dx) => capsule(add(wr, [fd[0] * 0.08 + dx, fd[1] * 0.08, 0.006]), add(wr, [fd[0] * 0.165 + dx, fd[1] * 0.165, 0.008]), 0.005)),
      capsule(add(wr, v(0.028, -0.022, 0.012)), add(wr, v(0.052, -0.076, 0.028)), 0.005),
    ]),
  },
  {
    id: 'femur', name: 'femur', paired: true, box: box(v(0, 0.42, -0.08), v(0.22, 0.98, 0.08)),
    sdf: union([capsule(hip, off(knee, 0, 0.02, 0), 0.014), ellipsoid(hip, v(0.024, 0.024, 0.024)), capsule(hip, off(L('greater-trochanter'), -0.012, 0, 0), 0.014), ellipsoid(off(knee, 0, 0.022, -0.008), v(0.032, 0.02, 0.024))]),
  },
  { id: 'patella', name: 'patella', paired: true, box: box(v(0, 0.45, -0.05), v(0.2, 0.6, 0.1)), sdf: ellipsoid(off(L('patella'), 0, 0, -0.006), v(0.02, 0.022, 0.008)) },
  {
    id: 'tibia-fibula', name: 'tibia and fibula', paired: true, box: box(v(0, 0.02, -0.08), v(0.2, 0.52, 0.08)),
    sdf: union([taperedCapsule(off(knee, 0, -0.02, 0), off(ankle, -0.01, 0.005, 0.004), 0.016, 0.011), ellipsoid(off(knee, 0, -0.026, -0.004), v(0.031, 0.013, 0.024)), capsule(off(L('fibular-head'), -0.008, 0, 0.004), off(L('lateral-malleolus'), -0.006, 0.004, 0), 0.006)]),
  },
  {
    id: 'foot', name: 'foot bones', paired: true, box: box(v(0, -0.01, -0.12), v(0.2, 0.09, 0.23)),
    sdf: union([ellipsoid(v(0.085, 0.035, -0.04), v(0.018, 0.022, 0.035)), ellipsoid(v(0.088, 0.04, 0.04), v(0.03, 0.018, 0.05)), ...[0.068, 0.082, 0.096, 0.11, 0.122].map((x, i) => capsule(v(x, 0.035, 0.07), v(x + 0.004, 0.018, 0.175 - i * 0.012), 0.0055))]),
  },
] satisfies BoneSpec[]).map((b) => ({ ...b, sdf: inset(b.sdf) }));

void lerp;
