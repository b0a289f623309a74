// The pflag-compatible parser: shorthand clusters, `--`, and Go's number and duration syntax.
import { describe, expect, it } from 'vitest';
import { parseFlags, parseGoDuration, parseGoInt, type FlagSpec } from './flags.ts';

const SPECS: FlagSpec[] = [
  { names: ['output', 'o'], type: 'string' },
  { names: ['stdin', 'i'], type: 'bool' },
  { names: ['tty', 't'], type: 'bool' },
  { names: ['replicas'], type: 'int' },
  { names: ['timeout'], type: 'duration' },
  { names: ['filename', 'f'], type: 'strings', csv: true },
  { names: ['cascade'], type: 'string', noOpt: 'background' },
];

const parse = (words: string) => parseFlags(words.split(' ').filter(Boolean), SPECS, 'kubectl x');

describe('parseFlags', () => {
  it('long, short, clustered, =value, -ovalue, --', () => {
    const r = parse('a -it -ojson --replicas=3 -f a.yaml,b.yaml -f c.yaml b -- c -d');
    expect(r.ok && { args: r.value.args, rest: r.value.rest, dashAt: r.value.dashAt, flags: r.value.flags }).toEqual({
      args: ['a', 'b'],
      rest: ['c', '-d'],
      dashAt: 2,
      flags: { stdin: true, tty: true, output: 'json', replicas: 3, filename: ['a.yaml', 'b.yaml', 'c.yaml'] },
    });
    const c = parse('--cascade x');
    expect(c.ok && { args: c.value.args, flags: c.value.flags }).toEqual({
      args: ['x'],
      flags: { cascade: 'background' },
    });
  });

  it("pflag's errors, wrapped by kubectl", () => {
    const err = (e: string) => ({ ok: false, error: `error: ${e}\nSee 'kubectl x --help' for usage.` });
    expect(parse('--nope')).toEqual(err('unknown flag: --nope'));
    expect(parse('-iz')).toEqual(err("unknown shorthand flag: 'z' in -z"));
    expect(parse('-o')).toEqual(err("flag needs an argument: 'o' in -o"));
    expect(parse('--output')).toEqual(err('flag needs an argument: --output'));
    expect(parse('--stdin=maybe')).toEqual(
      err('invalid argument "maybe" for "-i, --stdin" flag: strconv.ParseBool: parsing "maybe": invalid syntax'),
    );
    expect(parse('--replicas=x')).toEqual(
      err('invalid argument "x" for "--replicas" flag: strconv.ParseInt: parsing "x": invalid syntax'),
    );
    expect(parse('--timeout=5')).toEqual(
      err('invalid argument "5" for "--timeout" flag: time: missing unit in duration "5"'),
    );
    expect(parse('---x')).toEqual(err('bad flag syntax: ---x'));
  });
});

describe('Go number and duration syntax', () => {
  it('strconv.ParseInt(s, 0, 64)', () => {
    expect(parseGoInt('42')).toBe(42);
    expect(parseGoInt('-7')).toBe(-7);
    expect(parseGoInt('0x1F')).toBe(31);
    expect(parseGoInt('0o17')).toBe(15);
    expect(parseGoInt('017')).toBe(15);
    expect(parseGoInt('0b101')).toBe(5);
    expect(parseGoInt('1_000')).toBe('strconv.ParseInt: parsing "1_000": invalid syntax');
    expect(parseGoInt('0x_1f')).toBe(31);
    expect(parseGoInt('9223372036854775807')).toBe(2 ** 63);
    expect(parseGoInt('9223372036854775808')).toBe(
      'strconv.ParseInt: parsing "9223372036854775808": value out of range',
    );
    expect(parseGoInt('-9223372036854775808')).toBe(-(2 ** 63));
    expect(parseGoInt('1.5')).toBe('strconv.ParseInt: parsing "1.5": invalid syntax');
    expect(parseGoInt('')).toBe('strconv.ParseInt: parsing "": invalid syntax');
  });

  it('time.ParseDuration, in seconds', () => {
    expect(parseGoDuration('0')).toBe(0);
    expect(parseGoDuration('30s')).toBe(30);
    expect(parseGoDuration('1m30s')).toBe(90);
    expect(parseGoDuration('1.5h')).toBe(5400);
    expect(parseGoDuration('300ms')).toBe(0.3);
    expect(parseGoDuration('-1s')).toBe(-1);
    expect(parseGoDuration('30')).toBe('time: missing unit in duration "30"');
    expect(parseGoDuration('1d')).toBe('time: unknown unit "d" in duration "1d"');
    expect(parseGoDuration('x')).toBe('time: invalid duration "x"');
    expect(parseGoDuration('')).toBe('time: invalid duration ""');
    expect(parseGoDuration('9999999999h')).toBe('time: invalid duration "9999999999h"');
  });
});
