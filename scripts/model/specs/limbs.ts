import type { MuscleSpec } from '../muscleShape';
import { RIG } from '../rig';
import { arm, fore, hand, L, leg, off, thigh, v } from './points';

const { wrist: wr, knee } = RIG;

export const ARM: MuscleSpec[] = [
  { kind: 'sheet', id: 'biceps-brachii', origin: [arm(0.1, -0.012, 0.035), arm(0.1, 0.012, 0.038)], insertion: [arm(1.02, 0.0, 0.025)], fibres: 4, thickness: 0.015 },
  { kind: 'sheet', id: 'brachialis', origin: [arm(0.5, -0.02, 0.02), arm(0.5, 0.025, 0.02)], insertion: [arm(1.08, 0, 0.015)], fibres: 4 },
  { kind: 'sheet', id: 'coracobrachialis', origin: [arm(0.06, -0.02, 0.035)], insertion: [arm(0.45, -0.035, 0.0)], fibres: 2, width: 0.01 },
  { kind: 'sheet', id: 'triceps-brachii', origin: [arm(0.08, -0.02, -0.04), arm(0.12, 0.025, -0.04)], insertion: [L('olecranon')], fibres: 5, thickness: 0.015 },
  { kind: 'sheet', id: 'brachioradialis', origin: [arm(0.72, 0.035, 0.0)], insertion: [L('radial-styloid')], via: [[fore(0.28, 0.035, 0.012)]], fibres: 1, width: 0.014 },
  { kind: 'sheet', id: 'wrist-extensors', origin: [off(L('lateral-epicondyle'), 0, 0.015, 0.0), off(L('lateral-epicondyle'), -0.004, -0.005, -0.01)], insertion: [off(wr, 0.02, -0.008, -0.006), off(wr, 0.01, -0.008, -0.013)], fibres: 3 },
  { kind: 'sheet', id: 'finger-extensors', origin: [off(L('lateral-epicondyle'), -0.006, -0.008, -0.016), off(L('olecranon'), 0.012, -0.02, 0)], insertion: [off(wr, 0.0, -0.01, -0.015), off(wr, -0.016, -0.01, -0.012)], fibres: 3 },
  { kind: 'sheet', id: 'wrist-flexors', origin: [off(L('medial-epicondyle'), 0, 0, 0.01), off(L('medial-epicondyle'), 0, -0.01, -0.005)], insertion: [off(wr, 0.008, -0.008, 0.013), off(wr, -0.017, -0.008, 0.008)], fibres: 4 },
  { kind: 'sheet', id: 'pronator-teres', origin: [off(L('medial-epicondyle'), 0.006, 0.006, 0.012)], insertion: [fore(0.45, 0.03, 0.012)], fibres: 1, width: 0.011 },
  { kind: 'sheet', id: 'finger-flexors', origin: [fore(0.12, -0.02, 0.018), fore(0.15, 0.01, 0.02)], insertion: [off(wr, 0.004, -0.01, 0.01), off(wr, -0.012, -0.01, 0.008)], fibres: 3, outer: 0.014, thickness: 0.008 },
  { kind: 'belly', id: 'supinator', path: [off(L('lateral-epicondyle'), -0.008, -0.012, 0.004), fore(0.3, 0.018, 0.01)], radius: 0.009, minDepth: 0.016 },
  // hand
  { kind: 'sheet', id: 'thenar-muscles', origin: [off(wr, 0.012, -0.012, 0.014)], insertion: [off(wr, 0.038, -0.05, 0.026), off(wr, 0.03, -0.06, 0.022)], fibres: 3, width: 0.008, outer: 0.0015, thickness: 0.007 },
  { kind: 'belly', id: 'adductor-pollicis', path: [hand(0.07, 0.0, 0.006), off(wr, 0.036, -0.058, 0.02)], radius: 0.006, minDepth: 0.004 },
  { kind: 'sheet', id: 'first-dorsal-interosseous', origin: [off(wr, 0.03, -0.04, -0.004)], insertion: [hand(0.1, 0.022, -0.006)], fibres: 2, width: 0.007, outer: 0.0015, thickness: 0.006 },
  { kind: 'sheet', id: 'hypothenar-muscles', origin: [off(wr, -0.018, -0.015, 0.01)], insertion: [hand(0.09, -0.03, 0.006)], fibres: 2, width: 0.008, outer: 0.0015, thickness: 0.006 },
];

export const LEG: MuscleSpec[] = [
  // hip
  { kind: 'sheet', id: 'gluteus-maximus', origin: [off(L('psis'), 0.008, 0.03, 0.005), off(L('sacrum'), 0.015, 0, 0), off(L('coccyx'), 0.006, 0, 0)], insertion: [v(0.155, 0.885, -0.035), v(0.14, 0.79, -0.04)], fibres: 7, thickness: 0.015 },
  { kind: 'sheet', id: 'gluteus-medius', origin: [v(0.07, 1.0, -0.075), v(0.125, 1.025, -0.03), v(0.125, 1.0, 0.03)], insertion: [off(L('greater-trochanter'), 0, 0.02, -0.01)], fibres: 6 },
  { kind: 'sheet', id: 'gluteus-minimus', origin: [v(0.1, 0.985, -0.05), v(0.125, 0.985, 0.02)], insertion: [off(L('greater-trochanter'), 0, 0.02, 0.01)], fibres: 5 },
  { kind: 'belly', id: 'piriformis', path: [v(0.02, 0.9, -0.07), v(0.145, 0.915, -0.025)], radius: 0.014, minDepth: 0.036 },
  { kind: 'sheet', id: 'tensor-fasciae-latae', origin: [L('asis'), v(0.135, 0.99, 0.03)], insertion: [v(0.16, 0.8, 0.015), v(0.148, 0.78, 0.035)], fibres: 3 },
  // thigh
  { kind: 'sheet', id: 'sartorius', origin: [L('asis')], insertion: [off(knee, -0.04, -0.06, 0.0)], via: [[thigh(0.3, 0.0, 0.08)], [thigh(0.7, -0.055, 0.0)]], fibres: 1, width: 0.011 },
  { kind: 'sheet', id: 'rectus-femoris', origin: [v(0.09, 0.925, 0.07), v(0.12, 0.915, 0.065)], insertion: [off(L('patella'), -0.008, 0.045, 0), off(L('patella'), 0.008, 0.045, 0)], fibres: 3, width: 0.022, thickness: 0.016 },
  { kind: 'sheet', id: 'vastus-lateralis', origin: [v(0.14, 0.875, 0.05), v(0.155, 0.865, 0.0), v(0.14, 0.83, -0.035)], insertion: [off(L('patella'), 0.03, 0.03, -0.005), off(L('lateral-femoral-condyle'), 0, 0.03, 0)], fibres: 5, thickness: 0.016 },
  { kind: 'sheet', id: 'vastus-medialis', origin: [thigh(0.4, -0.045, 0.04), thigh(0.5, -0.065, 0.0)], insertion: [off(L('patella'), -0.028, 0.025, -0.005), off(L('medial-femoral-condyle'), 0, 0.03, 0)], fibres: 4, thickness: 0.016 },
  { kind: 'sheet', id: 'vastus-intermedius', origin: [thigh(0.12, -0.01, 0.07), thigh(0.12, 0.04, 0.05)], insertion: [off(L('patella'), -0.01, 0.05, 0), off(L('patella'), 0.01, 0.05, 0)], fibres: 4 },
  { kind: 'sheet', id: 'biceps-femoris', origin: [L('ischial-tuberosity'), thigh(0.5, 0.045, -0.05)], insertion: [L('fibular-head'), off(L('fibular-head'), -0.01, 0.04, -0.01)], fibres: 3, thickness: 0.015 },
  { kind: 'sheet', id: 'semitendinosus', origin: [off(L('ischial-tuberosity'), -0.01, 0, 0)], insertion: [off(knee, -0.035, -0.065, -0.005)], via: [[thigh(0.55, -0.02, -0.07)]], fibres: 2, width: 0.016, thickness: 0.015 },
  { kind: 'sheet', id: 'semimembranosus', origin: [off(L('ischial-tuberosity'), -0.01, -0.01, 0.01), off(L('ischial-tuberosity'), 0.01, -0.01, 0.01)], insertion: [off(knee, -0.045, -0.01, -0.03), off(knee, -0.03, -0.01, -0.035)], fibres: 3 },
  { kind: 'sheet', id: 'adductor-longus', origin: [L('pubic-tubercle')], insertion: [thigh(0.55, -0.045, 0.01), thigh(0.5, -0.05, -0.01)], fibres: 3 },
  { kind: 'sheet', id: 'adductor-magnus', origin: [v(0.03, 0.85, 0.0), v(0.06, 0.835, -0.05)], insertion: [thigh(0.5, -0.05, -0.03), off(L('medial-femoral-condyle'), 0, 0.06, -0.01)], fibres: 5 },
  { kind: 'sheet', id: 'gracilis', origin: [v(0.018, 0.862, 0.03)], insertion: [off(knee, -0.045, -0.05, -0.012)], via: [[thigh(0.5, -0.075, -0.01)]], fibres: 1, width: 0.012 },
  { kind: 'sheet', id: 'pectineus', origin: [v(0.035, 0.885, 0.06), v(0.06, 0.895, 0.06)], insertion: [thigh(0.2, -0.03, 0.03)], fibres: 3 },
  // lower leg
  { kind: 'sheet', id: 'gastrocnemius', origin: [off(knee, -0.035, 0.03, -0.03), off(knee, 0.035, 0.03, -0.03)], insertion: [leg(0.72, 0, -0.035)], via: [[leg(0.32, -0.025, -0.055), leg(0.32, 0.025, -0.055)]], fibres: 6, thickness: 0.016 },
  { kind: 'sheet', id: 'soleus', origin: [leg(0.12, 0.035, -0.025), leg(0.15, -0.035, -0.025)], insertion: [leg(0.88, 0.005, -0.03), leg(0.88, -0.005, -0.03)], fibres: 5 },
  { kind: 'sheet', id: 'tibialis-anterior', origin: [leg(0.08, 0.022, 0.035), leg(0.08, 0.005, 0.04)], insertion: [off(L('navicular'), 0.004, 0.0, 0.02)], via: [[leg(0.6, 0.005, 0.035)]], fibres: 3 },
  { kind: 'sheet', id: 'fibularis-longus', origin: [L('fibular-head')], insertion: [off(L('lateral-malleolus'), 0, 0.03, -0.015)], via: [[leg(0.5, 0.04, -0.005)]], fibres: 2, width: 0.011 },
  { kind: 'sheet', id: 'fibularis-brevis', origin: [leg(0.45, 0.038, -0.005)], insertion: [L('fifth-metatarsal-base')], via: [[off(L('lateral-malleolus'), 0, 0.015, -0.01)]], fibres: 2, width: 0.009 },
  { kind: 'sheet', id: 'extensor-digitorum-longus', origin: [leg(0.1, 0.035, 0.022)], insertion: [v(0.1, 0.042, 0.12), v(0.115, 0.038, 0.11)], via: [[leg(0.7, 0.025, 0.03)]], fibres: 2, width: 0.01 },
  { kind: 'sheet', id: 'extensor-hallucis-longus', origin: [leg(0.4, 0.02, 0.03)], insertion: [v(0.075, 0.035, 0.15)], fibres: 1, width: 0.008 },
  { kind: 'belly', id: 'tibialis-posterior', path: [leg(0.1, 0.0, -0.012), leg(0.7, -0.01, -0.015), off(L('medial-malleolus'), 0.004, 0.02, -0.012)], radius: 0.012, minDepth: 0.03 },
  { kind: 'belly', id: 'flexor-digitorum-longus', path: [leg(0.25, -0.02, -0.015), leg(0.8, -0.022, -0.018)], radius: 0.01, minDepth: 0.022 },
  { kind: 'belly', id: 'popliteus', path: [off(knee, 0.028, 0.0, -0.02), leg(0.12, -0.02, -0.028)], radius: 0.01, minDepth: 0.03 },
  // foot
  { kind: 'sheet', id: 'abductor-hallucis', origin: [off(L('heel'), -0.02, 0.005, 0.02)], insertion: [off(L('first-metatarsal-head'), 0, -0.006, 0)], fibres: 2, width: 0.01, outer: 0.0015, thickness: 0.008 },
  { kind: 'sheet', id: 'flexor-digitorum-brevis', origin: [v(0.085, 0.004, -0.04)], insertion: [v(0.08, 0.004, 0.12), v(0.11, 0.004, 0.11)], fibres: 3, width: 0.01, outer: 0.0015, thickness: 0.007 },
  { kind: 'belly', id: 'quadratus-plantae', path: [v(0.085, 0.018, -0.035), v(0.09, 0.018, 0.04)], radius: 0.008, minDepth: 0.01 },
  { kind: 'sheet', id: 'abductor-digiti-minimi-foot', origin: [v(0.11, 0.01, -0.03)], insertion: [v(0.128, 0.01, 0.1)], fibres: 2, width: 0.008, outer: 0.0015, thickness: 0.007 },
  { kind: 'sheet', id: 'extensor-digitorum-brevis', origin: [v(0.115, 0.045, 0.03)], insertion: [v(0.095, 0.045, 0.12), v(0.112, 0.04, 0.11)], fibres: 3, width: 0.008, outer: 0.0015, thickness: 0.006 },
];
