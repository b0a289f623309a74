// A TypeScript port of the go-yaml v2 scanner (scannerc.go, plus the character checks of readerc.go)
// that kubectl uses through sigs.k8s.io/yaml. It exists so that YAML syntax errors carry go-yaml's
// exact problem text and the mark (line) go-yaml reports. Structure and names follow the Go code.

export interface Mark {
  index: number;
  line: number;
  column: number;
}

export type TokenType =
  | 'STREAM-START'
  | 'STREAM-END'
  | 'VERSION-DIRECTIVE'
  | 'TAG-DIRECTIVE'
  | 'DOCUMENT-START'
  | 'DOCUMENT-END'
  | 'BLOCK-SEQUENCE-START'
  | 'BLOCK-MAPPING-START'
  | 'BLOCK-END'
  | 'FLOW-SEQUENCE-START'
  | 'FLOW-SEQUENCE-END'
  | 'FLOW-MAPPING-START'
  | 'FLOW-MAPPING-END'
  | 'BLOCK-ENTRY'
  | 'FLOW-ENTRY'
  | 'KEY'
  | 'VALUE'
  | 'ALIAS'
  | 'ANCHOR'
  | 'TAG'
  | 'SCALAR';

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

export interface Token {
  type: TokenType;
  start: Mark;
  end: Mark;
  value?: string;
  suffix?: string;
  prefix?: string;
  style?: ScalarStyle;
  major?: number;
  minor?: number;
}

export type YamlErrorKind = 'reader' | 'scanner' | 'parser' | 'composer';

/** A go-yaml error: the fields `(*parser).fail` turns into "yaml: line N: problem". */
export class YamlError extends Error {
  constructor(
    readonly kind: YamlErrorKind,
    readonly problem: string,
    readonly problemMark: Mark,
    readonly context: string,
    readonly contextMark: Mark,
  ) {
    super(problem);
  }
}

const ZERO_MARK: Mark = { index: 0, line: 0, column: 0 };

interface SimpleKey {
  possible: boolean;
  required: boolean;
  tokenNumber: number;
  mark: Mark;
}

const RAW_CHUNK = 512; // input_raw_buffer_size in go-yaml

function utf8Len(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

function allowedChar(v: number): boolean {
  return (
    v === 0x09 ||
    v === 0x0a ||
    v === 0x0d ||
    (v >= 0x20 && v <= 0x7e) ||
    v === 0x85 ||
    (v >= 0xa0 && v <= 0xd7ff) ||
    (v >= 0xe000 && v <= 0xfffd) ||
    (v >= 0x10000 && v <= 0x10ffff)
  );
}

const C = (s: string): number => s.charCodeAt(0);

export class Scanner {
  private readonly buf: number[];
  private pos = 0;
  private mark: Mark = { index: 0, line: 0, column: 0 };
  // Reader emulation: characters are "decoded" (and checked) in 512-byte chunks, lazily.
  private decodedEnd = 0;
  private decodedBytes = 0;
  private readonly totalBytes: number;

  private streamStartProduced = false;
  private streamEndProduced = false;
  flowLevel = 0;
  private tokens: Token[] = [];
  private tokensHead = 0;
  tokensParsed = 0;
  tokenAvailable = false;
  private indent = -1;
  private indents: number[] = [];
  private simpleKeyAllowed = false;
  private simpleKeys: SimpleKey[] = [];
  private simpleKeysMinPossibleIndex = 0;
  private possibleByTokenNumber = new Set<number>();

  constructor(input: string) {
    let text = input;
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // BOM is consumed by encoding detection
    this.buf = [];
    let bytes = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      const v = cp >= 0xd800 && cp <= 0xdfff ? 0xfffd : cp;
      this.buf.push(v);
      bytes += utf8Len(v);
    }
    this.totalBytes = bytes;
  }

  // ---- reader ----------------------------------------------------------------------------------

  private at(i: number): number {
    return i < this.buf.length ? this.buf[i] : 0;
  }

  /** yaml_parser_update_buffer: make `length` characters available, decoding raw chunks as needed. */
  private cache(length: number): void {
    while (this.decodedEnd - this.pos < length && this.decodedEnd < this.buf.length) {
      const limit = this.decodedBytes + RAW_CHUNK;
      let end = this.decodedEnd;
      let bytes = this.decodedBytes;
      while (end < this.buf.length) {
        const w = utf8Len(this.buf[end]);
        if (bytes + w > limit) break;
        if (!allowedChar(this.buf[end])) {
          throw new YamlError('reader', 'control characters are not allowed', ZERO_MARK, '', ZERO_MARK);
        }
        bytes += w;
        end++;
      }
      if (end === this.decodedEnd) {
        // A single character wider than the remaining chunk room: decode it alone.
        if (!allowedChar(this.buf[end])) {
          throw new YamlError('reader', 'control characters are not allowed', ZERO_MARK, '', ZERO_MARK);
        }
        bytes += utf8Len(this.buf[end]);
        end++;
      }
      this.decodedEnd = end;
      this.decodedBytes = bytes;
    }
    void this.totalBytes;
  }

  private cur(off = 0): number {
    return this.at(this.pos + off);
  }

  private isBreak(off = 0): boolean {
    const c = this.cur(off);
    return c === 0x0d || c === 0x0a || c === 0x85 || c === 0x2028 || c === 0x2029;
  }
  private isCRLF(off = 0): boolean {
    return this.cur(off) === 0x0d && this.cur(off + 1) === 0x0a;
  }
  private isZ(off = 0): boolean {
    return this.pos + off >= this.buf.length;
  }
  private isBreakZ(off = 0): boolean {
    return this.isBreak(off) || this.isZ(off);
  }
  private isSpace(off = 0): boolean {
    return this.cur(off) === 0x20;
  }
  private isTab(off = 0): boolean {
    return this.cur(off) === 0x09;
  }
  private isBlank(off = 0): boolean {
    const c = this.cur(off);
    return c === 0x20 || c === 0x09;
  }
  private isBlankZ(off = 0): boolean {
    return this.isBlank(off) || this.isBreakZ(off);
  }
  private isAlpha(off = 0): boolean {
    const c = this.cur(off);
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d;
  }
  private isDigit(off = 0): boolean {
    const c = this.cur(off);
    return c >= 0x30 && c <= 0x39;
  }
  private isHex(off = 0): boolean {
    const c = this.cur(off);
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
  }
  private asHex(off = 0): number {
    const c = this.cur(off);
    if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
    if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
    return c - 0x30;
  }
  private is(ch: string, off = 0): boolean {
    return this.cur(off) === C(ch);
  }

  private copyMark(): Mark {
    return { index: this.mark.index, line: this.mark.line, column: this.mark.column };
  }

  private skip(): void {
    this.mark.index++;
    this.mark.column++;
    this.pos++;
  }

  private skipLine(): void {
    if (this.isCRLF()) {
      this.mark.index += 2;
      this.mark.column = 0;
      this.mark.line++;
      this.pos += 2;
    } else if (this.isBreak()) {
      this.mark.index++;
      this.mark.column = 0;
      this.mark.line++;
      this.pos++;
    }
  }

  private read(s: string): string {
    const out = s + String.fromCodePoint(this.cur());
    this.pos++;
    this.mark.index++;
    this.mark.column++;
    return out;
  }

  private readLine(s: string): string {
    const c = this.cur();
    let out = s;
    if (c === 0x0d && this.cur(1) === 0x0a) {
      out += '\n';
      this.pos += 2;
      this.mark.index++;
    } else if (c === 0x0d || c === 0x0a || c === 0x85) {
      out += '\n';
      this.pos += 1;
    } else if (c === 0x2028 || c === 0x2029) {
      out += String.fromCodePoint(c);
      this.pos += 1;
    } else {
      return s;
    }
    this.mark.index++;
    this.mark.column = 0;
    this.mark.line++;
    return out;
  }

  private error(context: string, contextMark: Mark, problem: string): never {
    throw new YamlError('scanner', problem, this.copyMark(), context, contextMark);
  }

  // ---- token queue -----------------------------------------------------------------------------

  private insertToken(pos: number, token: Token): void {
    if (pos < 0) this.tokens.push(token);
    else this.tokens.splice(this.tokensHead + pos, 0, token);
  }

  /** peek_token */
  peek(): Token {
    if (!this.tokenAvailable) this.fetchMoreTokens();
    return this.tokens[this.tokensHead];
  }

  /** skip_token */
  skipToken(): void {
    this.tokenAvailable = false;
    this.tokensParsed++;
    this.streamEndProduced = this.tokens[this.tokensHead].type === 'STREAM-END';
    this.tokensHead++;
    if (this.tokensHead > 64 && this.tokensHead === this.tokens.length) {
      this.tokens = [];
      this.tokensHead = 0;
    }
  }

  get streamEnded(): boolean {
    return this.streamEndProduced;
  }

  private fetchMoreTokens(): void {
    for (;;) {
      let needMore: boolean;
      if (this.tokensHead === this.tokens.length) {
        needMore = true;
      } else {
        this.staleSimpleKeys();
        needMore = this.possibleByTokenNumber.has(this.tokensParsed);
      }
      if (!needMore) break;
      this.fetchNextToken();
    }
    this.tokenAvailable = true;
  }

  private fetchNextToken(): void {
    this.cache(1);
    if (!this.streamStartProduced) {
      this.fetchStreamStart();
      return;
    }
    this.scanToNextToken();
    this.staleSimpleKeys();
    this.unrollIndent(this.mark.column);
    this.cache(4);

    if (this.isZ()) {
      this.fetchStreamEnd();
      return;
    }
    if (this.mark.column === 0 && this.is('%')) {
      this.fetchDirective();
      return;
    }
    if (this.mark.column === 0 && this.is('-') && this.is('-', 1) && this.is('-', 2) && this.isBlankZ(3)) {
      this.fetchDocumentIndicator('DOCUMENT-START');
      return;
    }
    if (this.mark.column === 0 && this.is('.') && this.is('.', 1) && this.is('.', 2) && this.isBlankZ(3)) {
      this.fetchDocumentIndicator('DOCUMENT-END');
      return;
    }
    if (this.is('[')) return this.fetchFlowCollectionStart('FLOW-SEQUENCE-START');
    if (this.is('{')) return this.fetchFlowCollectionStart('FLOW-MAPPING-START');
    if (this.is(']')) return this.fetchFlowCollectionEnd('FLOW-SEQUENCE-END');
    if (this.is('}')) return this.fetchFlowCollectionEnd('FLOW-MAPPING-END');
    if (this.is(',')) return this.fetchFlowEntry();
    if (this.is('-') && this.isBlankZ(1)) return this.fetchBlockEntry();
    if (this.is('?') && (this.flowLevel > 0 || this.isBlankZ(1))) return this.fetchKey();
    if (this.is(':') && (this.flowLevel > 0 || this.isBlankZ(1))) return this.fetchValue();
    if (this.is('*')) return this.fetchAnchor('ALIAS');
    if (this.is('&')) return this.fetchAnchor('ANCHOR');
    if (this.is('!')) return this.fetchTag();
    if (this.is('|') && this.flowLevel === 0) return this.fetchBlockScalar(true);
    if (this.is('>') && this.flowLevel === 0) return this.fetchBlockScalar(false);
    if (this.is("'")) return this.fetchFlowScalar(true);
    if (this.is('"')) return this.fetchFlowScalar(false);

    const c = this.cur();
    const indicator = '-?:,[]{}#&*!|>\'"%@`'.includes(String.fromCodePoint(c));
    if (
      !(this.isBlankZ() || indicator) ||
      (this.is('-') && !this.isBlank(1)) ||
      (this.flowLevel === 0 && (this.is('?') || this.is(':')) && !this.isBlankZ(1))
    ) {
      return this.fetchPlainScalar();
    }
    this.error('while scanning for the next token', this.copyMark(), 'found character that cannot start any token');
  }

  private staleSimpleKeys(): void {
    for (let i = this.simpleKeysMinPossibleIndex; i < this.simpleKeys.length; i++) {
      const key = this.simpleKeys[i];
      if (!key.possible) {
        this.simpleKeysMinPossibleIndex = i;
        continue;
      }
      if (key.mark.line < this.mark.line || key.mark.index + 1024 < this.mark.index) {
        if (key.required) {
          this.error('while scanning a simple key', key.mark, "could not find expected ':'");
        }
        key.possible = false;
        this.possibleByTokenNumber.delete(key.tokenNumber);
        this.simpleKeysMinPossibleIndex = i + 1;
      } else {
        break;
      }
    }
  }

  private saveSimpleKey(): void {
    const required = this.flowLevel === 0 && this.indent === this.mark.column;
    if (this.simpleKeyAllowed) {
      const key: SimpleKey = {
        possible: true,
        required,
        tokenNumber: this.tokensParsed + (this.tokens.length - this.tokensHead),
        mark: this.copyMark(),
      };
      this.removeSimpleKey();
      this.possibleByTokenNumber.add(key.tokenNumber);
      this.simpleKeys[this.simpleKeys.length - 1] = key;
    }
  }

  private removeSimpleKey(): void {
    const i = this.simpleKeys.length - 1;
    const key = this.simpleKeys[i];
    if (key.possible) {
      if (key.required) {
        this.error('while scanning a simple key', key.mark, "could not find expected ':'");
      }
      key.possible = false;
      this.possibleByTokenNumber.delete(key.tokenNumber);
    }
    if (this.simpleKeysMinPossibleIndex > i) this.simpleKeysMinPossibleIndex = i;
  }

  private increaseFlowLevel(): void {
    this.simpleKeys.push({ possible: false, required: false, tokenNumber: 0, mark: { ...ZERO_MARK } });
    this.flowLevel++;
    if (this.flowLevel > 10000) {
      this.error(
        'while increasing flow level',
        this.simpleKeys[this.simpleKeys.length - 1].mark,
        'exceeded max depth of 10000',
      );
    }
  }

  private decreaseFlowLevel(): void {
    if (this.flowLevel > 0) {
      this.flowLevel--;
      const last = this.simpleKeys.length - 1;
      if (this.simpleKeys[last].possible) this.possibleByTokenNumber.delete(this.simpleKeys[last].tokenNumber);
      this.simpleKeys.length = last;
      if (this.simpleKeysMinPossibleIndex > last) this.simpleKeysMinPossibleIndex = last;
    }
  }

  private rollIndent(column: number, number: number, type: TokenType, mark: Mark): void {
    if (this.flowLevel > 0) return;
    if (this.indent < column) {
      this.indents.push(this.indent);
      this.indent = column;
      if (this.indents.length > 10000) {
        this.error(
          'while increasing indent level',
          this.simpleKeys[this.simpleKeys.length - 1].mark,
          'exceeded max depth of 10000',
        );
      }
      const token: Token = { type, start: mark, end: mark };
      let n = number;
      if (n > -1) n -= this.tokensParsed;
      this.insertToken(n, token);
    }
  }

  private unrollIndent(column: number): void {
    if (this.flowLevel > 0) return;
    while (this.indent > column) {
      const m = this.copyMark();
      this.insertToken(-1, { type: 'BLOCK-END', start: m, end: m });
      this.indent = this.indents.pop() ?? -1;
    }
  }

  private fetchStreamStart(): void {
    this.indent = -1;
    this.simpleKeys.push({ possible: false, required: false, tokenNumber: 0, mark: { ...ZERO_MARK } });
    this.simpleKeyAllowed = true;
    this.streamStartProduced = true;
    const m = this.copyMark();
    this.insertToken(-1, { type: 'STREAM-START', start: m, end: m });
  }

  private fetchStreamEnd(): void {
    if (this.mark.column !== 0) {
      this.mark.column = 0;
      this.mark.line++;
    }
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const m = this.copyMark();
    this.insertToken(-1, { type: 'STREAM-END', start: m, end: m });
  }

  private fetchDirective(): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanDirective());
  }

  private fetchDocumentIndicator(type: TokenType): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const start = this.copyMark();
    this.skip();
    this.skip();
    this.skip();
    this.insertToken(-1, { type, start, end: this.copyMark() });
  }

  private fetchFlowCollectionStart(type: TokenType): void {
    this.saveSimpleKey();
    this.increaseFlowLevel();
    this.simpleKeyAllowed = true;
    const start = this.copyMark();
    this.skip();
    this.insertToken(-1, { type, start, end: this.copyMark() });
  }

  private fetchFlowCollectionEnd(type: TokenType): void {
    this.removeSimpleKey();
    this.decreaseFlowLevel();
    this.simpleKeyAllowed = false;
    const start = this.copyMark();
    this.skip();
    this.insertToken(-1, { type, start, end: this.copyMark() });
  }

  private fetchFlowEntry(): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    const start = this.copyMark();
    this.skip();
    this.insertToken(-1, { type: 'FLOW-ENTRY', start, end: this.copyMark() });
  }

  private fetchBlockEntry(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) {
        this.error('', this.copyMark(), 'block sequence entries are not allowed in this context');
      }
      this.rollIndent(this.mark.column, -1, 'BLOCK-SEQUENCE-START', this.copyMark());
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    const start = this.copyMark();
    this.skip();
    this.insertToken(-1, { type: 'BLOCK-ENTRY', start, end: this.copyMark() });
  }

  private fetchKey(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) {
        this.error('', this.copyMark(), 'mapping keys are not allowed in this context');
      }
      this.rollIndent(this.mark.column, -1, 'BLOCK-MAPPING-START', this.copyMark());
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = this.flowLevel === 0;
    const start = this.copyMark();
    this.skip();
    this.insertToken(-1, { type: 'KEY', start, end: this.copyMark() });
  }

  private fetchValue(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1];
    if (key.possible) {
      this.insertToken(key.tokenNumber - this.tokensParsed, { type: 'KEY', start: key.mark, end: key.mark });
      this.rollIndent(key.mark.column, key.tokenNumber, 'BLOCK-MAPPING-START', key.mark);
      key.possible = false;
      this.possibleByTokenNumber.delete(key.tokenNumber);
      this.simpleKeyAllowed = false;
    } else {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) {
          this.error('', this.copyMark(), 'mapping values are not allowed in this context');
        }
        this.rollIndent(this.mark.column, -1, 'BLOCK-MAPPING-START', this.copyMark());
      }
      this.simpleKeyAllowed = this.flowLevel === 0;
    }
    const start = this.copyMark();
    this.skip();
    this.insertToken(-1, { type: 'VALUE', start, end: this.copyMark() });
  }

  private fetchAnchor(type: TokenType): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanAnchor(type));
  }

  private fetchTag(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanTag());
  }

  private fetchBlockScalar(literal: boolean): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.insertToken(-1, this.scanBlockScalar(literal));
  }

  private fetchFlowScalar(single: boolean): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanFlowScalar(single));
  }

  private fetchPlainScalar(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanPlainScalar());
  }

  private scanToNextToken(): void {
    for (;;) {
      this.cache(1);
      if (this.mark.column === 0 && this.cur() === 0xfeff) this.skip();
      this.cache(1);
      while (this.is(' ') || ((this.flowLevel > 0 || !this.simpleKeyAllowed) && this.is('\t'))) {
        this.skip();
        this.cache(1);
      }
      if (this.is('#')) {
        while (!this.isBreakZ()) {
          this.skip();
          this.cache(1);
        }
      }
      if (this.isBreak()) {
        this.cache(2);
        this.skipLine();
        if (this.flowLevel === 0) this.simpleKeyAllowed = true;
      } else {
        break;
      }
    }
  }

  // ---- directives --------------------------------------------------------------------------------

  private scanDirective(): Token {
    const start = this.copyMark();
    this.skip();
    const name = this.scanDirectiveName(start);
    let token: Token;
    if (name === 'YAML') {
      const [major, minor] = this.scanVersionDirectiveValue(start);
      token = { type: 'VERSION-DIRECTIVE', start, end: this.copyMark(), major, minor };
    } else if (name === 'TAG') {
      const [handle, prefix] = this.scanTagDirectiveValue(start);
      token = { type: 'TAG-DIRECTIVE', start, end: this.copyMark(), value: handle, prefix };
    } else {
      this.error('while scanning a directive', start, 'found unknown directive name');
    }
    this.cache(1);
    while (this.isBlank()) {
      this.skip();
      this.cache(1);
    }
    if (this.is('#')) {
      while (!this.isBreakZ()) {
        this.skip();
        this.cache(1);
      }
    }
    if (!this.isBreakZ()) {
      this.error('while scanning a directive', start, 'did not find expected comment or line break');
    }
    if (this.isBreak()) {
      this.cache(2);
      this.skipLine();
    }
    return token;
  }

  private scanDirectiveName(start: Mark): string {
    this.cache(1);
    let s = '';
    while (this.isAlpha()) {
      s = this.read(s);
      this.cache(1);
    }
    if (s.length === 0) this.error('while scanning a directive', start, 'could not find expected directive name');
    if (!this.isBlankZ())
      this.error('while scanning a directive', start, 'found unexpected non-alphabetical character');
    return s;
  }

  private scanVersionDirectiveValue(start: Mark): [number, number] {
    this.cache(1);
    while (this.isBlank()) {
      this.skip();
      this.cache(1);
    }
    const major = this.scanVersionDirectiveNumber(start);
    if (!this.is('.')) {
      this.error('while scanning a %YAML directive', start, "did not find expected digit or '.' character");
    }
    this.skip();
    const minor = this.scanVersionDirectiveNumber(start);
    return [major, minor];
  }

  private scanVersionDirectiveNumber(start: Mark): number {
    this.cache(1);
    let value = 0;
    let length = 0;
    while (this.isDigit()) {
      length++;
      if (length > 2) this.error('while scanning a %YAML directive', start, 'found extremely long version number');
      value = value * 10 + (this.cur() - 0x30);
      this.skip();
      this.cache(1);
    }
    if (length === 0) this.error('while scanning a %YAML directive', start, 'did not find expected version number');
    return value;
  }

  private scanTagDirectiveValue(start: Mark): [string, string] {
    this.cache(1);
    while (this.isBlank()) {
      this.skip();
      this.cache(1);
    }
    const handle = this.scanTagHandle(true, start);
    this.cache(1);
    if (!this.isBlank()) this.error('while scanning a %TAG directive', start, 'did not find expected whitespace');
    while (this.isBlank()) {
      this.skip();
      this.cache(1);
    }
    const prefix = this.scanTagUri(true, '', start);
    this.cache(1);
    if (!this.isBlankZ()) {
      this.error('while scanning a %TAG directive', start, 'did not find expected whitespace or line break');
    }
    return [handle, prefix];
  }

  private scanAnchor(type: TokenType): Token {
    let s = '';
    const start = this.copyMark();
    this.skip();
    this.cache(1);
    while (this.isAlpha()) {
      s = this.read(s);
      this.cache(1);
    }
    const end = this.copyMark();
    if (s.length === 0 || !(this.isBlankZ() || '?:,]}%@`'.includes(String.fromCodePoint(this.cur())))) {
      this.error(
        type === 'ANCHOR' ? 'while scanning an anchor' : 'while scanning an alias',
        start,
        'did not find expected alphabetic or numeric character',
      );
    }
    return { type, start, end, value: s };
  }

  private scanTag(): Token {
    let handle = '';
    let suffix: string;
    const start = this.copyMark();
    this.cache(2);
    if (this.is('<', 1)) {
      this.skip();
      this.skip();
      suffix = this.scanTagUri(false, '', start);
      if (!this.is('>')) this.error('while scanning a tag', start, "did not find the expected '>'");
      this.skip();
    } else {
      handle = this.scanTagHandle(false, start);
      if (handle[0] === '!' && handle.length > 1 && handle[handle.length - 1] === '!') {
        suffix = this.scanTagUri(false, '', start);
      } else {
        suffix = this.scanTagUri(false, handle, start);
        handle = '!';
        if (suffix.length === 0) {
          [handle, suffix] = [suffix, handle];
        }
      }
    }
    this.cache(1);
    if (!this.isBlankZ()) this.error('while scanning a tag', start, 'did not find expected whitespace or line break');
    return { type: 'TAG', start, end: this.copyMark(), value: handle, suffix };
  }

  private tagError(directive: boolean, start: Mark, problem: string): never {
    this.error(directive ? 'while parsing a %TAG directive' : 'while parsing a tag', start, problem);
  }

  private scanTagHandle(directive: boolean, start: Mark): string {
    this.cache(1);
    if (!this.is('!')) this.tagError(directive, start, "did not find expected '!'");
    let s = this.read('');
    this.cache(1);
    while (this.isAlpha()) {
      s = this.read(s);
      this.cache(1);
    }
    if (this.is('!')) {
      s = this.read(s);
    } else if (directive && s !== '!') {
      this.tagError(directive, start, "did not find expected '!'");
    }
    return s;
  }

  private scanTagUri(directive: boolean, head: string, start: Mark): string {
    let s = head.length > 1 ? head.slice(1) : '';
    let hasTag = head.length > 0;
    this.cache(1);
    while (this.isAlpha() || ";/?:@&=+$,.!~*'()[]%".includes(String.fromCodePoint(this.cur() || 0x20))) {
      if (this.is('%')) {
        s += this.scanUriEscapes(directive, start);
      } else {
        s = this.read(s);
      }
      this.cache(1);
      hasTag = true;
    }
    if (!hasTag) this.tagError(directive, start, 'did not find expected tag URI');
    return s;
  }

  private scanUriEscapes(directive: boolean, start: Mark): string {
    const bytes: number[] = [];
    let w = 1024;
    while (w > 0) {
      this.cache(3);
      if (!(this.is('%') && this.isHex(1) && this.isHex(2))) {
        this.tagError(directive, start, 'did not find URI escaped octet');
      }
      const octet = (this.asHex(1) << 4) + this.asHex(2);
      if (w === 1024) {
        w =
          (octet & 0x80) === 0
            ? 1
            : (octet & 0xe0) === 0xc0
              ? 2
              : (octet & 0xf0) === 0xe0
                ? 3
                : (octet & 0xf8) === 0xf0
                  ? 4
                  : 0;
        if (w === 0) this.tagError(directive, start, 'found an incorrect leading UTF-8 octet');
      } else if ((octet & 0xc0) !== 0x80) {
        this.tagError(directive, start, 'found an incorrect trailing UTF-8 octet');
      }
      bytes.push(octet);
      this.skip();
      this.skip();
      this.skip();
      w--;
    }
    return new TextDecoder().decode(new Uint8Array(bytes));
  }

  // ---- scalars -------------------------------------------------------------------------------------

  private scanBlockScalar(literal: boolean): Token {
    const start = this.copyMark();
    this.skip();
    this.cache(1);
    let chomping = 0;
    let increment = 0;
    if (this.is('+') || this.is('-')) {
      chomping = this.is('+') ? 1 : -1;
      this.skip();
      this.cache(1);
      if (this.isDigit()) {
        if (this.is('0'))
          this.error('while scanning a block scalar', start, 'found an indentation indicator equal to 0');
        increment = this.cur() - 0x30;
        this.skip();
      }
    } else if (this.isDigit()) {
      if (this.is('0')) this.error('while scanning a block scalar', start, 'found an indentation indicator equal to 0');
      increment = this.cur() - 0x30;
      this.skip();
      this.cache(1);
      if (this.is('+') || this.is('-')) {
        chomping = this.is('+') ? 1 : -1;
        this.skip();
      }
    }
    this.cache(1);
    while (this.isBlank()) {
      this.skip();
      this.cache(1);
    }
    if (this.is('#')) {
      while (!this.isBreakZ()) {
        this.skip();
        this.cache(1);
      }
    }
    if (!this.isBreakZ()) {
      this.error('while scanning a block scalar', start, 'did not find expected comment or line break');
    }
    if (this.isBreak()) {
      this.cache(2);
      this.skipLine();
    }
    let end = this.copyMark();
    let indent = 0;
    if (increment > 0) indent = this.indent >= 0 ? this.indent + increment : increment;

    let s = '';
    let leadingBreak = '';
    let trailingBreaks = '';
    const state = { indent, trailingBreaks, end };
    this.scanBlockScalarBreaks(state, start);
    indent = state.indent;
    trailingBreaks = state.trailingBreaks;
    end = state.end;

    this.cache(1);
    let leadingBlank = false;
    while (this.mark.column === indent && !this.isZ()) {
      const trailingBlank = this.isBlank();
      if (!literal && !leadingBlank && !trailingBlank && leadingBreak.length > 0 && leadingBreak[0] === '\n') {
        if (trailingBreaks.length === 0) s += ' ';
      } else {
        s += leadingBreak;
      }
      leadingBreak = '';
      s += trailingBreaks;
      trailingBreaks = '';
      leadingBlank = this.isBlank();
      while (!this.isBreakZ()) {
        s = this.read(s);
        this.cache(1);
      }
      this.cache(2);
      leadingBreak = this.readLine(leadingBreak);
      const st = { indent, trailingBreaks, end };
      this.scanBlockScalarBreaks(st, start);
      indent = st.indent;
      trailingBreaks = st.trailingBreaks;
      end = st.end;
    }
    if (chomping !== -1) s += leadingBreak;
    if (chomping === 1) s += trailingBreaks;
    return { type: 'SCALAR', start, end, value: s, style: literal ? 'literal' : 'folded' };
  }

  private scanBlockScalarBreaks(st: { indent: number; trailingBreaks: string; end: Mark }, start: Mark): void {
    st.end = this.copyMark();
    let maxIndent = 0;
    for (;;) {
      this.cache(1);
      while ((st.indent === 0 || this.mark.column < st.indent) && this.isSpace()) {
        this.skip();
        this.cache(1);
      }
      if (this.mark.column > maxIndent) maxIndent = this.mark.column;
      if ((st.indent === 0 || this.mark.column < st.indent) && this.isTab()) {
        this.error(
          'while scanning a block scalar',
          start,
          'found a tab character where an indentation space is expected',
        );
      }
      if (!this.isBreak()) break;
      this.cache(2);
      st.trailingBreaks = this.readLine(st.trailingBreaks);
      st.end = this.copyMark();
    }
    if (st.indent === 0) {
      st.indent = maxIndent;
      if (st.indent < this.indent + 1) st.indent = this.indent + 1;
      if (st.indent < 1) st.indent = 1;
    }
  }

  private scanFlowScalar(single: boolean): Token {
    const start = this.copyMark();
    this.skip();
    let s = '';
    let leadingBreak = '';
    let trailingBreaks = '';
    let whitespaces = '';
    for (;;) {
      this.cache(4);
      if (
        this.mark.column === 0 &&
        ((this.is('-') && this.is('-', 1) && this.is('-', 2)) ||
          (this.is('.') && this.is('.', 1) && this.is('.', 2))) &&
        this.isBlankZ(3)
      ) {
        this.error('while scanning a quoted scalar', start, 'found unexpected document indicator');
      }
      if (this.isZ()) {
        this.error('while scanning a quoted scalar', start, 'found unexpected end of stream');
      }
      let leadingBlanks = false;
      while (!this.isBlankZ()) {
        if (single && this.is("'") && this.is("'", 1)) {
          s += "'";
          this.skip();
          this.skip();
        } else if (single && this.is("'")) {
          break;
        } else if (!single && this.is('"')) {
          break;
        } else if (!single && this.is('\\') && this.isBreak(1)) {
          this.cache(3);
          this.skip();
          this.skipLine();
          leadingBlanks = true;
          break;
        } else if (!single && this.is('\\')) {
          let codeLength = 0;
          const e = String.fromCodePoint(this.cur(1));
          switch (e) {
            case '0':
              s += '\0';
              break;
            case 'a':
              s += '\x07';
              break;
            case 'b':
              s += '\x08';
              break;
            case 't':
            case '\t':
              s += '\t';
              break;
            case 'n':
              s += '\n';
              break;
            case 'v':
              s += '\x0b';
              break;
            case 'f':
              s += '\x0c';
              break;
            case 'r':
              s += '\r';
              break;
            case 'e':
              s += '\x1b';
              break;
            case ' ':
              s += ' ';
              break;
            case '"':
              s += '"';
              break;
            case "'":
              s += "'";
              break;
            case '\\':
              s += '\\';
              break;
            case 'N':
              s += '\u0085';
              break;
            case '_':
              s += '\u00a0';
              break;
            case 'L':
              s += '\u2028';
              break;
            case 'P':
              s += '\u2029';
              break;
            case 'x':
              codeLength = 2;
              break;
            case 'u':
              codeLength = 4;
              break;
            case 'U':
              codeLength = 8;
              break;
            default:
              this.error('while parsing a quoted scalar', start, 'found unknown escape character');
          }
          this.skip();
          this.skip();
          if (codeLength > 0) {
            this.cache(codeLength);
            let value = 0;
            for (let k = 0; k < codeLength; k++) {
              if (!this.isHex(k)) {
                this.error('while parsing a quoted scalar', start, 'did not find expected hexdecimal number');
              }
              value = value * 16 + this.asHex(k);
            }
            if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) {
              this.error('while parsing a quoted scalar', start, 'found invalid Unicode character escape code');
            }
            s += String.fromCodePoint(value);
            for (let k = 0; k < codeLength; k++) this.skip();
          }
        } else {
          s = this.read(s);
        }
        this.cache(2);
      }
      this.cache(1);
      if (single ? this.is("'") : this.is('"')) break;

      while (this.isBlank() || this.isBreak()) {
        if (this.isBlank()) {
          if (!leadingBlanks) whitespaces = this.read(whitespaces);
          else this.skip();
        } else {
          this.cache(2);
          if (!leadingBlanks) {
            whitespaces = '';
            leadingBreak = this.readLine(leadingBreak);
            leadingBlanks = true;
          } else {
            trailingBreaks = this.readLine(trailingBreaks);
          }
        }
        this.cache(1);
      }
      if (leadingBlanks) {
        if (leadingBreak.length > 0 && leadingBreak[0] === '\n') {
          if (trailingBreaks.length === 0) s += ' ';
          else s += trailingBreaks;
        } else {
          s += leadingBreak + trailingBreaks;
        }
        trailingBreaks = '';
        leadingBreak = '';
      } else {
        s += whitespaces;
        whitespaces = '';
      }
    }
    this.skip();
    return { type: 'SCALAR', start, end: this.copyMark(), value: s, style: single ? 'single' : 'double' };
  }

  private scanPlainScalar(): Token {
    let s = '';
    let leadingBreak = '';
    let trailingBreaks = '';
    let whitespaces = '';
    let leadingBlanks = false;
    const indent = this.indent + 1;
    const start = this.copyMark();
    let end = this.copyMark();
    for (;;) {
      this.cache(4);
      if (
        this.mark.column === 0 &&
        ((this.is('-') && this.is('-', 1) && this.is('-', 2)) ||
          (this.is('.') && this.is('.', 1) && this.is('.', 2))) &&
        this.isBlankZ(3)
      ) {
        break;
      }
      if (this.is('#')) break;
      while (!this.isBlankZ()) {
        if (
          (this.is(':') && this.isBlankZ(1)) ||
          (this.flowLevel > 0 &&
            (this.is(',') || this.is('?') || this.is('[') || this.is(']') || this.is('{') || this.is('}')))
        ) {
          break;
        }
        if (leadingBlanks || whitespaces.length > 0) {
          if (leadingBlanks) {
            if (leadingBreak[0] === '\n') {
              if (trailingBreaks.length === 0) s += ' ';
              else s += trailingBreaks;
            } else {
              s += leadingBreak + trailingBreaks;
            }
            trailingBreaks = '';
            leadingBreak = '';
            leadingBlanks = false;
          } else {
            s += whitespaces;
            whitespaces = '';
          }
        }
        s = this.read(s);
        end = this.copyMark();
        this.cache(2);
      }
      if (!(this.isBlank() || this.isBreak())) break;
      this.cache(1);
      while (this.isBlank() || this.isBreak()) {
        if (this.isBlank()) {
          if (leadingBlanks && this.mark.column < indent && this.isTab()) {
            this.error('while scanning a plain scalar', start, 'found a tab character that violates indentation');
          }
          if (!leadingBlanks) whitespaces = this.read(whitespaces);
          else this.skip();
        } else {
          this.cache(2);
          if (!leadingBlanks) {
            whitespaces = '';
            leadingBreak = this.readLine(leadingBreak);
            leadingBlanks = true;
          } else {
            trailingBreaks = this.readLine(trailingBreaks);
          }
        }
        this.cache(1);
      }
      if (this.flowLevel === 0 && this.mark.column < indent) break;
    }
    if (leadingBlanks) this.simpleKeyAllowed = true;
    return { type: 'SCALAR', start, end, value: s, style: 'plain' };
  }
}
