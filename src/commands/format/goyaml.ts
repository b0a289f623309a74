// sigs.k8s.io/yaml's JSONToYAML as kubectl's YAMLPrinter uses it: the object is marshalled to
// JSON, read back by go-yaml v2 (integers stay ints, other numbers become float64) and written
// by go-yaml v2's encoder. That fixes three things this module reproduces: map keys are sorted
// with go-yaml's "natural" order (letters before other runes, digit runs compared numerically),
// strings are quoted exactly when go-yaml would (e.g. "true", "123", timestamps, "" -> ""),
// and scalars are laid out by the v2 emitter (see yaml-emitter.ts).

import { goFloatG, isGoInt, isMap } from './gofmt.ts';
import { Emitter } from './yaml-emitter.ts';
import type { YNode } from './yaml-emitter.ts';
import { isBase60Float, resolvesToNonString } from './yaml-resolve.ts';

const isLetter = (c: string): boolean => /^\p{L}$/u.test(c);
const isDigit = (c: string): boolean => /^\p{Nd}$/u.test(c);

/** go-yaml v2 keyList.Less for string keys. */
export function yamlKeyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return (ar[i].codePointAt(0) ?? 0) < (br[i].codePointAt(0) ?? 0);
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + ((ar[ai].codePointAt(0) ?? 48) - 48);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + ((br[bi].codePointAt(0) ?? 48) - 48);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return (ar[i].codePointAt(0) ?? 0) < (br[i].codePointAt(0) ?? 0);
  }
  return ar.length < br.length;
}

const compareKeys = (a: string, b: string): number => (yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0);

/** encoder.stringv: the style go-yaml requests for a string before the emitter's own checks. */
function stringNode(s: string): YNode {
  const canUsePlain = !resolvesToNonString(s) && !isBase60Float(s);
  const style = s.includes('\n') ? 'literal' : canUsePlain ? 'plain' : 'double';
  return { kind: 'scalar', value: s, style };
}

/** How a JSON number comes back from go-yaml: int stays int, everything else float64. */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? '.nan' : n > 0 ? '.inf' : '-.inf';
  // encoding/json writes integral values below 1e21 as plain digits, which go-yaml reads as int.
  if (isGoInt(n) && Math.abs(n) < 1e21) return String(n === 0 ? 0 : n);
  return goFloatG(n);
}

function toNode(v: unknown): YNode {
  if (v === null || v === undefined) return { kind: 'scalar', value: 'null', style: 'plain' };
  if (typeof v === 'boolean') return { kind: 'scalar', value: v ? 'true' : 'false', style: 'plain' };
  if (typeof v === 'number') return { kind: 'scalar', value: numberText(v), style: 'plain' };
  if (typeof v === 'string') return stringNode(v);
  if (Array.isArray(v)) return { kind: 'seq', items: v.map((x) => toNode(x === undefined ? null : x)) };
  if (isMap(v)) {
    const keys = Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort(compareKeys);
    return { kind: 'map', pairs: keys.map((k) => [stringNode(k), toNode(v[k])]) };
  }
  throw new TypeError(`cannot marshal ${typeof v} to YAML`);
}

/** sigs.k8s.io/yaml.Marshal of a JSON-compatible value. Output ends with a newline. */
export function goYamlMarshal(v: unknown): string {
  return new Emitter().document(toNode(v));
}
