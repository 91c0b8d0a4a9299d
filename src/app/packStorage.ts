/**
 * The user's content packs, kept in IndexedDB (idb-keyval) so they survive a reload. Each record
 * holds the pack's original text: on load it is parsed again, so migrations and reference checks
 * apply to saved packs as to new ones. Storage errors (private mode, quota) never break the app.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { PackMode } from '../state/contentSlice';

export interface SavedPack {
  id: string;
  mode: PackMode;
  source: string;
  text: string;
}

const KEY = 'user-packs-v1';
let store: UseStore | null = null;

function db(): UseStore | null {
  if (typeof indexedDB === 'undefined') return null;
  store ??= createStore('myomap', 'packs');
  return store;
}

const isSaved = (x: unknown): x is SavedPack => {
  const r = x as Partial<SavedPack> | null;
  return !!r && typeof r.id === 'string' && (r.mode === 'extend' || r.mode === 'replace') && typeof r.source === 'string' && typeof r.text === 'string';
};

export async function loadSavedPacks(): Promise<SavedPack[]> {
  const s = db();
  if (!s) return [];
  try {
    const value: unknown = await get(KEY, s);
    return Array.isArray(value) ? value.filter(isSaved) : [];
  } catch (e) {
    console.warn('Myomap: saved content packs could not be read', e);
    return [];
  }
}

export async function savePacks(packs: readonly SavedPack[]): Promise<boolean> {
  const s = db();
  if (!s) return false;
  try {
    await set(KEY, packs.map((p) => ({ id: p.id, mode: p.mode, source: p.source, text: p.text })), s);
    return true;
  } catch (e) {
    console.warn('Myomap: content packs could not be saved', e);
    return false;
  }
}
