// A named cow's look: coat colour and spot pattern derived only from the StatefulSet's name and
// the ordinal, so web-1 looks the same every time it is recreated, on any node, in any session.
// Anonymous cattle (ReplicaSet pods) all share one plain look.
import type { MessageKey } from '../../i18n/index.ts';

export interface Coat {
  /** Body colour. */
  body: string;
  /** Spot colour, chosen to contrast with the body. */
  spot: string;
  /** Plain-language name of the coat, for screen readers and the legend. */
  name: MessageKey;
}

export interface Spot {
  /** Centre and radii in the cow's body box, in 0..1 units (the glyph scales them). */
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  /** Rotation in degrees. */
  rotate: number;
}

export interface Markings {
  coat: Coat;
  spots: Spot[];
  /** False for anonymous cattle: no spots, the shared coat. */
  named: boolean;
}

export const COATS: readonly Coat[] = [
  { body: '#f7f4ee', spot: '#2b2b2b', name: 'coat.whiteBlack' },
  { body: '#c98b4f', spot: '#5a3418', name: 'coat.tanBrown' },
  { body: '#4a4a4f', spot: '#f1efe9', name: 'coat.blackWhite' },
  { body: '#f1dfb8', spot: '#9a5b2c', name: 'coat.creamBrown' },
  { body: '#a65a3a', spot: '#f6e6cc', name: 'coat.redCream' },
  { body: '#b8b8b4', spot: '#3d3d3d', name: 'coat.greyCharcoal' },
  { body: '#e3bf62', spot: '#fffaf0', name: 'coat.goldWhite' },
  { body: '#7b5336', spot: '#f3ece2', name: 'coat.brownWhite' },
];

export const CATTLE_COAT: Coat = { body: '#a8957f', spot: '#a8957f', name: 'coat.plain' };

/** FNV-1a over UTF-16 code units: a small stable hash, the same in every browser. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32 step, kept local so the view never touches the simulation's RNG state. */
function rand(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The coat index: consecutive ordinals of one set always get different coats, and the set's
 * name shifts the sequence so that web-0 and db-0 differ too.
 */
export function coatIndex(setName: string, ordinal: number): number {
  const n = COATS.length;
  return ((((hash32(setName) % n) + ordinal) % n) + n) % n;
}

/** The markings of `<setName>-<ordinal>`: a pure function of both. */
export function markingsFor(setName: string, ordinal: number): Markings {
  // The same object for the same pod every time, so a picture can skip redrawing unchanged cows.
  const key = `${setName}/${ordinal}`;
  let m = MEMO.get(key);
  if (!m) {
    if (MEMO.size >= MEMO_MAX) MEMO.clear();
    m = drawMarkings(setName, ordinal);
    MEMO.set(key, m);
  }
  return m;
}

const MEMO = new Map<string, Markings>();
const MEMO_MAX = 4096;

function drawMarkings(setName: string, ordinal: number): Markings {
  const next = rand(hash32(`${setName}/${ordinal}`));
  const count = 2 + Math.floor(next() * 3);
  const spots: Spot[] = [];
  // Spread spots over left, middle and right thirds so patterns read as different shapes.
  for (let i = 0; i < count; i++) {
    const band = (i + next() * 0.6) / count;
    spots.push({
      cx: round(0.12 + band * 0.76),
      cy: round(0.2 + next() * 0.6),
      rx: round(0.1 + next() * 0.12),
      ry: round(0.12 + next() * 0.16),
      rotate: Math.round(next() * 180 - 90),
    });
  }
  return { coat: COATS[coatIndex(setName, ordinal)]!, spots, named: true };
}

export const CATTLE_MARKINGS: Markings = { coat: CATTLE_COAT, spots: [], named: false };

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
