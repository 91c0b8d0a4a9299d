/** Every muscle and landmark a pack names exists in public/models/body.glb (both sides where paired). */
import { beforeAll, describe, expect, it } from 'vitest';
import { getLandmark } from '../../src/domain/anatomy/landmarks';
import { parsePack } from '../../src/content/loadPack';
import type { Anchor, Pack, Zone } from '../../src/content/schema';
import { buildCorePack } from '../../scripts/pack/buildCorePack';
import { loadBodyModel, type BodyModel } from '../../scripts/pack/bodyModel';
import { GLB_PATH } from '../model/lib/body';
import { fixturePack } from './fixtures';

let model: BodyModel;
beforeAll(async () => {
  model = await loadBodyModel(GLB_PATH);
});

function landmarksOf(pack: Pack): Set<string> {
  const out = new Set<string>();
  const anchor = (a: Anchor) => a.landmark && out.add(a.landmark);
  const zones = (zs: readonly Zone[]) => zs.forEach((z) => (z.kind === 'blob' ? anchor(z.at) : z.points.forEach(anchor)));
  for (const r of pack.regions) zones(r.area);
  for (const m of pack.muscles) {
    for (const t of m.triggerPoints) {
      anchor(t.anchor);
      zones(t.referral.essential);
      zones(t.referral.spillover);
    }
  }
  return out;
}

/** Node keys a landmark id needs: `<id>` on the midline, `<id>:l` and `<id>:r` when paired. */
function missingLandmarkNodes(ids: Iterable<string>): string[] {
  const missing: string[] = [];
  for (const id of ids) {
    const keys = getLandmark(id)?.paired === false ? [id] : [`${id}:l`, `${id}:r`];
    for (const k of keys) if (!model.landmarkTable.has(k)) missing.push(k);
  }
  return missing;
}

function core(): Pack {
  const r = parsePack(buildCorePack().pack);
  if (!r.ok) throw new Error(`the core pack does not validate (${r.issues.length} problems): run \`npm run pack -- validate\``);
  return r.pack;
}

describe.each([
  ['the fixture pack', fixturePack],
  ['the core pack', core],
])('%s against body.glb', (_name, load) => {
  it('names only muscles the model draws on both sides', () => {
    const pack = load();
    expect(pack.muscles.length).toBeGreaterThan(0);
    expect(pack.muscles.map((m) => m.id).filter((id) => !model.muscles.has(id))).toEqual([]);
  });

  it('anchors only on landmarks the model has (both sides where paired)', () => {
    const ids = landmarksOf(load());
    expect(ids.size).toBeGreaterThan(0);
    expect(missingLandmarkNodes(ids)).toEqual([]);
  });
});
