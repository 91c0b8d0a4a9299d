/**
 * The service worker as the UI sees it: "a new version is waiting" and "ready to work offline",
 * with the actions the update prompt offers. Framework-free (React reads it through
 * useSyncExternalStore) and registers exactly once, however often React mounts the prompt
 * (StrictMode mounts twice in development).
 */

/** The callbacks vite-plugin-pwa's `registerSW` takes (the subset we use). */
export interface RegisterServiceWorkerOptions {
  onNeedRefresh?: () => void;
  onOfflineReady?: () => void;
  onRegisterError?: (error: unknown) => void;
}

/**
 * Registers the service worker; returns a function that activates a waiting new version (the
 * page then reloads). `registerSW` from 'virtual:pwa-register' has this shape; tests pass a fake.
 */
export type RegisterServiceWorker = (options: RegisterServiceWorkerOptions) => (reloadPage?: boolean) => Promise<void>;

export interface ServiceWorkerSnapshot {
  /** A new version is installed and waiting; the user is asked to reload. */
  readonly needRefresh: boolean;
  /** The app is cached and works without a network (first install only). */
  readonly offlineReady: boolean;
}

export interface ServiceWorkerStatus {
  /** Registers the service worker; later calls do nothing. */
  start(): void;
  getSnapshot(): ServiceWorkerSnapshot;
  subscribe(listener: () => void): () => void;
  /** Activates the waiting version; the page reloads once it controls the page. */
  update(): Promise<void>;
  /**
   * "Later": hides the prompt. It comes back on the next page load; the new version takes over by
   * itself once every Myomap tab has been closed.
   */
  dismissRefresh(): void;
  dismissOfflineReady(): void;
}

const IDLE: ServiceWorkerSnapshot = { needRefresh: false, offlineReady: false };

export function createServiceWorkerStatus(register: RegisterServiceWorker): ServiceWorkerStatus {
  let snapshot = IDLE;
  let updateSW: ((reloadPage?: boolean) => Promise<void>) | null = null;
  const listeners = new Set<() => void>();
  const set = (patch: Partial<ServiceWorkerSnapshot>) => {
    const next = { ...snapshot, ...patch };
    if (next.needRefresh === snapshot.needRefresh && next.offlineReady === snapshot.offlineReady) return;
    snapshot = next; // a new object only on a change, as useSyncExternalStore requires
    for (const l of [...listeners]) l();
  };

  return {
    start() {
      if (updateSW) return;
      updateSW = register({
        // An update supersedes the "offline ready" note: one message at a time.
        onNeedRefresh: () => set({ needRefresh: true, offlineReady: false }),
        onOfflineReady: () => set({ offlineReady: true }),
        // No service worker (blocked, private mode, unsupported): the app still works online.
        // A warning, not an error: nothing is broken for the user.
        onRegisterError: (error) => console.warn('Myomap: offline use is not available (the service worker could not be registered).', error),
      });
    },
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async update() {
      await updateSW?.(true);
    },
    dismissRefresh: () => set({ needRefresh: false }),
    dismissOfflineReady: () => set({ offlineReady: false }),
  };
}
