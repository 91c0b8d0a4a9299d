/**
 * Positions of the landmarks (ids in src/domain/anatomy/landmarks.ts), written for the LEFT side
 * (+X) and mirrored. Each palpable landmark is a rough point inside the body plus the direction in
 * which a therapist would feel it; it is snapped to 4 mm under the skin in that direction. Deep
 * landmarks (transverse processes, first rib) keep their given position.
 */
import { RIG } from './rig';
import { exactSkinSdf } from './skin';
import { snapToSurface } from './surface';
import { add, scale, type V3, v } from './vec';

const { elbow: el, wrist: wr, knee, ankle, forearmDir: fd } = RIG;
const up: V3 = [0, 1, 0], fwd: V3 = [0, 0, 1], back: V3 = [0, 0, -1], lat: V3 = [1, 0, 0], med: V3 = [-1, 0, 0];

type Spec = [p: V3, dir: V3 | null];

const HAND = (t: number, dx: number, dz = 0): V3 => add(add(wr, scale(fd, t)), v(dx, 0, dz));

const SPECS: Record<string, Spec> = {
  // midline
  vertex: [v(0, 1.7, 0), up],
  glabella: [v(0, 1.668, 0.05), fwd],
  nasion: [v(0, 1.652, 0.06), fwd],
  'nose-tip': [v(0, 1.61, 0.09), fwd],
  chin: [v(0, 1.535, 0.05), v(0, -0.4, 1)],
  inion: [v(0, 1.625, -0.05), back],
  occiput: [v(0, 1.595, -0.05), back],
  hyoid: [v(0, 1.505, 0.02), v(0, -0.2, 1)],
  'c2-spinous': [v(0, 1.555, -0.03), back],
  'c4-spinous': [v(0, 1.51, -0.03), back],
  'c7-spinous': [v(0, 1.458, -0.05), v(0, 0.3, -1)],
  't3-spinous': [v(0, 1.39, -0.06), back],
  't7-spinous': [v(0, 1.28, -0.06), back],
  't12-spinous': [v(0, 1.13, -0.05), back],
  'l3-spinous': [v(0, 1.035, -0.04), back],
  'l5-spinous': [v(0, 0.975, -0.05), back],
  sacrum: [v(0, 0.92, -0.06), back],
  coccyx: [v(0, 0.85, -0.05), v(0, -0.3, -1)],
  'jugular-notch': [v(0, 1.438, 0.02), fwd],
  'sternal-angle': [v(0, 1.39, 0.05), fwd],
  xiphoid: [v(0, 1.2, 0.05), fwd],
  umbilicus: [v(0, 1.04, 0.05), fwd],
  'pubic-symphysis': [v(0, 0.865, 0.05), v(0, -0.3, 1)],
  // head and neck
  temple: [v(0.05, 1.655, 0.03), v(1, 0, 0.25)],
  'frontal-eminence': [v(0.03, 1.7, 0.04), v(0.3, 0.4, 1)],
  'parietal-eminence': [v(0.05, 1.7, -0.03), v(1, 0.6, -0.3)],
  'zygomatic-arch': [v(0.05, 1.625, 0.035), v(1, 0, 0.2)],
  tmj: [v(0.05, 1.605, 0.005), lat],
  mastoid: [v(0.045, 1.585, -0.03), v(1, -0.2, -0.6)],
  'mandible-angle': [v(0.045, 1.542, 0.0), v(1, -0.4, -0.2)],
  coronoid: [v(0.05, 1.6, 0.032), lat],
  eye: [v(0.03, 1.64, 0.06), fwd],
  ear: [v(0.06, 1.625, -0.01), lat],
  'c3-transverse': [v(0.028, 1.53, -0.015), null],
  'first-rib': [v(0.05, 1.43, -0.005), null],
  // shoulder girdle and chest
  sternoclavicular: [v(0.025, 1.44, 0.05), fwd],
  'clavicle-mid': [v(0.09, 1.44, 0.04), v(0, 0.4, 1)],
  acromion: [v(0.175, 1.425, -0.01), v(0.3, 1, 0)],
  coracoid: [v(0.135, 1.4, 0.05), fwd],
  'superior-angle': [v(0.075, 1.42, -0.08), v(0, 0.2, -1)],
  'spine-root': [v(0.08, 1.365, -0.09), back],
  'inferior-angle': [v(0.09, 1.25, -0.09), back],
  'infraspinous-fossa': [v(0.115, 1.32, -0.09), back],
  'lateral-border': [v(0.13, 1.29, -0.08), v(0.5, 0, -1)],
  'greater-tubercle': [v(0.19, 1.395, 0.015), v(1, 0, 0.3)],
  'deltoid-tuberosity': [RIG.at(RIG.shoulderJoint, el, 0.42), lat],
  'anterior-axillary-fold': [v(0.145, 1.34, 0.04), v(0.3, 0, 1)],
  'posterior-axillary-fold': [v(0.145, 1.33, -0.06), v(0.3, 0, -1)],
  nipple: [v(0.095, 1.28, 0.06), fwd],
  'rib-5-lateral': [v(0.14, 1.25, 0.0), lat],
  'costal-margin': [v(0.09, 1.17, 0.05), v(0.3, 0, 1)],
  'rib-12': [v(0.11, 1.1, -0.04), v(0.5, 0, -1)],
  // arm and hand (anatomical position: palm forward, thumb lateral)
  'lateral-epicondyle': [add(el, v(0.02, 0, 0)), lat],
  'medial-epicondyle': [add(el, v(-0.02, 0, 0)), med],
  olecranon: [add(el, v(0, 0, -0.02)), back],
  'cubital-fossa': [add(el, v(0, 0, 0.02)), fwd],
  'radial-head': [add(RIG.at(el, wr, 0.1), v(0.02, 0, 0)), v(1, 0, -0.3)],
  'radial-styloid': [add(wr, v(0.015, 0.01, 0)), lat],
  'ulnar-styloid': [add(wr, v(-0.015, 0.01, -0.004)), med],
  'wrist-palmar': [add(wr, v(0, 0, 0.005)), fwd],
  'thenar-eminence': [HAND(0.035, 0.018, 0.005), fwd],
  'hypothenar-eminence': [HAND(0.045, -0.02, 0.005), fwd],
  'second-knuckle': [HAND(0.09, 0.015), back],
  'thumb-tip': [add(wr, v(0.055, -0.075, 0.028)), v(0.35, -1, 0.25)],
  'index-tip': [HAND(0.15, 0.022, 0.008), fd],
  'middle-fingertip': [HAND(0.16, 0.004, 0.008), fd],
  'little-fingertip': [HAND(0.15, -0.024, 0.008), fd],
  // pelvis and hip
  'iliac-crest': [v(0.13, 1.02, -0.02), v(1, 0.3, 0)],
  'iliac-tubercle': [v(0.13, 1.0, 0.025), v(1, 0, 0.3)],
  asis: [v(0.1, 0.97, 0.06), v(0.3, 0, 1)],
  psis: [v(0.045, 0.965, -0.08), back],
  'inguinal-mid': [v(0.08, 0.91, 0.07), v(0, -0.2, 1)],
  'pubic-tubercle': [v(0.025, 0.875, 0.06), fwd],
  'greater-trochanter': [v(0.15, 0.905, 0.0), lat],
  'ischial-tuberosity': [v(0.06, 0.84, -0.05), v(0, -1, -0.6)],
  'gluteal-fold': [v(0.08, 0.805, -0.06), back],
  // knee, leg and foot
  patella: [add(knee, v(0, 0.02, 0.03)), fwd],
  'tibial-tuberosity': [add(knee, v(0, -0.06, 0.025)), fwd],
  'lateral-femoral-condyle': [add(knee, v(0.03, 0.01, 0)), lat],
  'medial-femoral-condyle': [add(knee, v(-0.03, 0.01, 0)), med],
  'fibular-head': [add(knee, v(0.03, -0.04, -0.01)), v(1, 0, -0.3)],
  'popliteal-fossa': [add(knee, v(0, 0, -0.02)), back],
  'lateral-malleolus': [add(ankle, v(0.02, -0.012, -0.005)), lat],
  'medial-malleolus': [add(ankle, v(-0.02, 0, 0)), med],
  heel: [add(RIG.heel, v(0, 0, -0.01)), v(0, -0.3, -1)],
  navicular: [v(0.07, 0.04, 0.05), med],
  'first-metatarsal-head': [v(0.07, 0.025, 0.14), med],
  'fifth-metatarsal-base': [v(0.11, 0.025, 0.06), lat],
  'big-toe-tip': [v(0.075, 0.02, 0.19), fwd],
};

/** Landmark id → position on the LEFT side (x ≥ 0; midline landmarks at x = 0). */
export const LANDMARK_POS: ReadonlyMap<string, V3> = new Map(
  Object.entries(SPECS).map(([id, [p, dir]]) => [id, dir ? snapToSurface(exactSkinSdf, p, dir) : p]),
);

/** Position of a landmark on the left side; throws for an unknown id so typos fail the build. */
export function L(id: string): V3 {
  const p = LANDMARK_POS.get(id);
  if (!p) throw new Error(`unknown landmark ${id}`);
  return p;
}
