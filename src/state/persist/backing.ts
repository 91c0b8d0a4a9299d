/**
 * Where saved state lives: localStorage, or a Map for this visit when the browser refuses storage
 * (privacy settings, sandboxed frames). Every caller still guards each call: quota errors throw.
 */
export type Backing = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { keys: () => string[] };

const memory = new Map<string, string>();

const memoryBacking: Backing = {
  getItem: (k) => memory.get(k) ?? null,
  setItem: (k, v) => void memory.set(k, v),
  removeItem: (k) => void memory.delete(k),
  keys: () => [...memory.keys()],
};

export function backing(): Backing {
  try {
    if (typeof localStorage !== 'undefined' && localStorage) {
      const ls = localStorage;
      return {
        getItem: (k) => ls.getItem(k),
        setItem: (k, v) => ls.setItem(k, v),
        removeItem: (k) => ls.removeItem(k),
        keys: () => {
          // Test shims may lack key()/length: then only memory knows (nothing to list).
          if (typeof ls.key !== 'function' || typeof ls.length !== 'number') return [];
          const out: string[] = [];
          for (let i = 0; i < ls.length; i++) {
            const k = ls.key(i);
            if (k !== null) out.push(k);
          }
          return out;
        },
      };
    }
  } catch {
    // Access denied: fall through to memory.
  }
  return memoryBacking;
}
