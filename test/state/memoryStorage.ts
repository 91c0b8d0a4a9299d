/**
 * A Map-backed localStorage for the node test environment, with an optional byte quota (setItem
 * throws like a full browser storage) so quota handling can be tested.
 */
export interface MemoryStorage extends Storage {
  quota: number;
  map: Map<string, string>;
}

export function installMemoryStorage(quota = Infinity): MemoryStorage {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const s = {
    quota,
    map,
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      const next = used() - (map.has(k) ? k.length + map.get(k)!.length : 0) + k.length + v.length;
      if (next > s.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, String(v));
    },
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  };
  (globalThis as { localStorage?: unknown }).localStorage = s;
  return s as MemoryStorage;
}
