import type { MuscleSpec } from '../muscleShape';
import { L, off, v } from './points';

export const HEAD_NECK: MuscleSpec[] = [
  { kind: 'sheet', id: 'temporalis', origin: [v(0.045, 1.69, 0.055), v(0.066, 1.705, 0.005), v(0.066, 1.675, -0.045)], insertion: [off(L('coronoid'), 0, -0.005, 0)], fibres: 7, outer: 0.0018, thickness: 0.008 },
  { kind: 'sheet', id: 'masseter', origin: [off(L('zygomatic-arch'), 0, -0.006, 0.018), off(L('zygomatic-arch'), 0, -0.006, -0.012)], insertion: [off(L('mandible-angle'), 0, 0.002, 0.03), off(L('mandible-angle'), 0, 0.004, 0.002)], fibres: 4, outer: 0.002, thickness: 0.01 },
  { kind: 'sheet', id: 'frontalis', origin: [v(0.004, 1.735, 0.05), v(0.05, 1.72, 0.035)], insertion: [v(0.004, 1.675, 0.09), v(0.05, 1.67, 0.07)], fibres: 4, outer: 0.0015, thickness: 0.004 },
  { kind: 'sheet', id: 'occipitalis', origin: [v(0.006, 1.622, -0.1), v(0.05, 1.618, -0.075)], insertion: [v(0.006, 1.665, -0.105), v(0.05, 1.66, -0.08)], fibres: 4, outer: 0.0015, thickness: 0.004 },
  { kind: 'belly', id: 'lateral-pterygoid', path: [v(0.02, 1.598, 0.04), off(L('tmj'), -0.012, -0.004, 0.004)], radius: 0.008, minDepth: 0.015 },
  { kind: 'belly', id: 'medial-pterygoid', path: [v(0.02, 1.592, 0.035), off(L('mandible-angle'), -0.012, 0.01, 0.008)], radius: 0.008, minDepth: 0.012 },
  { kind: 'belly', id: 'digastric', path: [off(L('mastoid'), -0.008, -0.008, 0.008), v(0.035, 1.515, 0.02), off(L('hyoid'), 0.012, 0, -0.005)], radius: 0.005, minDepth: 0.006 },
  { kind: 'sheet', id: 'orbicularis-oculi', origin: [off(L('eye'), -0.02, 0.014, -0.004), off(L('eye'), 0.022, 0.012, -0.012)], insertion: [off(L('eye'), -0.02, -0.018, -0.002), off(L('eye'), 0.022, -0.016, -0.012)], fibres: 4, width: 0.006, outer: 0.0015, thickness: 0.004 },
  { kind: 'sheet', id: 'zygomaticus-major', origin: [off(L('zygomatic-arch'), -0.006, -0.004, 0.03)], insertion: [v(0.026, 1.563, 0.082)], fibres: 1, width: 0.006, outer: 0.0015, thickness: 0.004, over: ['masseter'] },
  { kind: 'sheet', id: 'platysma', origin: [off(L('chin'), 0.008, 0.004, -0.006), off(L('mandible-angle'), -0.004, -0.004, 0.025)], insertion: [v(0.02, 1.405, 0.085), v(0.1, 1.41, 0.07)], via: [[v(0.012, 1.49, 0.055), v(0.05, 1.49, 0.035)]], fibres: 5, outer: 0.0015, thickness: 0.004 },
  { kind: 'sheet', id: 'sternocleidomastoid', origin: [off(L('sternoclavicular'), -0.012, 0, 0), v(0.05, 1.445, 0.045)], insertion: [off(L('mastoid'), 0, 0.004, 0.008), off(L('mastoid'), -0.01, 0.012, -0.018)], fibres: 4, width: 0.009, thickness: 0.011, over: ['upper-trapezius', 'platysma'] },
  { kind: 'sheet', id: 'scalenes', origin: [off(L('c3-transverse'), 0.01, 0, 0), v(0.04, 1.48, -0.01)], insertion: [v(0.06, 1.445, 0.012), v(0.078, 1.445, -0.008)], fibres: 4, outer: 0.013, thickness: 0.009 },
  { kind: 'sheet', id: 'splenius-capitis', origin: [L('c7-spinous'), L('t3-spinous')], insertion: [off(L('occiput'), 0.02, 0.008, 0), off(L('mastoid'), -0.006, 0.004, -0.012)], fibres: 5, outer: 0.014, thickness: 0.008 },
  { kind: 'sheet', id: 'splenius-cervicis', origin: [L('t3-spinous'), v(0, 1.33, -0.1)], insertion: [off(L('c3-transverse'), 0.008, 0.01, -0.025)], fibres: 4, outer: 0.024, thickness: 0.007 },
  { kind: 'sheet', id: 'semispinalis-capitis', origin: [v(0.018, 1.44, -0.08), v(0.024, 1.37, -0.1)], insertion: [v(0.006, 1.602, -0.085), v(0.03, 1.6, -0.08)], fibres: 4, outer: 0.024, thickness: 0.009 },
  { kind: 'belly', id: 'suboccipitals', path: [off(L('c2-spinous'), 0.008, 0, 0.012), v(0.032, 1.588, -0.05)], radius: 0.01, minDepth: 0.02 },
  { kind: 'sheet', id: 'levator-scapulae', origin: [v(0.036, 1.565, -0.012), v(0.038, 1.53, -0.015)], insertion: [off(L('superior-angle'), -0.004, 0.004, 0), off(L('superior-angle'), 0.006, -0.006, 0)], fibres: 3, width: 0.009, outer: 0.016, thickness: 0.009 },
];
