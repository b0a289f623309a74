// Message formatting shared by every locale: `{name}` placeholders filled from params, where a
// param may itself be a message (rendered in the same language) or a list of messages.
import type { MessageKey } from './types.ts';

/** A value a placeholder can take: text, a number, or another message rendered in the same language. */
export type ParamValue = string | number | Message | readonly Message[];

/** A message to show: a key and the values of its placeholders. Plain data, so it can be stored. */
export interface Message {
  key: MessageKey;
  params?: Readonly<Record<string, ParamValue>>;
}

/** Builds a message. */
export function msg(key: MessageKey, params?: Record<string, ParamValue>): Message {
  return params ? { key, params } : { key };
}

/** The placeholders a template uses, in order of appearance (duplicates removed). */
export function placeholders(template: string): string[] {
  const names: string[] = [];
  for (const m of template.matchAll(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g)) if (!names.includes(m[1]!)) names.push(m[1]!);
  return names;
}

/**
 * Fills `{name}` placeholders. Messages are rendered with `render` (so they come out in the same
 * language); lists are joined with `separator`. Unknown placeholders are left as they are, so a
 * missing parameter shows up in the text instead of silently vanishing.
 */
export function fill(
  template: string,
  params: Readonly<Record<string, ParamValue>> | undefined,
  render: (m: Message) => string,
  separator: string,
): string {
  if (!params) return template;
  return template.replace(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    if (isMessageList(v)) return v.map(render).join(separator);
    return render(v);
  });
}

function isMessageList(v: Message | readonly Message[]): v is readonly Message[] {
  return Array.isArray(v);
}

/** The message with `extra` added to its params and to those of every message nested in it. */
export function withParams(m: Message, extra: Readonly<Record<string, string>>): Message {
  const params: Record<string, ParamValue> = { ...extra };
  for (const [k, v] of Object.entries(m.params ?? {}))
    params[k] =
      typeof v === 'string' || typeof v === 'number'
        ? v
        : isMessageList(v)
          ? v.map((x) => withParams(x, extra))
          : withParams(v, extra);
  return { key: m.key, params };
}
