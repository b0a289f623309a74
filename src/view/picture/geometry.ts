// Pure helpers the picture's components share: text fitting, the cow's geometry, the signs on
// a pasture's fence. No React here, so components files export only components.
import { textWidth, type NodePlace } from '../layout/clusterLayout.ts';

/** The cow glyph's box, facing right. */
export const COW = { width: 80, height: 56 };

/** The body outline; also the clip path for the spots (one per picture, in cow coordinates). */
export const BODY = { x: 8, y: 16, width: 56, height: 28, rx: 13 };

/** Semi-bold text runs wider than `textWidth`'s regular-weight estimate. */
export const BOLD = 1.1;

/** Cuts `text` with an ellipsis until it fits `width` at `size`. */
export function fitText(text: string, size: number, width: number): string {
  if (textWidth(text, size) <= width) return text;
  let t = text;
  while (t.length > 1 && textWidth(`${t}…`, size) > width) t = t.slice(0, -1);
  return `${t}…`;
}

/** Cuts monospace `text` to fit `width`, dropping characters from the end or the start. */
export function fitMono(text: string, size: number, width: number, from: 'end' | 'start'): string {
  const max = Math.floor(width / (0.61 * size));
  if (text.length <= max) return text;
  const keep = Math.max(1, max - 1);
  return from === 'end' ? `${text.slice(0, keep)}…` : `…${text.slice(text.length - keep)}`;
}

/** 45s, 7m 2s. */
export function seconds(s: number): string {
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${s % 60}s`;
}

/** Dynamic volumes are `pvc-<uuid>`: the first block of the uuid is enough to tell them apart. */
export function shortVolumeName(name: string): string {
  const m = /^(pvc-[0-9a-f]{8})-[0-9a-f-]+$/.exec(name);
  return m ? `${m[1]}…` : name;
}

export interface Sign {
  key: string;
  kind: 'power' | 'cordon' | 'taint';
  x: number;
  width: number;
  text: string;
}

const SIGN_FONT = 12.5;

/** kubectl's STATUS when it fits the pasture; otherwise its first part (the signs show the rest). */
export function headerStatus(node: NodePlace): string {
  const room = node.box.width - textWidth(node.name, 17) * BOLD - 60;
  return textWidth(node.status, 14) * BOLD <= room ? node.status : node.status.split(',')[0]!;
}

/**
 * The signs on a pasture's fence, left to right, as many as fit: the cordon first, then taints.
 * `poweredOff` is the power sign's words in the page's language.
 */
export function signs(node: NodePlace, skip: number, poweredOff: string): Sign[] {
  const out: Sign[] = [];
  let x = node.box.x + 12 + skip;
  const right = node.box.x + node.box.width - 10;
  // A narrow pasture keeps a sign's icon and drops its words (they are in the node's label).
  const iconSign = (kind: 'power' | 'cordon', words: string) => {
    const room = right - x - 24;
    const text = room >= 70 ? fitText(words, SIGN_FONT * BOLD, room) : '';
    out.push({ key: kind, kind, x: x + 8, width: 18, text });
    x += (text ? textWidth(text, SIGN_FONT) * BOLD : 0) + 40;
  };
  if (node.truth.physical === 'PoweredOff') iconSign('power', poweredOff);
  if (node.cordoned) iconSign('cordon', 'SchedulingDisabled');
  for (const t of node.taints) {
    const room = right - x;
    if (room < 60) break;
    const text = fitText(t.label, SIGN_FONT * BOLD, room - 24);
    const width = textWidth(text, SIGN_FONT) * BOLD + 20;
    out.push({ key: t.key, kind: 'taint', x, width, text });
    x += width + 10;
  }
  return out;
}
