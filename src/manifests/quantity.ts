// resource.Quantity parsing (k8s.io/apimachinery/pkg/api/resource), with its error texts.

export const ERR_FORMAT_WRONG =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const ERR_NUMERIC = 'unable to parse numeric part of quantity';
export const ERR_SUFFIX = "unable to parse quantity's suffix";

const BINARY: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

export type QuantityResult = { ok: true; value: number } | { ok: false; error: string };

/** ParseQuantity: the numeric value (as a float, enough for comparisons) or the upstream error. */
export function parseQuantity(input: string): QuantityResult {
  const str = input;
  if (str.length === 0) return { ok: false, error: ERR_FORMAT_WRONG };
  if (str === '0') return { ok: true, value: 0 };
  const m = /^([+-]?)([0-9]*)(?:\.([0-9]*))?/.exec(str);
  if (!m || (m[2].length === 0 && (m[3] === undefined || m[3].length === 0)))
    return { ok: false, error: ERR_FORMAT_WRONG };
  const rest = str.slice(m[0].length);
  const sm = /^([eEinumkKMGTP]*)([-+]?)([0-9]*)$/.exec(rest);
  if (!sm) return { ok: false, error: ERR_FORMAT_WRONG };
  const suffix = rest;
  const num = Number(`${m[1]}${m[2] || '0'}.${m[3] ?? ''}`.replace(/\.$/, ''));
  if (!Number.isFinite(num)) return { ok: false, error: ERR_NUMERIC };
  if (suffix in BINARY) return { ok: true, value: num * 2 ** BINARY[suffix] };
  if (suffix in DECIMAL) return { ok: true, value: num * 10 ** DECIMAL[suffix] };
  const em = /^[eE]([-+]?[0-9]+)$/.exec(suffix);
  if (em) return { ok: true, value: num * 10 ** parseInt(em[1], 10) };
  return { ok: false, error: ERR_SUFFIX };
}

/** The canonical String() of simple quantities (used when a value is echoed back in a message). */
export function quantityString(input: string): string {
  return input.trim();
}
