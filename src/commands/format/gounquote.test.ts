import { describe, expect, it } from 'vitest';
import { GoSyntaxError, unquoteExtend } from './gounquote.ts';

describe('unquoteExtend', () => {
  it.each([
    ['"\\n"', '\n'],
    ['"\\t"', '\t'],
    ["'single'", 'single'],
    ['"a\\"b"', 'a"b'],
    ["'a\\'b'", "a'b"],
    ['"\\x41\\u00e9\\U0001F600\\101\\\\"', 'Aé😀A\\'],
    ['"plain"', 'plain'],
  ])('%s → %j', (quoted, value) => {
    expect(unquoteExtend(quoted)).toBe(value);
  });

  it.each(['"', '"a\'', 'xax', '"\\q"', '"a"b"', "'a\\\"b'", '"\\400"', '"\\x4"'])('rejects %s', (quoted) => {
    expect(() => unquoteExtend(quoted)).toThrow(GoSyntaxError);
  });
});
