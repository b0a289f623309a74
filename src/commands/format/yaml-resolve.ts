// go-yaml v2 (sigs.k8s.io/yaml/goyaml.v2) resolve.go: the tag a plain scalar would resolve to
// when read back. A string that would not resolve to !!str must be quoted when emitted.

const BOOL_NULL_FLOAT = new Set([
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'true',
  'True',
  'TRUE',
  'on',
  'On',
  'ON',
  'n',
  'N',
  'no',
  'No',
  'NO',
  'false',
  'False',
  'FALSE',
  'off',
  'Off',
  'OFF',
  '',
  '~',
  'null',
  'Null',
  'NULL',
  '.nan',
  '.NaN',
  '.NAN',
  '.inf',
  '.Inf',
  '.INF',
  '+.inf',
  '+.Inf',
  '+.INF',
  '-.inf',
  '-.Inf',
  '-.INF',
]);

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** strconv.ParseInt / ParseUint with base 0 (underscores already removed). */
function isGoInteger(s: string): boolean {
  return /^[+-]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.test(s);
}

/** strconv.ParseFloat: decimal or hex floats, inf/infinity/nan (case-insensitive). */
function isGoFloat(s: string): boolean {
  return (
    /^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(s) ||
    /^[+-]?0[xX]([0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?[0-9]+$/.test(s) ||
    /^[+-]?(inf|infinity|nan)$/i.test(s)
  );
}

const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** parseTimestamp: the subset of YAML timestamps go-yaml accepts via time.Parse. */
export function isYamlTimestamp(s: string): boolean {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt]| )(\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(
    s,
  );
  if (!m) return false;
  const [, y, mo, d, sep, h, mi, sec, , zone] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > daysIn(Number(y), Number(mo))) return false;
  if (sep === undefined) return true;
  // "2006-1-2T15:4:5.999999999Z07:00" needs a zone; "2006-1-2 15:4:5.999999999" must not have one.
  if ((sep === 'T' || sep === 't') !== (zone !== undefined)) return false;
  if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) return false;
  if (zone && zone !== 'Z') {
    if (Number(zone.slice(1, 3)) > 23 || Number(zone.slice(4, 6)) > 59) return false;
  }
  return true;
}

/** Whether a string would resolve to something other than !!str if emitted plain. */
export function resolvesToNonString(s: string): boolean {
  if (s === '') return true; // null
  const c = s[0];
  const hint =
    c === '+' || c === '-' ? 'S' : c >= '0' && c <= '9' ? 'D' : 'yYnNtTfFoO~'.includes(c) ? 'M' : c === '.' ? '.' : '';
  if (!hint) return false;
  if (BOOL_NULL_FLOAT.has(s)) return true;
  if (hint === 'M') return false;
  if (hint === '.') return isGoFloat(s);
  if (isYamlTimestamp(s)) return true;
  const plain = s.replaceAll('_', '');
  if (isGoInteger(plain)) return true;
  if (YAML_STYLE_FLOAT.test(plain) && isGoFloat(plain)) return true;
  if (/^-?0b[01]+$/.test(plain)) return true;
  return false;
}

export const isBase60Float = (s: string): boolean =>
  s !== '' && /^[-+0-9]/.test(s) && s.includes(':') && BASE60_FLOAT.test(s);
