import { useEffect } from 'react';
import { importPackFromQuery, loadCorePack, restoreUserPacks } from './packActions';

/**
 * At start: the core pack, then the user's saved packs, then a pack named by `?pack=`. Each step
 * reports its own problems in the store; none stops Explore from working.
 */
export function useContentStartup(): void {
  useEffect(() => {
    const abort = new AbortController();
    void (async () => {
      try {
        await loadCorePack(abort.signal);
        if (abort.signal.aborted) return;
        await restoreUserPacks();
        if (abort.signal.aborted) return;
        await importPackFromQuery();
      } catch (e) {
        if (!abort.signal.aborted) console.warn('Myomap: content could not be loaded', e);
      }
    })();
    return () => abort.abort();
  }, []);
}
