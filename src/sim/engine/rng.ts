// mulberry32: a tiny seeded generator whose whole state is one 32-bit integer, so it lives in
// the World and survives snapshot/restore. The engine never reads Math.random.

/** Advances `state` and returns [value in [0, 1), next state]. */
export function nextRandom(state: number): [number, number] {
  const s = (state + 0x6d2b79f5) | 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, s];
}

/** Holder API used by the engine: reads and writes the state kept in the world. */
export interface RngHolder {
  rng: number;
}

export function random(h: RngHolder): number {
  const [v, s] = nextRandom(h.rng);
  h.rng = s;
  return v;
}

/** Integer in [min, max], inclusive. */
export function randomInt(h: RngHolder, min: number, max: number): number {
  return min + Math.floor(random(h) * (max - min + 1));
}

const ALNUM = 'bcdfghjklmnpqrstvwxz2456789';

/** A k8s-style random suffix (generateName uses this alphabet, with no vowels). */
export function randomSuffix(h: RngHolder, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALNUM[Math.floor(random(h) * ALNUM.length)];
  return out;
}

const HEX = '0123456789abcdef';

/** A version-4-shaped UUID from the seeded generator. */
export function randomUid(h: RngHolder): string {
  let out = '';
  for (let i = 0; i < 32; i++) {
    let d = Math.floor(random(h) * 16);
    if (i === 12) d = 4;
    if (i === 16) d = (d & 0x3) | 0x8;
    out += HEX[d];
    if (i === 7 || i === 11 || i === 15 || i === 19) out += '-';
  }
  return out;
}

/** Shuffles a copy of `items` (Fisher–Yates). */
export function shuffled<T>(h: RngHolder, items: readonly T[]): T[] {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random(h) * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
