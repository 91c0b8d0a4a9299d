/** Builds every muscle of the catalogue as a mesh on the left side, ready to mirror. */
import { MUSCLES } from '../../src/domain/anatomy/muscles';
import type { MuscleInfo } from '../../src/domain/anatomy/types';
import { type MuscleSpec, type ShapedMuscle, shapeBelly, shapeSheet } from './muscleShape';
import { polygonise, simplifyMesh, taubinSmooth, type TriMesh } from './polygonise';
import { HEAD_NECK } from './specs/headNeck';
import { ARM, LEG } from './specs/limbs';
import { SHOULDER_BACK_CHEST } from './specs/trunk';

const SPECS = new Map<string, MuscleSpec>([...HEAD_NECK, ...SHOULDER_BACK_CHEST, ...ARM, ...LEG].map((s) => [s.id, s]));

export interface BuiltMuscle {
  info: MuscleInfo;
  mesh: TriMesh;
}

const overlaps = (a: ShapedMuscle['box'], b: ShapedMuscle['box']): boolean =>
  a.min.every((m, i) => m <= (b.max[i] as number)) && b.min.every((m, i) => m <= (a.max[i] as number));

export function shapeAll(): Map<string, ShapedMuscle> {
  const shaped = new Map<string, ShapedMuscle>();
  for (const info of MUSCLES) {
    const spec = SPECS.get(info.id);
    if (!spec) throw new Error(`no shape for muscle ${info.id}`);
    const neighbours = (): ShapedMuscle[] => {
      const me = shaped.get(info.id) as ShapedMuscle;
      return MUSCLES.filter((o) => o.id !== info.id && o.layer === info.layer)
        .map((o) => shaped.get(o.id) as ShapedMuscle)
        .filter((o) => o.strip && overlaps(o.box, me.box));
    };
    shaped.set(info.id, spec.kind === 'sheet' ? shapeSheet(spec, info.layer, neighbours) : shapeBelly(spec));
  }
  return shaped;
}

/** Grid edge for a muscle: finer for small muscles so thin straps keep their shape. */
function edgeFor(box: ShapedMuscle['box']): number {
  const size = Math.min(...box.max.map((m, i) => m - (box.min[i] as number)));
  return Math.min(0.0055, Math.max(0.0028, size / 10));
}

export async function buildMuscles(log: (s: string) => void = () => {}): Promise<BuiltMuscle[]> {
  const shaped = shapeAll();
  const out: BuiltMuscle[] = [];
  for (const info of MUSCLES) {
    const s = shaped.get(info.id) as ShapedMuscle;
    const raw = await polygonise(s.sdf, s.box, edgeFor(s.box));
    if (raw.indices.length === 0) throw new Error(`muscle ${info.id} came out empty`);
    out.push({ info, mesh: await simplifyMesh(taubinSmooth(raw, 4), 0.0006) });
    log(`${info.id}: ${raw.indices.length / 3} triangles`);
  }
  return out;
}
