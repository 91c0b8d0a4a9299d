import { describe, expect, it } from 'vitest';
import { searchMuscles } from '../../src/ui/searchMuscles';

const top = (q: string) => searchMuscles(q)[0];

describe('searchMuscles', () => {
  it.each([
    ['SCM', 'sternocleidomastoid'],
    ['scm', 'sternocleidomastoid'],
    ['traps', 'upper-trapezius'],
    ['lats', 'latissimus-dorsi'],
    ['QL', 'quadratus-lumborum'],
    ['psoas', 'iliopsoas'],
    ['upper trap', 'upper-trapezius'],
    ['glute med', 'gluteus-medius'],
    ['piriformis', 'piriformis'],
    ['piriformus', 'piriformis'],
    ['gastroc', 'gastrocnemius'],
    ['tensor-fasciae-latae', 'tensor-fasciae-latae'],
  ])('%s → %s', (q, id) => {
    expect(top(q)?.muscle.id).toBe(id);
  });

  it('reads a leading side', () => {
    expect(top('left upper trap')).toMatchObject({ side: 'l', muscle: { id: 'upper-trapezius' } });
    expect(top('right SCM')).toMatchObject({ side: 'r', muscle: { id: 'sternocleidomastoid' } });
    expect(top('SCM')?.side).toBeNull();
  });

  it('lists all three trapezius parts for "traps"', () => {
    const ids = searchMuscles('traps').slice(0, 3).map((r) => r.muscle.id).sort();
    expect(ids).toEqual(['lower-trapezius', 'middle-trapezius', 'upper-trapezius']);
  });

  it('returns nothing for empty or nonsense queries', () => {
    expect(searchMuscles('')).toEqual([]);
    expect(searchMuscles('   ')).toEqual([]);
    expect(searchMuscles('zzzzqqqq')).toEqual([]);
  });
});

describe('searchMuscles noise', () => {
  it('lists only the named muscle for an exact alias', () => {
    expect(searchMuscles('SCM').map((r) => r.muscle.id)).toEqual(['sternocleidomastoid']);
    expect(searchMuscles('QL').map((r) => r.muscle.id)).toEqual(['quadratus-lumborum']);
  });
});
