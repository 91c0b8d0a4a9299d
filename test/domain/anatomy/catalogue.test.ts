import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BODY_REGIONS,
  LANDMARKS,
  LAYERS,
  MUSCLES,
  bodyRegionName,
  getLandmark,
  getMuscle,
  isMuscleId,
} from '../../../src/domain/anatomy';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Muscles the issue names; each must be in the catalogue. */
const REQUIRED_MUSCLES = [
  'temporalis', 'masseter', 'lateral-pterygoid', 'sternocleidomastoid', 'scalenes', 'splenius-capitis',
  'suboccipitals', 'upper-trapezius', 'middle-trapezius', 'lower-trapezius', 'levator-scapulae', 'rhomboids',
  'supraspinatus', 'infraspinatus', 'teres-minor', 'teres-major', 'subscapularis', 'anterior-deltoid',
  'middle-deltoid', 'posterior-deltoid', 'pectoralis-major', 'pectoralis-minor', 'serratus-anterior',
  'latissimus-dorsi', 'biceps-brachii', 'brachialis', 'triceps-brachii', 'brachioradialis', 'wrist-extensors',
  'wrist-flexors', 'supinator', 'iliocostalis', 'longissimus', 'multifidus', 'quadratus-lumborum',
  'rectus-abdominis', 'external-oblique', 'iliopsoas', 'gluteus-maximus', 'gluteus-medius', 'gluteus-minimus',
  'piriformis', 'tensor-fasciae-latae', 'sartorius', 'rectus-femoris', 'vastus-lateralis', 'vastus-medialis',
  'biceps-femoris', 'semitendinosus', 'semimembranosus', 'adductor-longus', 'adductor-magnus', 'gracilis',
  'gastrocnemius', 'soleus', 'tibialis-anterior', 'fibularis-longus', 'extensor-digitorum-longus',
  'tibialis-posterior', 'abductor-hallucis', 'flexor-digitorum-brevis', 'quadratus-plantae',
];

describe('muscle catalogue', () => {
  it('has at least 60 muscles', () => {
    expect(MUSCLES.length).toBeGreaterThanOrEqual(60);
  });

  it('ids are kebab-case and unique', () => {
    const bad = MUSCLES.filter((m) => !KEBAB.test(m.id)).map((m) => m.id);
    expect(bad).toEqual([]);
    const ids = MUSCLES.map((m) => m.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('display names are unique, lower-case first, without a side', () => {
    const names = MUSCLES.map((m) => m.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    for (const m of MUSCLES) {
      expect(m.name, m.id).toMatch(/^[a-z]/);
      expect(m.name, m.id).not.toMatch(/^(left|right)\b/i);
    }
  });

  it('every muscle has a region in BODY_REGIONS and a known layer', () => {
    const regions = new Set(BODY_REGIONS.map((r) => r.id));
    for (const m of MUSCLES) {
      expect(regions.has(m.region), `${m.id} region ${m.region}`).toBe(true);
      expect(LAYERS, m.id).toContain(m.layer);
      expect(Array.isArray(m.aliases), m.id).toBe(true);
      for (const a of m.aliases) expect(a.trim(), `${m.id} alias`).not.toBe('');
    }
  });

  it('contains every muscle the issue names', () => {
    const missing = REQUIRED_MUSCLES.filter((id) => !isMuscleId(id));
    expect(missing).toEqual([]);
  });

  it('lateral pterygoid and suboccipitals are deep', () => {
    expect(getMuscle('lateral-pterygoid')?.layer).toBe('deep');
    expect(getMuscle('suboccipitals')?.layer).toBe('deep');
  });

  it('SCM is findable by its alias', () => {
    expect(getMuscle('sternocleidomastoid')?.aliases).toContain('SCM');
  });

  it('property: getMuscle/isMuscleId agree with the table', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MUSCLES), (m) => {
        expect(getMuscle(m.id)).toBe(m);
        expect(isMuscleId(m.id)).toBe(true);
      }),
    );
    const known = new Set(MUSCLES.map((m) => m.id));
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(isMuscleId(s)).toBe(known.has(s));
        expect(getMuscle(s) === undefined).toBe(!known.has(s));
      }),
    );
  });
});

describe('body regions', () => {
  it('ids are kebab-case, unique, named, and each holds at least one muscle', () => {
    const ids = BODY_REGIONS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of BODY_REGIONS) {
      expect(r.id).toMatch(KEBAB);
      expect(bodyRegionName(r.id)).toBe(r.name);
      expect(MUSCLES.some((m) => m.region === r.id), r.id).toBe(true);
    }
  });
});

describe('landmark catalogue', () => {
  it('has at least 80 landmark ids', () => {
    expect(LANDMARKS.length).toBeGreaterThanOrEqual(80);
  });

  it('ids are kebab-case and unique', () => {
    expect(LANDMARKS.filter((l) => !KEBAB.test(l.id)).map((l) => l.id)).toEqual([]);
    const ids = LANDMARKS.map((l) => l.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('getLandmark finds each one; names are non-empty', () => {
    for (const l of LANDMARKS) {
      expect(getLandmark(l.id)).toBe(l);
      expect(l.name.trim()).not.toBe('');
    }
    expect(getLandmark('no-such-landmark')).toBeUndefined();
  });

  it('holds the landmarks the generator is built from', () => {
    const need = ['c7-spinous', 'acromion', 'inferior-angle', 'iliac-crest', 'psis', 'asis', 'greater-trochanter',
      'lateral-epicondyle', 'medial-epicondyle', 'lateral-malleolus', 'medial-malleolus', 'mastoid', 'occiput',
      'zygomatic-arch'];
    expect(need.filter((id) => !getLandmark(id))).toEqual([]);
  });
});
