import { mergePacks } from '../content/mergePacks';
import type { Pack } from '../content/schema';
import type { UserPack } from './contentSlice';

/**
 * The pack the app shows: the core pack with each user pack merged in, in the order they were
 * added (`extend` merges by id, `replace` swaps the whole base). Without a core pack, the first
 * user pack is the base. Null when there is nothing.
 */
export function combinePacks(core: Pack | null, userPacks: readonly UserPack[]): Pack | null {
  let acc = core;
  for (const u of userPacks) acc = acc ? mergePacks(acc, u.pack, u.mode) : u.pack;
  return acc;
}
