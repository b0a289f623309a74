// text/template/parse's parser (parse.go + node.go), ported for the subset kubectl users need:
// text, actions, pipelines with variables, parenthesized pipelines, field chains, if / else if /
// with / range (with else, break, continue), comments and trim markers. {{define}},
// {{template}} and {{block}} are rejected.

import { goQuote } from './gofmt.ts';
import { unquoteChar, unquoteExtend } from './gounquote.ts';
import { isKeyword, lex } from './gotemplate-lex.ts';
import type { Item, ItemType } from './gotemplate-lex.ts';

export interface NumberLit {
  text: string;
  isInt: boolean;
  isFloat: boolean;
  int: number;
  float: number;
}

export type Arg =
  | { type: 'field'; pos: number; ident: string[] }
  | { type: 'variable'; pos: number; ident: string[] }
  | { type: 'identifier'; pos: number; name: string }
  | { type: 'dot'; pos: number }
  | { type: 'nil'; pos: number }
  | { type: 'bool'; pos: number; value: boolean }
  | { type: 'number'; pos: number; num: NumberLit }
  | { type: 'string'; pos: number; quoted: string; text: string }
  | { type: 'chain'; pos: number; node: Arg; field: string[] }
  | Pipe;

export interface Command {
  type: 'command';
  pos: number;
  args: Arg[];
}

export interface Pipe {
  type: 'pipe';
  pos: number;
  isAssign: boolean;
  decl: { pos: number; name: string }[];
  cmds: Command[];
}

export interface ListNode {
  type: 'list';
  pos: number;
  nodes: TNode[];
}

export interface ControlNode {
  type: 'if' | 'with' | 'range';
  pos: number;
  pipe: Pipe;
  list: ListNode;
  elseList?: ListNode;
}

export type TNode =
  | ListNode
  | ControlNode
  | { type: 'text'; pos: number; text: string }
  | { type: 'action'; pos: number; pipe: Pipe }
  | { type: 'break' | 'continue'; pos: number }
  | { type: 'end' | 'else'; pos: number };

export class TemplateParseError extends Error {}

/** The text/template String() of an argument, used for error contexts. */
export function argString(a: Arg | Command): string {
  switch (a.type) {
    case 'field':
      return a.ident.map((i) => `.${i}`).join('');
    case 'variable':
      return a.ident.join('.');
    case 'identifier':
      return a.name;
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'bool':
      return a.value ? 'true' : 'false';
    case 'number':
      return a.num.text;
    case 'string':
      return a.quoted;
    case 'chain':
      return (
        (a.node.type === 'pipe' ? `(${argString(a.node)})` : argString(a.node)) + a.field.map((f) => `.${f}`).join('')
      );
    case 'command':
      return a.args.map((x) => (x.type === 'pipe' ? `(${argString(x)})` : argString(x))).join(' ');
    case 'pipe': {
      const decl = a.decl.length ? `${a.decl.map((d) => d.name).join(', ')} ${a.isAssign ? '=' : ':='} ` : '';
      return decl + a.cmds.map(argString).join(' | ');
    }
  }
}

export function nodeString(n: TNode): string {
  switch (n.type) {
    case 'text':
      return goQuote(n.text);
    case 'action':
      return `{{${argString(n.pipe)}}}`;
    case 'end':
      return '{{end}}';
    case 'else':
      return '{{else}}';
    case 'break':
      return '{{break}}';
    case 'continue':
      return '{{continue}}';
    case 'list':
      return n.nodes.map(nodeString).join('');
    default:
      return `{{${n.type} ${argString(n.pipe)}}}${nodeString(n.list)}${n.elseList ? `{{else}}${nodeString(n.elseList)}` : ''}{{end}}`;
  }
}

/** item.String() as the parser prints unexpected tokens. */
function itemString(i: Item): string {
  if (i.typ === 'eof') return 'EOF';
  if (i.typ === 'error') return i.val;
  if (isKeyword(i.typ)) return `<${i.val}>`;
  if ([...i.val].length > 10) return `${goQuote([...i.val].slice(0, 10).join('')).slice(0, -1)}"...`;
  return goQuote(i.val);
}

function parseNumber(text: string, typ: ItemType): NumberLit {
  const lit: NumberLit = { text, isInt: false, isFloat: false, int: 0, float: 0 };
  if (typ === 'charConstant') {
    const [ch, rest] = unquoteChar(text.slice(1), "'");
    if (rest !== "'") throw new TemplateParseError(`malformed character constant: ${text}`);
    lit.isInt = lit.isFloat = true;
    lit.int = lit.float = ch.codePointAt(0) ?? 0;
    return lit;
  }
  if (text.endsWith('i')) throw new TemplateParseError(`complex constants are not supported: ${text}`);
  const clean = text.replace(/_/g, '');
  const intMatch = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(clean);
  if (intMatch) {
    const body = intMatch[2];
    let n: number;
    if (/^0[xX]/.test(body)) n = parseInt(body.slice(2), 16);
    else if (/^0[oO]/.test(body)) n = parseInt(body.slice(2), 8);
    else if (/^0[bB]/.test(body)) n = parseInt(body.slice(2), 2);
    else if (body.length > 1 && body[0] === '0') n = parseInt(body.slice(1), 8);
    else n = Number(body);
    if (intMatch[1] === '-') n = -n;
    lit.isInt = true;
    lit.int = n;
    lit.isFloat = true;
    lit.float = n;
    return lit;
  }
  if (/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(clean)) {
    const f = Number(clean);
    lit.isFloat = true;
    lit.float = f;
    if (Number.isInteger(f) && Math.abs(f) < 2 ** 63) {
      lit.isInt = true;
      lit.int = f;
    }
    return lit;
  }
  throw new TemplateParseError(`illegal number syntax: ${goQuote(text)}`);
}

export class Parser {
  private items: Item[] = [];
  private idx = 0;
  private vars: string[] = ['$'];
  private rangeDepth = 0;
  private actionLine = 0;
  private lastLine = 1;

  constructor(
    private readonly name: string,
    private readonly hasFunction: (name: string) => boolean,
  ) {}

  parse(text: string): ListNode {
    this.items = lex(text);
    this.idx = 0;
    const root: ListNode = { type: 'list', pos: 0, nodes: [] };
    while (this.peek().typ !== 'eof') {
      if (this.peek().typ === 'leftDelim') {
        const save = this.idx;
        this.next();
        if (this.nextNonSpace().typ === 'define') this.errorf('{{define}} is not supported');
        this.idx = save;
      }
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') this.errorf(`unexpected ${nodeString(n)}`);
      root.nodes.push(n);
    }
    return root;
  }

  private errorf(msg: string): never {
    throw new TemplateParseError(`template: ${this.name}:${this.lastLine}: ${msg}`);
  }

  private next(): Item {
    const item = this.items[Math.min(this.idx, this.items.length - 1)];
    this.idx++;
    this.lastLine = item.line;
    return item;
  }

  private backup(n = 1): void {
    this.idx -= n;
  }

  private peek(): Item {
    return this.items[Math.min(this.idx, this.items.length - 1)];
  }

  private nextNonSpace(): Item {
    let item = this.next();
    while (item.typ === 'space') item = this.next();
    return item;
  }

  private peekNonSpace(): Item {
    const item = this.nextNonSpace();
    this.backup();
    return item;
  }

  private expect(expected: ItemType, context: string): Item {
    const token = this.nextNonSpace();
    if (token.typ !== expected) this.unexpected(token, context);
    return token;
  }

  private unexpected(token: Item, context: string): never {
    if (token.typ === 'error') {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in ${context}`;
        if (context.endsWith(' clause')) extra += ` starting at ${this.name}:${this.actionLine}`;
      }
      this.errorf(`${token.val}${extra}`);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`);
  }

  private textOrAction(): TNode {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 'text':
        return { type: 'text', pos: token.pos, text: token.val };
      case 'leftDelim':
        this.actionLine = token.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      default:
        return this.unexpected(token, 'input');
    }
  }

  private action(): TNode {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 'block':
      case 'template':
      case 'define':
        return this.errorf(`{{${token.val}}} is not supported`);
      case 'break':
      case 'continue': {
        const t = this.expect('rightDelim', `{{${token.val}}}`);
        if (this.rangeDepth === 0) this.errorf(`{{${token.val}}} outside {{range}}`);
        return { type: token.typ, pos: t.pos };
      }
      case 'else':
        return this.elseControl();
      case 'end':
        return { type: 'end', pos: this.expect('rightDelim', 'end').pos };
      case 'if':
      case 'range':
      case 'with':
        return this.control(token.typ);
    }
    this.backup();
    const pos = this.peek().pos;
    return { type: 'action', pos, pipe: this.pipeline('command', 'rightDelim') };
  }

  private elseControl(): TNode {
    const peek = this.peekNonSpace();
    // "else if" / "else with": leave the keyword pending for control().
    if (peek.typ === 'if' || peek.typ === 'with') return { type: 'else', pos: peek.pos };
    const token = this.expect('rightDelim', 'else');
    return { type: 'else', pos: token.pos };
  }

  private control(kind: 'if' | 'range' | 'with'): TNode {
    const mark = this.vars.length;
    try {
      const pipe = this.pipeline(kind, 'rightDelim');
      if (kind === 'range') this.rangeDepth++;
      const [list, first] = this.itemList();
      let next = first;
      if (kind === 'range') this.rangeDepth--;
      let elseList: ListNode | undefined;
      if (next.type === 'else') {
        if ((kind === 'if' && this.peek().typ === 'if') || (kind === 'with' && this.peek().typ === 'with')) {
          this.next();
          elseList = { type: 'list', pos: next.pos, nodes: [this.control(kind)] };
        } else {
          [elseList, next] = this.itemList();
          if (next.type !== 'end') this.errorf(`expected end; found ${nodeString(next)}`);
        }
      }
      return { type: kind, pos: pipe.pos, pipe, list, elseList };
    } finally {
      this.vars.length = mark;
    }
  }

  private itemList(): [ListNode, TNode] {
    const list: ListNode = { type: 'list', pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().typ !== 'eof') {
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') return [list, n];
      list.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  private pipeline(context: string, end: ItemType): Pipe {
    const token = this.peekNonSpace();
    const pipe: Pipe = { type: 'pipe', pos: token.pos, isAssign: false, decl: [], cmds: [] };
    decls: for (;;) {
      const v = this.peekNonSpace();
      if (v.typ !== 'variable') break;
      this.nextNonSpace();
      const next = this.peekNonSpace();
      if (next.typ === 'assign' || next.typ === 'declare') {
        pipe.isAssign = next.typ === 'assign';
        this.nextNonSpace();
        pipe.decl.push({ pos: v.pos, name: v.val });
        this.vars.push(v.val);
        break;
      }
      if (next.typ === 'char' && next.val === ',') {
        this.nextNonSpace();
        pipe.decl.push({ pos: v.pos, name: v.val });
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const t = this.peekNonSpace().typ;
          if (t === 'variable' || t === 'rightDelim' || t === 'rightParen') continue decls;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      }
      // Not a declaration: "$x" is the first operand. Peeks consumed nothing after it.
      this.backup(1);
      break;
    }
    for (;;) {
      const t = this.nextNonSpace();
      if (t.typ === end) {
        if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
        pipe.cmds.slice(1).forEach((c, i) => {
          if (['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0].type)) {
            this.errorf(`non executable command in pipeline stage ${i + 2}`);
          }
        });
        return pipe;
      }
      if (
        [
          'bool',
          'charConstant',
          'dot',
          'field',
          'identifier',
          'number',
          'nil',
          'rawString',
          'string',
          'variable',
          'leftParen',
        ].includes(t.typ)
      ) {
        this.backup();
        pipe.cmds.push(this.command());
      } else {
        this.unexpected(t, context);
      }
    }
  }

  private command(): Command {
    const cmd: Command = { type: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const token = this.next();
      if (token.typ === 'space') continue;
      if (token.typ === 'rightDelim' || token.typ === 'rightParen') this.backup();
      else if (token.typ !== 'pipe') this.unexpected(token, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  private operand(): Arg | undefined {
    const node = this.term();
    if (!node) return undefined;
    if (this.peek().typ !== 'field') return node;
    const pos = this.peek().pos;
    const fields: string[] = [];
    while (this.peek().typ === 'field') fields.push(this.next().val.slice(1));
    switch (node.type) {
      case 'field':
        return { type: 'field', pos, ident: [...node.ident, ...fields] };
      case 'variable':
        return { type: 'variable', pos, ident: [...node.ident, ...fields] };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        return this.errorf(`unexpected . after term ${goQuote(argString(node))}`);
      default:
        return { type: 'chain', pos, node, field: fields };
    }
  }

  private term(): Arg | undefined {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case 'identifier':
        if (!this.hasFunction(token.val)) this.errorf(`function ${goQuote(token.val)} not defined`);
        return { type: 'identifier', pos: token.pos, name: token.val };
      case 'dot':
        return { type: 'dot', pos: token.pos };
      case 'nil':
        return { type: 'nil', pos: token.pos };
      case 'variable': {
        const ident = token.val.split('.');
        if (!this.vars.includes(ident[0])) this.errorf(`undefined variable ${goQuote(ident[0])}`);
        return { type: 'variable', pos: token.pos, ident };
      }
      case 'field':
        return { type: 'field', pos: token.pos, ident: [token.val.slice(1)] };
      case 'bool':
        return { type: 'bool', pos: token.pos, value: token.val === 'true' };
      case 'charConstant':
      case 'number':
        try {
          return { type: 'number', pos: token.pos, num: parseNumber(token.val, token.typ) };
        } catch (e) {
          return this.errorf((e as Error).message);
        }
      case 'leftParen':
        return this.pipeline('parenthesized pipeline', 'rightParen');
      case 'string':
      case 'rawString': {
        let text: string;
        if (token.typ === 'rawString') {
          text = token.val.slice(1, -1).replace(/\r/g, '');
        } else {
          try {
            text = unquoteExtend(token.val);
          } catch (e) {
            this.errorf((e as Error).message);
          }
        }
        return { type: 'string', pos: token.pos, quoted: token.val, text };
      }
    }
    this.backup();
    return undefined;
  }
}
