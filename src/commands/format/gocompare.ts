// The comparison functions of Go templates (eq, ne, lt, le, gt, ge) as forked into client-go's
// third_party/forked/golang/template and used by jsonpath filters. Only basic kinds compare;
// ints and uints compare across signedness, everything else must match kinds exactly.

import { compareGoStrings, isGoInt } from './gofmt.ts';

/** A float64 that must stay a float even when integral (e.g. the literal `3.0`). */
export class GoFloat {
  constructor(readonly value: number) {}
}

/** An unsigned integer (a byte obtained by indexing a string). */
export class GoUint {
  constructor(readonly value: number) {}
}

export const ERR_BAD_COMPARISON_TYPE = 'invalid type for comparison';
export const ERR_BAD_COMPARISON = 'incompatible types for comparison';

export class GoCompareError extends Error {}

type Kind = 'bool' | 'int' | 'uint' | 'float' | 'string';

export function basicKind(v: unknown): Kind {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return isGoInt(v) ? 'int' : 'float';
  if (v instanceof GoFloat) return 'float';
  if (v instanceof GoUint) return 'uint';
  throw new GoCompareError(ERR_BAD_COMPARISON_TYPE);
}

const num = (v: unknown): number => (v instanceof GoFloat || v instanceof GoUint ? v.value : (v as number));

export function goEqual(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 !== k2) {
    if ((k1 === 'int' && k2 === 'uint') || (k1 === 'uint' && k2 === 'int')) return num(a) === num(b);
    throw new GoCompareError(ERR_BAD_COMPARISON);
  }
  if (k1 === 'string') return a === b;
  if (k1 === 'bool') return a === b;
  return num(a) === num(b);
}

export function goLess(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 !== k2) {
    if (k1 === 'int' && k2 === 'uint') return num(a) < 0 || num(a) < num(b);
    if (k1 === 'uint' && k2 === 'int') return num(b) >= 0 && num(a) < num(b);
    throw new GoCompareError(ERR_BAD_COMPARISON);
  }
  if (k1 === 'bool') throw new GoCompareError(ERR_BAD_COMPARISON_TYPE);
  if (k1 === 'string') return compareGoStrings(a as string, b as string) < 0;
  return num(a) < num(b);
}

/** Evaluates a jsonpath filter operator; unknown operators are reported like client-go. */
export function goCompare(operator: string, a: unknown, b: unknown): boolean {
  switch (operator) {
    case '<':
      return goLess(a, b);
    case '>':
      return !(goLess(a, b) || goEqual(a, b));
    case '==':
      return goEqual(a, b);
    case '!=':
      return !goEqual(a, b);
    case '<=':
      return goLess(a, b) || goEqual(a, b);
    case '>=':
      return !goLess(a, b);
    default:
      throw new GoCompareError(`unrecognized filter operator ${operator}`);
  }
}
