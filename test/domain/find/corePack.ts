/** The core pack (public/content/core.json) and the landmarks of the committed body.glb, loaded once. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePackText } from '../../../src/content/loadPack';
import type { Pack } from '../../../src/content/schema';
import type { LandmarkLookup } from '../../../src/domain/referral/types';
import { loadBodyModel } from '../../../scripts/pack/bodyModel';

const ROOT = join(import.meta.dirname, '../../..');

export function corePack(): Pack {
  const r = parsePackText(readFileSync(join(ROOT, 'public/content/core.json'), 'utf8'));
  if (!r.ok) throw new Error(`core pack invalid: ${r.issues[0]?.path}: ${r.issues[0]?.message}`);
  return r.pack;
}

export async function coreLookup(): Promise<LandmarkLookup> {
  return (await loadBodyModel(join(ROOT, 'public/models/body.glb'))).lookup;
}
