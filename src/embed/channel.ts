// The presenter window and the lab window talk over a BroadcastChannel named for the page's
// storage namespace (two labs in two tabs don't cross). The lab sends the notes already rendered
// in its language; the notes window sends back what its buttons ask for. Both sides check shapes.

export interface NotesPayload {
  type: 'notes';
  title: string;
  text?: string;
  next?: string;
  /** "Step 3 of 7", or the clock in the sandbox. */
  position?: string;
  blanked: boolean;
}

export type NotesRequest = { type: 'hello' } | { type: 'do'; action: 'next' | 'previous' | 'blank' };

export function channelName(namespace: string): string {
  return `statefulset-lab:present:${namespace}`;
}

const str = (v: unknown, max = 5000): v is string => typeof v === 'string' && v.length <= max;

export function parseNotes(data: unknown): NotesPayload | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const o = data as Record<string, unknown>;
  if (o.type !== 'notes' || !str(o.title) || typeof o.blanked !== 'boolean') return undefined;
  for (const k of ['text', 'next', 'position']) if (o[k] !== undefined && !str(o[k])) return undefined;
  return {
    type: 'notes',
    title: o.title,
    blanked: o.blanked,
    ...(o.text !== undefined ? { text: o.text as string } : {}),
    ...(o.next !== undefined ? { next: o.next as string } : {}),
    ...(o.position !== undefined ? { position: o.position as string } : {}),
  };
}

export function parseRequest(data: unknown): NotesRequest | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const o = data as Record<string, unknown>;
  if (o.type === 'hello') return { type: 'hello' };
  if (o.type === 'do' && (o.action === 'next' || o.action === 'previous' || o.action === 'blank'))
    return { type: 'do', action: o.action };
  return undefined;
}
