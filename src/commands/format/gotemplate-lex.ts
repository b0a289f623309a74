// text/template/parse's lexer (lex.go), ported for the default "{{" "}}" delimiters.

import { goQuote } from './gofmt.ts';

export type ItemType =
  | 'error'
  | 'bool'
  | 'char'
  | 'charConstant'
  | 'comment'
  | 'assign'
  | 'declare'
  | 'eof'
  | 'field'
  | 'identifier'
  | 'leftDelim'
  | 'leftParen'
  | 'number'
  | 'pipe'
  | 'rawString'
  | 'rightDelim'
  | 'rightParen'
  | 'space'
  | 'string'
  | 'text'
  | 'variable'
  // keywords
  | 'block'
  | 'break'
  | 'continue'
  | 'dot'
  | 'define'
  | 'else'
  | 'end'
  | 'if'
  | 'nil'
  | 'range'
  | 'template'
  | 'with';

export interface Item {
  typ: ItemType;
  pos: number;
  val: string;
  line: number;
}

const KEYWORDS: Record<string, ItemType> = {
  '.': 'dot',
  block: 'block',
  break: 'break',
  continue: 'continue',
  define: 'define',
  else: 'else',
  end: 'end',
  if: 'if',
  range: 'range',
  nil: 'nil',
  template: 'template',
  with: 'with',
};

export const isKeyword = (t: ItemType): boolean => Object.values(KEYWORDS).includes(t);

const LEFT = '{{';
const RIGHT = '}}';
const LEFT_COMMENT = '/*';
const RIGHT_COMMENT = '*/';
const TRIM = '-';
const TRIM_LEN = 2; // "- " or " -"
const EOF = '';

const isSpace = (r: string): boolean => r === ' ' || r === '\t' || r === '\r' || r === '\n';
const isAlphaNumeric = (r: string): boolean => r === '_' || /^[\p{L}\p{Nd}]$/u.test(r);
const isAsciiPrint = (r: string): boolean => r.length === 1 && r >= ' ' && r <= '~';

/** %#U of a rune. */
export function runeU(r: string): string {
  const cp = r.codePointAt(0) ?? 0;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(r) ? `${code} '${r}'` : code;
}

const hasLeftTrimMarker = (s: string): boolean => s.length >= 2 && s[0] === TRIM && isSpace(s[1]);
const hasRightTrimMarker = (s: string): boolean => s.length >= 2 && isSpace(s[0]) && s[1] === TRIM;
const rightTrimLength = (s: string): number => s.length - s.replace(/[ \t\r\n]+$/, '').length;
const leftTrimLength = (s: string): number => s.length - s.replace(/^[ \t\r\n]+/, '').length;

export function lex(input: string): Item[] {
  const items: Item[] = [];
  let pos = 0;
  let start = 0;
  let width = 0;
  let parenDepth = 0;

  const lineAt = (at: number): number => 1 + (input.slice(0, at).match(/\n/g) ?? []).length;

  const next = (): string => {
    if (pos >= input.length) {
      width = 0;
      return EOF;
    }
    const r = String.fromCodePoint(input.codePointAt(pos) ?? 0);
    width = r.length;
    pos += width;
    return r;
  };
  const backup = (): void => {
    pos -= width;
  };
  const peek = (): string => {
    const r = next();
    backup();
    return r;
  };
  const accept = (valid: string): boolean => {
    const r = next();
    if (r !== EOF && valid.includes(r)) return true;
    backup();
    return false;
  };
  const acceptRun = (valid: string): void => {
    for (;;) {
      const r = next();
      if (r === EOF || !valid.includes(r)) break;
    }
    backup();
  };
  const emit = (typ: ItemType): void => {
    items.push({ typ, pos: start, val: input.slice(start, pos), line: lineAt(start) });
    start = pos;
  };
  const ignore = (): void => {
    start = pos;
  };
  const error = (msg: string): null => {
    items.push({ typ: 'error', pos: start, val: msg, line: lineAt(start) });
    return null;
  };
  const atRightDelim = (): [boolean, boolean] => {
    if (hasRightTrimMarker(input.slice(pos)) && input.startsWith(RIGHT, pos + TRIM_LEN)) return [true, true];
    if (input.startsWith(RIGHT, pos)) return [true, false];
    return [false, false];
  };
  const atTerminator = (): boolean => {
    const r = peek();
    if (isSpace(r)) return true;
    if ([EOF, '.', ',', '|', ':', ')', '('].includes(r)) return true;
    return input.startsWith(RIGHT, pos);
  };

  type State = (() => State) | null;

  const lexText = (): State => {
    const x = input.indexOf(LEFT, pos);
    if (x >= 0) {
      pos = x;
      let trimLength = 0;
      if (hasLeftTrimMarker(input.slice(pos + LEFT.length))) trimLength = rightTrimLength(input.slice(start, pos));
      pos -= trimLength;
      if (pos > start) emit('text');
      pos += trimLength;
      ignore();
      return lexLeftDelim;
    }
    pos = input.length;
    if (pos > start) emit('text');
    emit('eof');
    return null;
  };

  const lexLeftDelim = (): State => {
    pos += LEFT.length;
    const afterMarker = hasLeftTrimMarker(input.slice(pos)) ? TRIM_LEN : 0;
    if (input.startsWith(LEFT_COMMENT, pos + afterMarker)) {
      pos += afterMarker;
      ignore();
      return lexComment;
    }
    emit('leftDelim');
    pos += afterMarker;
    ignore();
    parenDepth = 0;
    return lexInsideAction;
  };

  const lexComment = (): State => {
    pos += LEFT_COMMENT.length;
    const x = input.indexOf(RIGHT_COMMENT, pos);
    if (x < 0) return error('unclosed comment');
    pos = x + RIGHT_COMMENT.length;
    const [delim, trimSpace] = atRightDelim();
    if (!delim) return error('comment ends before closing delimiter');
    if (trimSpace) pos += TRIM_LEN;
    pos += RIGHT.length;
    if (trimSpace) pos += leftTrimLength(input.slice(pos));
    ignore();
    return lexText;
  };

  const lexRightDelim = (): State => {
    const [, trimSpace] = atRightDelim();
    if (trimSpace) {
      pos += TRIM_LEN;
      ignore();
    }
    pos += RIGHT.length;
    emit('rightDelim');
    if (trimSpace) {
      pos += leftTrimLength(input.slice(pos));
      ignore();
    }
    return lexText;
  };

  const lexInsideAction = (): State => {
    const [delim] = atRightDelim();
    if (delim) {
      if (parenDepth === 0) return lexRightDelim;
      return error('unclosed left paren');
    }
    const r = next();
    if (r === EOF) return error('unclosed action');
    if (isSpace(r)) {
      backup();
      return lexSpace;
    }
    if (r === '=') {
      emit('assign');
    } else if (r === ':') {
      if (next() !== '=') return error('expected :=');
      emit('declare');
    } else if (r === '|') {
      emit('pipe');
    } else if (r === '"') {
      return lexQuote;
    } else if (r === '`') {
      return lexRawQuote;
    } else if (r === '$') {
      return lexVariable;
    } else if (r === "'") {
      return lexChar;
    } else if (r === '.' && pos < input.length && !(input[pos] >= '0' && input[pos] <= '9')) {
      return lexField;
    } else if (r === '.' || r === '+' || r === '-' || (r >= '0' && r <= '9')) {
      backup();
      return lexNumber;
    } else if (isAlphaNumeric(r)) {
      backup();
      return lexIdentifier;
    } else if (r === '(') {
      parenDepth++;
      emit('leftParen');
    } else if (r === ')') {
      parenDepth--;
      if (parenDepth < 0) return error('unexpected right paren');
      emit('rightParen');
    } else if (isAsciiPrint(r)) {
      emit('char');
    } else {
      return error(`unrecognized character in action: ${runeU(r)}`);
    }
    return lexInsideAction;
  };

  const lexSpace = (): State => {
    let numSpaces = 0;
    while (isSpace(peek())) {
      next();
      numSpaces++;
    }
    // A space followed by "-}}" belongs to a trim-marked closing delimiter.
    if (hasRightTrimMarker(input.slice(pos - 1)) && input.startsWith(RIGHT, pos - 1 + TRIM_LEN)) {
      pos -= 1;
      if (numSpaces === 1) return lexRightDelim;
    }
    emit('space');
    return lexInsideAction;
  };

  const lexIdentifier = (): State => {
    let r = next();
    while (isAlphaNumeric(r)) r = next();
    backup();
    const word = input.slice(start, pos);
    if (!atTerminator()) return error(`bad character ${runeU(r)}`);
    const kw = KEYWORDS[word];
    if (kw && kw !== 'dot') emit(kw);
    else if (word[0] === '.') emit('field');
    else if (word === 'true' || word === 'false') emit('bool');
    else emit('identifier');
    return lexInsideAction;
  };

  const lexFieldOrVariable = (typ: 'field' | 'variable'): State => {
    if (atTerminator()) {
      emit(typ === 'variable' ? 'variable' : 'dot');
      return lexInsideAction;
    }
    let r = next();
    while (isAlphaNumeric(r)) r = next();
    backup();
    if (!atTerminator()) return error(`bad character ${runeU(r)}`);
    emit(typ);
    return lexInsideAction;
  };
  const lexField = (): State => lexFieldOrVariable('field');
  const lexVariable = (): State => lexFieldOrVariable('variable');

  const lexChar = (): State => {
    for (;;) {
      let r = next();
      if (r === '\\') {
        r = next();
        if (r !== EOF && r !== '\n') continue;
      }
      if (r === EOF || r === '\n') return error('unterminated character constant');
      if (r === "'") break;
    }
    emit('charConstant');
    return lexInsideAction;
  };

  const lexNumber = (): State => {
    accept('+-');
    let digits = '0123456789_';
    if (accept('0')) {
      if (accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (accept('oO')) digits = '01234567_';
      else if (accept('bB')) digits = '01_';
    }
    acceptRun(digits);
    if (accept('.')) acceptRun(digits);
    if (digits.length === 11 && accept('eE')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    if (digits.length === 23 && accept('pP')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    accept('i');
    if (isAlphaNumeric(peek())) {
      next();
      return error(`bad number syntax: ${goQuote(input.slice(start, pos))}`);
    }
    emit('number');
    return lexInsideAction;
  };

  const lexQuote = (): State => {
    for (;;) {
      let r = next();
      if (r === '\\') {
        r = next();
        if (r !== EOF && r !== '\n') continue;
      }
      if (r === EOF || r === '\n') return error('unterminated quoted string');
      if (r === '"') break;
    }
    emit('string');
    return lexInsideAction;
  };

  const lexRawQuote = (): State => {
    for (;;) {
      const r = next();
      if (r === EOF) return error('unterminated raw quoted string');
      if (r === '`') break;
    }
    emit('rawString');
    return lexInsideAction;
  };

  let state: State = lexText;
  while (state) state = state();
  return items;
}
