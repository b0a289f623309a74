// resource.Quantity, reduced to what the printers need: parsing a stored quantity string,
// adding quantities, and printing the canonical form kubectl shows (`1024Ki` → `1Mi`,
// `0.1` → `100m`, `1500M` stays `1500M`). Values are exact rationals num / 10^scale.

export type QuantityFormat = 'BinarySI' | 'DecimalSI' | 'DecimalExponent';

export interface Quantity {
  num: bigint;
  scale: number;
  format: QuantityFormat;
}

const BINARY: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const RE = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)|[eE]([+-]?\d+))?$/;

export const ZERO: Quantity = { num: 0n, scale: 0, format: 'DecimalSI' };

function normalize(q: Quantity): Quantity {
  let { num, scale } = q;
  while (scale > 0 && num % 10n === 0n) {
    num /= 10n;
    scale--;
  }
  return { num, scale, format: q.format };
}

/** resource.ParseQuantity; undefined when the text is not a quantity. */
export function parseQuantity(text: string): Quantity | undefined {
  const m = RE.exec(text.trim());
  if (!m) return undefined;
  const [, sign, digits, suffix = '', exp] = m;
  const [intPart, frac = ''] = digits!.split('.');
  let num = BigInt(`${intPart || '0'}${frac}`);
  let scale = frac.length;
  let format: QuantityFormat = 'DecimalSI';
  if (exp !== undefined) {
    format = 'DecimalExponent';
    const e = Number(exp);
    if (e >= 0) num *= 10n ** BigInt(e);
    else scale += -e;
  } else if (suffix in BINARY) {
    format = 'BinarySI';
    num *= 1024n ** BigInt(BINARY[suffix]!);
  } else {
    const e = DECIMAL[suffix]!;
    if (e >= 0) num *= 10n ** BigInt(e);
    else scale += -e;
  }
  if (sign === '-') num = -num;
  return normalize({ num, scale, format });
}

export function addQuantity(a: Quantity, b: Quantity): Quantity {
  const scale = Math.max(a.scale, b.scale);
  const num = a.num * 10n ** BigInt(scale - a.scale) + b.num * 10n ** BigInt(scale - b.scale);
  // Quantity.Add: a zero receiver takes the other operand's format.
  return normalize({ num, scale, format: a.num === 0n ? b.format : a.format });
}

const ceilDiv = (n: bigint, d: bigint): bigint => (n >= 0n ? (n + d - 1n) / d : n / d);

/** Quantity.MilliValue (rounded up). */
export const milliValue = (q: Quantity): number => Number(ceilDiv(q.num * 1000n, 10n ** BigInt(q.scale)));

/** Quantity.Value (rounded up). */
export const quantityValue = (q: Quantity): number => Number(ceilDiv(q.num, 10n ** BigInt(q.scale)));

function removeFactors(n: bigint, f: bigint): [bigint, number] {
  let times = 0;
  while (n !== 0n && n % f === 0n) {
    n /= f;
    times++;
  }
  return [n, times];
}

const DECIMAL_SUFFIX = new Map(Object.entries(DECIMAL).map(([s, e]) => [e, s]));
const BINARY_SUFFIX = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

/** Quantity.String(): the canonical form. */
export function quantityString(q: Quantity): string {
  if (q.num === 0n) return '0';
  let format = q.format;
  if (format === 'BinarySI') {
    const den = 10n ** BigInt(q.scale);
    if ((q.num > -1024n * den && q.num < 1024n * den) || q.scale > 0) format = 'DecimalSI';
  }
  if (format === 'BinarySI') {
    let [amount, exp] = removeFactors(q.num, 1024n);
    while (exp > 6) {
      amount *= 1024n;
      exp--;
    }
    return `${amount}${BINARY_SUFFIX[exp]}`;
  }
  const [stripped, times] = removeFactors(q.num, 10n);
  let amount = stripped;
  let exponent = -q.scale + times;
  const r = exponent % 3;
  if (r === 1 || r === -2) {
    amount *= 10n;
    exponent -= 1;
  } else if (r === 2 || r === -1) {
    amount *= 100n;
    exponent -= 2;
  }
  if (format === 'DecimalSI' && DECIMAL_SUFFIX.has(exponent)) return `${amount}${DECIMAL_SUFFIX.get(exponent)}`;
  return exponent === 0 ? `${amount}` : `${amount}e${exponent}`;
}

/** The canonical form of a stored quantity string; unparseable text is returned unchanged. */
export function canonicalQuantity(text: string | undefined): string {
  if (text === undefined) return '';
  const q = parseQuantity(text);
  return q ? quantityString(q) : text;
}
