/** The core pack and the real body (landmarks, skin vertices), loaded once per test file. */
import { loadBodyModel, type BodyModel } from '../../../scripts/pack/bodyModel';
import { BODY_GLB, loadCorePack, loadSkinPositions } from '../../../scripts/bench/quiz';
import type { Pack } from '../../../src/content/schema';

export interface RealBody {
  pack: Pack;
  model: BodyModel;
  skin: Float32Array;
}

let cached: Promise<RealBody> | undefined;

export function loadRealBody(): Promise<RealBody> {
  return (cached ??= Promise.all([loadCorePack(), loadBodyModel(BODY_GLB), loadSkinPositions()]).then(([pack, model, skin]) => ({ pack, model, skin })));
}
