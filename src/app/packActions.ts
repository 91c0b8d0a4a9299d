/**
 * Loading content: the core pack at start, the user's saved packs, and new packs from a file, a
 * drop or `?pack=<same-origin URL>`. Every pack goes through `parsePackText` (in the pack worker); a refused pack is
 * reported with each problem as "JSON path: message" and changes nothing.
 */
import type { PackIssue } from '../content/loadPack';
import { MAX_PACK_BYTES } from '../content/packLimits';
import { parsePackTextOffThread } from './packParsing';
import { useAppStore } from '../state/store';
import type { PackMode, UserPack } from '../state/contentSlice';
import { loadSavedPacks, savePacks } from './packStorage';

export const CORE_PACK_URL = `${import.meta.env.BASE_URL}content/core.json`;
const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
const TOO_LARGE = (size: number) => `The file is too large (${mb(size)}); a pack may be at most ${mb(MAX_PACK_BYTES)}.`;

const store = () => useAppStore.getState();

/** Fetches a pack's text, refusing anything over the size limit. */
async function fetchPackText(url: string, signal?: AbortSignal): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  let res: Response;
  try {
    res = await fetch(url, { signal, cache: 'no-cache' });
  } catch (e) {
    if (signal?.aborted) throw e;
    return { ok: false, message: `${url} could not be downloaded (network error).` };
  }
  if (!res.ok) return { ok: false, message: `${url} could not be downloaded (HTTP ${res.status}).` };
  const length = Number(res.headers.get('content-length'));
  if (length > MAX_PACK_BYTES) return { ok: false, message: TOO_LARGE(length) };
  const text = await res.text();
  if (text.length > MAX_PACK_BYTES) return { ok: false, message: TOO_LARGE(text.length) };
  return { ok: true, text };
}

/** Loads public/content/core.json into the store; a failure leaves Explore working without content. */
export async function loadCorePack(signal?: AbortSignal): Promise<void> {
  const got = await fetchPackText(CORE_PACK_URL, signal);
  if (signal?.aborted) return;
  if (!got.ok) return store().setCoreProblem(`The core content pack (content/core.json) could not be loaded: ${got.message}`);
  const parsed = await parsePackTextOffThread(got.text);
  if (signal?.aborted) return;
  if (!parsed.ok) return store().setCoreProblem('The core content pack (content/core.json) is invalid, so no trigger-point content is shown.', parsed.issues);
  store().setCorePack(parsed.pack);
}

function toSaved(packs: readonly UserPack[]) {
  return packs.map((p) => ({ id: p.id, mode: p.mode, source: p.source, text: p.text }));
}

/** Re-reads the packs saved in IndexedDB (parsed again: migrations and checks apply). */
export async function restoreUserPacks(): Promise<void> {
  const saved = await loadSavedPacks();
  if (saved.length === 0) return;
  const restored: UserPack[] = [];
  const dropped: PackIssue[] = [];
  for (const s of saved) {
    const parsed = await parsePackTextOffThread(s.text, { base: store().activePack ?? undefined });
    if (parsed.ok) restored.push({ id: parsed.pack.id, title: parsed.pack.title, mode: s.mode, pack: parsed.pack, source: s.source, text: s.text, warnings: parsed.warnings });
    else dropped.push(...parsed.issues.map((i) => ({ path: `${s.source} → ${i.path}`, message: i.message })));
  }
  store().setUserPacks(restored);
  if (dropped.length > 0) {
    store().setPackReport({ kind: 'error', title: 'A saved content pack could not be loaded', message: 'It was removed. Its problems:', issues: dropped });
    await savePacks(toSaved(restored));
  }
}

/**
 * Checks a pack's text. Invalid: a report lists every problem and nothing changes. Valid: it waits
 * for the user's choice (extend or replace), unless `mode` is given.
 */
export async function importPackText(text: string, source: string, mode?: PackMode): Promise<boolean> {
  const parsed = await parsePackTextOffThread(text, { base: store().activePack ?? undefined });
  if (!parsed.ok) {
    store().setPackReport({
      kind: 'error',
      title: 'This pack was not loaded',
      message: `${source} has ${parsed.issues.length} ${parsed.issues.length === 1 ? 'problem' : 'problems'}. The current content stays as it was.`,
      issues: parsed.issues,
    });
    return false;
  }
  const pending = { pack: parsed.pack, source, text, warnings: parsed.warnings };
  if (mode) await activatePack(pending, mode);
  else store().setPendingPack(pending);
  return true;
}

/** Adds the pending (or given) pack with the chosen mode and saves the list. */
export async function activatePack(p = store().pendingPack, mode: PackMode = 'extend'): Promise<void> {
  if (!p) return;
  store().setPendingPack(null);
  store().addUserPack({ id: p.pack.id, title: p.pack.title, mode, pack: p.pack, source: p.source, text: p.text, warnings: p.warnings });
  const saved = await savePacks(toSaved(store().userPacks));
  const verb = mode === 'replace' ? 'replaces the core pack' : 'extends the current content';
  store().setPackReport({
    kind: 'success',
    title: `Loaded "${p.pack.title}"`,
    message: `It ${verb}.${saved ? '' : ' It could not be saved in this browser, so it lasts until you reload.'}${p.warnings.length ? ` ${p.warnings.length} ${p.warnings.length === 1 ? 'warning' : 'warnings'}:` : ''}`,
    issues: p.warnings,
  });
}

export async function removeUserPack(id: string): Promise<void> {
  store().removeUserPack(id);
  await savePacks(toSaved(store().userPacks));
}

/** A pack from a file picker or a drop. */
export async function importPackFile(file: File): Promise<void> {
  if (file.size > MAX_PACK_BYTES) {
    store().setPackReport({ kind: 'error', title: 'This pack was not loaded', message: `${file.name}: ${TOO_LARGE(file.size)}`, issues: [] });
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    store().setPackReport({ kind: 'error', title: 'This pack was not loaded', message: `${file.name} could not be read.`, issues: [] });
    return;
  }
  await importPackText(text, file.name);
}

/**
 * `?pack=<url>` (`&packMode=replace` to replace; default extend): same-origin URLs only. Removes
 * the parameters from the address afterwards, so a reload does not import again.
 */
export async function importPackFromQuery(location: Location = window.location): Promise<void> {
  const params = new URLSearchParams(location.search);
  const raw = params.get('pack');
  if (!raw) return;
  const mode: PackMode = params.get('packMode') === 'replace' ? 'replace' : 'extend';
  let url: URL;
  try {
    url = new URL(raw, location.href);
  } catch {
    store().setPackReport({ kind: 'error', title: 'This pack was not loaded', message: `"${raw}" is not a valid address.`, issues: [] });
    return;
  }
  if (url.origin !== location.origin) {
    store().setPackReport({
      kind: 'error',
      title: 'This pack was not loaded',
      message: `Packs can only be loaded from this site (${location.origin}); the link asks for ${url.origin}. Download the file and import it instead.`,
      issues: [],
    });
    return;
  }
  const got = await fetchPackText(url.href);
  if (!got.ok) store().setPackReport({ kind: 'error', title: 'This pack was not loaded', message: got.message, issues: [] });
  else await importPackText(got.text, url.pathname.split('/').pop() || url.pathname, mode);
  params.delete('pack');
  params.delete('packMode');
  const search = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
}
