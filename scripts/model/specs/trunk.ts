import type { MuscleSpec } from '../muscleShape';
import { arm, L, off, v } from './points';

export const SHOULDER_BACK_CHEST: MuscleSpec[] = [
  // shoulder
  { kind: 'sheet', id: 'anterior-deltoid', origin: [off(L('clavicle-mid'), 0.03, 0, 0), v(0.165, 1.44, 0.035)], insertion: [L('deltoid-tuberosity')], fibres: 5, thickness: 0.016 },
  { kind: 'sheet', id: 'middle-deltoid', origin: [v(0.175, 1.447, 0.022), v(0.185, 1.445, -0.025)], insertion: [L('deltoid-tuberosity')], fibres: 5, thickness: 0.016 },
  { kind: 'sheet', id: 'posterior-deltoid', origin: [v(0.17, 1.435, -0.045), v(0.12, 1.405, -0.085)], insertion: [L('deltoid-tuberosity')], fibres: 5, thickness: 0.016 },
  { kind: 'sheet', id: 'supraspinatus', origin: [v(0.065, 1.42, -0.075), v(0.085, 1.43, -0.07)], insertion: [v(0.175, 1.44, 0.0)], via: [[v(0.13, 1.44, -0.045)]], fibres: 3, width: 0.012 },
  { kind: 'sheet', id: 'infraspinatus', origin: [off(L('spine-root'), 0.005, -0.015, 0), v(0.085, 1.3, -0.1), off(L('inferior-angle'), 0.01, 0.025, 0)], insertion: [v(0.18, 1.405, -0.035)], fibres: 6 },
  { kind: 'sheet', id: 'teres-minor', origin: [v(0.13, 1.335, -0.08), v(0.12, 1.3, -0.085)], insertion: [v(0.182, 1.385, -0.035)], fibres: 3, width: 0.01 },
  { kind: 'sheet', id: 'teres-major', origin: [L('inferior-angle'), v(0.115, 1.275, -0.085)], insertion: [arm(0.18, -0.02, -0.01)], via: [[v(0.15, 1.31, -0.065)]], fibres: 3, width: 0.012 },
  { kind: 'belly', id: 'subscapularis', path: [v(0.07, 1.33, -0.065), v(0.12, 1.36, -0.04), v(0.155, 1.385, -0.01)], radius: 0.022, minDepth: 0.032, flatten: { axis: [0, 0, 1], factor: 0.45 } },
  // upper back
  { kind: 'sheet', id: 'upper-trapezius', origin: [off(L('inion'), 0, 0.005, 0), L('c2-spinous'), L('c7-spinous')], insertion: [v(0.12, 1.452, 0.012), v(0.17, 1.447, -0.012)], via: [[v(0.03, 1.6, -0.08), v(0.045, 1.53, -0.055), v(0.06, 1.47, -0.06)], [v(0.07, 1.47, -0.02), v(0.1, 1.465, -0.03), v(0.13, 1.455, -0.04)]], fibres: 7, over: ['levator-scapulae', 'middle-trapezius'], keep: { n: [-0.51, 0, 0.86], d: -0.022 } },
  { kind: 'sheet', id: 'middle-trapezius', origin: [off(L('c7-spinous'), 0, -0.01, 0), L('t3-spinous')], insertion: [v(0.165, 1.44, -0.03), v(0.1, 1.385, -0.09)], fibres: 5, over: ['posterior-deltoid', 'infraspinatus'] },
  { kind: 'sheet', id: 'lower-trapezius', origin: [v(0, 1.35, -0.1), L('t7-spinous'), L('t12-spinous')], insertion: [off(L('spine-root'), 0.005, 0.006, 0), off(L('spine-root'), 0.025, 0.012, 0)], fibres: 7, over: ['latissimus-dorsi', 'infraspinatus'] },
  { kind: 'sheet', id: 'rhomboids', origin: [off(L('c7-spinous'), 0, -0.01, 0), L('t3-spinous'), v(0, 1.32, -0.1)], insertion: [L('superior-angle'), L('spine-root'), L('inferior-angle')], fibres: 6 },
  { kind: 'sheet', id: 'serratus-posterior-superior', origin: [L('c7-spinous'), L('t3-spinous')], insertion: [v(0.07, 1.41, -0.085), v(0.085, 1.35, -0.1)], fibres: 4 },
  // chest
  { kind: 'sheet', id: 'pectoralis-major', origin: [L('clavicle-mid'), L('sternoclavicular'), L('sternal-angle'), v(0.008, 1.235, 0.095)], insertion: [v(0.178, 1.385, 0.03), v(0.17, 1.34, 0.03)], via: [[off(L('anterior-axillary-fold'), -0.02, 0.02, 0.015)]], fibres: 9, thickness: 0.014, over: ['serratus-anterior', 'external-oblique', 'platysma'] },
  { kind: 'sheet', id: 'pectoralis-minor', origin: [v(0.07, 1.34, 0.095), v(0.085, 1.29, 0.1), v(0.105, 1.24, 0.09)], insertion: [L('coracoid')], fibres: 5 },
  { kind: 'sheet', id: 'serratus-anterior', origin: [v(0.13, 1.355, 0.045), v(0.145, 1.3, 0.05), v(0.15, 1.23, 0.05), v(0.14, 1.16, 0.05)], insertion: [v(0.145, 1.34, -0.045), v(0.155, 1.28, -0.05), v(0.145, 1.2, -0.055)], fibres: 6 },
  { kind: 'belly', id: 'subclavius', path: [v(0.03, 1.433, 0.04), v(0.1, 1.438, 0.035)], radius: 0.006, minDepth: 0.012 },
  // lower back
  { kind: 'sheet', id: 'latissimus-dorsi', origin: [L('t7-spinous'), L('t12-spinous'), L('l3-spinous'), off(L('sacrum'), 0.01, 0.02, 0), v(0.1, 1.02, -0.065)], insertion: [v(0.165, 1.37, -0.015), v(0.17, 1.355, 0.0)], via: [[v(0.09, 1.25, -0.1), v(0.14, 1.2, -0.06)]], fibres: 9, over: ['external-oblique', 'serratus-anterior'] },
  { kind: 'sheet', id: 'iliocostalis', origin: [v(0.06, 0.975, -0.085), v(0.085, 0.995, -0.075)], insertion: [v(0.06, 1.42, -0.085), v(0.095, 1.3, -0.095)], fibres: 3 },
  { kind: 'sheet', id: 'longissimus', origin: [v(0.018, 0.95, -0.09), v(0.05, 0.96, -0.09)], insertion: [v(0.03, 1.5, -0.06), v(0.05, 1.45, -0.075)], fibres: 3 },
  { kind: 'sheet', id: 'multifidus', origin: [v(0.006, 0.9, -0.085), v(0.03, 0.92, -0.085)], insertion: [v(0.006, 1.44, -0.08), v(0.014, 1.44, -0.08)], fibres: 3, width: 0.008, thickness: 0.014 },
  { kind: 'belly', id: 'quadratus-lumborum', path: [v(0.075, 1.005, -0.045), v(0.06, 1.12, -0.045)], radius: 0.028, minDepth: 0.036, flatten: { axis: [0, 0, 1], factor: 0.5 } },
  { kind: 'sheet', id: 'serratus-posterior-inferior', origin: [L('t12-spinous'), L('l3-spinous')], insertion: [v(0.09, 1.19, -0.095), v(0.105, 1.1, -0.085)], fibres: 4 },
  // abdomen
  { kind: 'sheet', id: 'rectus-abdominis', origin: [v(0.008, 0.87, 0.07), v(0.032, 0.875, 0.07)], insertion: [v(0.008, 1.225, 0.09), v(0.075, 1.22, 0.085)], fibres: 4, thickness: 0.011, over: ['external-oblique'] },
  { kind: 'sheet', id: 'external-oblique', origin: [v(0.11, 1.25, 0.06), v(0.145, 1.15, 0.02), v(0.14, 1.05, -0.02)], insertion: [v(0.05, 1.15, 0.095), v(0.065, 0.97, 0.08), v(0.125, 0.995, 0.02)], fibres: 6 },
  { kind: 'sheet', id: 'internal-oblique', origin: [v(0.125, 0.995, 0.0), v(0.1, 0.96, 0.06)], insertion: [v(0.135, 1.15, 0.02), v(0.05, 1.12, 0.09)], fibres: 5 },
  { kind: 'sheet', id: 'transversus-abdominis', origin: [v(0.12, 1.15, -0.02), v(0.125, 0.98, -0.02)], insertion: [v(0.03, 1.15, 0.09), v(0.03, 0.95, 0.08)], fibres: 5 },
  { kind: 'belly', id: 'iliopsoas', path: [v(0.028, 1.1, -0.035), v(0.05, 1.0, -0.02), v(0.075, 0.92, 0.025), v(0.082, 0.87, 0.03), v(0.088, 0.82, 0.0)], radius: 0.024, minDepth: 0.03 },
];
