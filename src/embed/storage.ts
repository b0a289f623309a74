// Storage for one lab on a page. An embed with `?id=` keeps its things in localStorage under its
// own prefix; an embed without one keeps them in memory only, so several embeds of the same lab
// on one page can never read each other's progress. The full page uses the plain prefix.
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function memoryStorage(): KeyValueStorage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, String(v)),
    removeItem: (k) => void m.delete(k),
  };
}

/** Prefixes every key with `statefulset-lab:<namespace>:`; falls back to memory when storage is unavailable. */
export function namespacedStorage(base: KeyValueStorage | undefined, namespace: string): KeyValueStorage {
  if (!base) return memoryStorage();
  const prefix = `statefulset-lab:${namespace}:`;
  const fallback = memoryStorage();
  // Private modes and sandboxed frames throw on access; the lab then simply forgets on reload.
  const guard = <T>(f: () => T, g: () => T): T => {
    try {
      return f();
    } catch {
      return g();
    }
  };
  return {
    getItem: (k) =>
      guard(
        () => base.getItem(prefix + k),
        () => fallback.getItem(k),
      ),
    setItem: (k, v) =>
      guard(
        () => base.setItem(prefix + k, v),
        () => fallback.setItem(k, v),
      ),
    removeItem: (k) =>
      guard(
        () => base.removeItem(prefix + k),
        () => fallback.removeItem(k),
      ),
  };
}

/** The namespace of a page: `main` for the full lab, `embed.<id>` for an embed with an id, none (memory) otherwise. */
export function pageNamespace(embed: boolean, id: string | undefined): string | undefined {
  if (!embed) return id ? `main.${id}` : 'main';
  return id ? `embed.${id}` : undefined;
}
