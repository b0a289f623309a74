import { describe, expect, it } from 'vitest';
import { GoFloat } from './gocompare.ts';
import { goSprint, goSprintf, goSprintln } from './gosprintf.ts';

describe('goSprintf', () => {
  it.each([
    ['%s=%d', ['a', 3], 'a=3'],
    ['%v %v %v', [true, null, [1, 'x']], 'true <nil> [1 x]'],
    ['%q', ['web'], '"web"'],
    ['%5s|%-5s|%.2s', ['a', 'b', 'xyz'], '    a|b    |xy'],
    ['%05d|%+d|% d|%x|%X|%o|%b|%#x', [42, 42, 42, 255, 255, 8, 5, 255], '00042|+42| 42|ff|FF|10|101|0xff'],
    ['%f|%.2f|%e|%g|%G', [1.5, 3.14159, 1234.5678, 0.000012, 1e21], '1.500000|3.14|1.234568e+03|1.2e-05|1E+21'],
    ['%v', [new GoFloat(3)], '3'],
    ['%c|%U', [65, 0x1f600], 'A|U+1F600'],
    ['%*d|%-*d|', [4, 7, 3, 1], '   7|1  |'],
    ['100%%', [], '100%'],
    ['%d', ['x'], '%!d(string=x)'],
    ['%s', [3], '%!s(int64=3)'],
    ['%d', [null], '%!d(<nil>)'],
    ['%d %d', [1], '1 %!d(MISSING)'],
    ['%d', [1, 'x', 2], '1%!(EXTRA string=x, int64=2)'],
    ['%z', [1], '%!z(int64=1)'],
    ['%', [], '%!(NOVERB)'],
    ['%s', [{ a: 'b' }], 'map[a:b]'],
    ['%q', [['a', 'b']], '["a" "b"]'],
  ])('Sprintf(%j, %j) = %j', (format, args, out) => {
    expect(goSprintf(format, args)).toBe(out);
  });
});

describe('goSprint / goSprintln', () => {
  it('adds spaces only between non-string operands', () => {
    expect(goSprint([1, 2, 'a', 'b', 3])).toBe('1 2ab3');
    expect(goSprint(['a', 1])).toBe('a1');
  });

  it('always separates with spaces and ends with a newline', () => {
    expect(goSprintln(['a', 1, null])).toBe('a 1 <nil>\n');
  });
});
