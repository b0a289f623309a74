import { describe, expect, it } from 'vitest';
import {
  compareGoStrings,
  goFloatG,
  goNumber,
  goQuote,
  goSprintSharpV,
  goSprintV,
  goTypeName,
  utf8Bytes,
} from './gofmt.ts';
import { goJsonMarshal, goJsonNumber } from './gojson.ts';

describe('goQuote (strconv.Quote)', () => {
  it('escapes like Go', () => {
    expect(goQuote('{.items[*]}{"\\n"}')).toBe('"{.items[*]}{\\"\\\\n\\"}"');
    expect(goQuote('a\tb\nc\x01\x7f')).toBe('"a\\tb\\nc\\x01\\x7f"');
    expect(goQuote('héllo 😀')).toBe('"héllo 😀"');
    expect(goQuote('\u00a0\u2028')).toBe('"\\u00a0\\u2028"');
  });
});

describe("goFloatG (strconv.FormatFloat(f, 'g', -1, 64))", () => {
  it.each([
    [0.5, '0.5'],
    [1.5, '1.5'],
    [100000.5, '100000.5'],
    [1e6, '1e+06'],
    [1234567.5, '1.2345675e+06'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [-2.25, '-2.25'],
    [1e21, '1e+21'],
    [0, '0'],
    [-0, '-0'],
    [Number.POSITIVE_INFINITY, '+Inf'],
    [Number.NaN, 'NaN'],
  ])('%d → %s', (n, s) => {
    expect(goFloatG(n)).toBe(s);
  });

  it('prints integral JSON numbers as int64', () => {
    expect(goNumber(3)).toBe('3');
    expect(goNumber(-0)).toBe('0');
    expect(goNumber(2.5)).toBe('2.5');
  });
});

describe('goSprintV and goSprintSharpV', () => {
  it('prints %v like fmt', () => {
    expect(goSprintV({ b: [1, 'x', null], a: { c: true } })).toBe('map[a:map[c:true] b:[1 x <nil>]]');
    expect(goSprintV(null)).toBe('<nil>');
    expect(goSprintV(undefined)).toBe('<invalid reflect.Value>');
  });

  it('prints %#v like fmt', () => {
    expect(goSprintSharpV({ b: [1, 'x', null], a: {} })).toBe(
      'map[string]interface {}{"a":map[string]interface {}{}, "b":[]interface {}{1, "x", interface {}(nil)}}',
    );
  });

  it('names Go types', () => {
    expect([
      goTypeName('a'),
      goTypeName(1),
      goTypeName(1.5),
      goTypeName(true),
      goTypeName([]),
      goTypeName({}),
      goTypeName(null),
    ]).toEqual(['string', 'int64', 'float64', 'bool', '[]interface {}', 'map[string]interface {}', 'interface {}']);
  });
});

describe('compareGoStrings and utf8Bytes', () => {
  it('orders by code point (UTF-8 byte order), not UTF-16 units', () => {
    expect(['b', 'B', 'a', '_', '\uffff', '😀'].sort(compareGoStrings)).toEqual(['B', '_', 'a', 'b', '\uffff', '😀']);
  });

  it('encodes UTF-8', () => {
    expect(utf8Bytes('aé😀')).toEqual([0x61, 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80]);
  });
});

describe('goJsonMarshal', () => {
  it('marshals compactly by default and indents on request', () => {
    expect(goJsonMarshal({ b: 1, a: [true, null] })).toBe('{"a":[true,null],"b":1}');
    expect(goJsonMarshal({ a: [1] }, '  ')).toBe('{\n  "a": [\n    1\n  ]\n}');
  });

  it('rejects values JSON cannot hold', () => {
    expect(() => goJsonNumber(Number.NaN)).toThrow('json: unsupported value: NaN');
  });
});
