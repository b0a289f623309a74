// Where a shared sandbox travels: the `#s=` part of the URL (kept apart from the codec, which
// loads only when a link is opened or made).

/** The share payload in a URL hash (`#s=…`), if any. */
export function shareFromHash(hash: string): string | undefined {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!h.startsWith('s=')) return undefined;
  return h.slice(2);
}
