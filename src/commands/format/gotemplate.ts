// kubectl's `-o go-template=` / `--template` output: Go's text/template execution (exec.go)
// over the object decoded from JSON, with kubectl's GoTemplatePrinter behaviour:
// missingkey=default (a missing map key prints `<no value>`) unless
// --allow-missing-template-keys=false, and on failure the debugging dump kubectl writes to
// stdout followed by the error on stderr.

import { FormatError } from './errors.ts';
import { GoFloat, GoUint } from './gocompare.ts';
import { goFloatG, goNumber, goQuote, goSprintV, isGoInt, isMap, sortedKeys } from './gofmt.ts';
import { goJsonMarshal } from './gojson.ts';
import { FUNCS, FuncError, INVALID, isTrue, typeOf, unwrap, val } from './gotemplate-funcs.ts';
import type { ParamType, Val } from './gotemplate-funcs.ts';
import { Parser, TemplateParseError, argString } from './gotemplate-parse.ts';
import type { Arg, Command, ControlNode, ListNode, Pipe, TNode } from './gotemplate-parse.ts';

const TEMPLATE_NAME = 'output';
const MISSING: Val = { v: Symbol('missing'), w: false };
const isMissing = (x: Val): boolean => x === MISSING;

class ExecError extends Error {}
class BreakSignal extends Error {}
class ContinueSignal extends Error {}

export interface GoTemplateOptions {
  /** kubectl's --allow-missing-template-keys (default true). */
  allowMissingKeys?: boolean;
}

type Positioned = { pos: number } & ({ type: string } | Command);

function contextString(n: Positioned): string {
  if ('args' in n) return argString(n as Command);
  const a = n as Arg | TNode;
  switch (a.type) {
    case 'if':
    case 'range':
    case 'with':
    case 'action':
      return argString((a as { pipe: Pipe }).pipe);
    case 'text':
    case 'list':
    case 'break':
    case 'continue':
    case 'end':
    case 'else':
      return '';
    default:
      return argString(a as Arg);
  }
}

class State {
  private out: string[] = [];
  private vars: { name: string; value: Val }[] = [];
  private node: Positioned | undefined;

  constructor(
    private readonly text: string,
    private readonly missingKeyError: boolean,
    data: unknown,
  ) {
    this.vars.push({ name: '$', value: val(data) });
  }

  output(): string {
    return this.out.join('');
  }

  private at(n: Positioned): void {
    this.node = n;
  }

  private errorf(msg: string): never {
    if (!this.node) throw new ExecError(`template: ${TEMPLATE_NAME}: ${msg}`);
    const pos = this.node.pos;
    const before = this.text.slice(0, pos);
    const nl = before.lastIndexOf('\n');
    const col = nl < 0 ? pos : pos - (nl + 1);
    const line = 1 + (before.match(/\n/g) ?? []).length;
    let context = contextString(this.node);
    if (context.length > 20) context = `${context.slice(0, 20)}...`;
    throw new ExecError(
      `template: ${TEMPLATE_NAME}:${line}:${col}: executing ${goQuote(TEMPLATE_NAME)} at <${context}>: ${msg}`,
    );
  }

  // --- variables -----------------------------------------------------------------------------

  private mark(): number {
    return this.vars.length;
  }

  private pop(mark: number): void {
    this.vars.length = mark;
  }

  private push(name: string, value: Val): void {
    this.vars.push({ name, value });
  }

  private setVar(name: string, value: Val): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) {
        this.vars[i].value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  private setTopVar(n: number, value: Val): void {
    this.vars[this.vars.length - n].value = value;
  }

  private varValue(name: string): Val {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].value;
    return this.errorf(`undefined variable: ${name}`);
  }

  // --- walking -------------------------------------------------------------------------------

  walk(dot: Val, node: TNode): void {
    this.at(node);
    switch (node.type) {
      case 'action': {
        const v = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, v);
        return;
      }
      case 'break':
        throw new BreakSignal();
      case 'continue':
        throw new ContinueSignal();
      case 'if':
      case 'with':
        return this.walkIfOrWith(node.type as 'if' | 'with', dot, node.pipe, node.list, node.elseList);
      case 'list':
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case 'range':
        return this.walkRange(dot, node as ControlNode);
      case 'text':
        this.out.push(node.text);
        return;
      default:
        this.errorf(`unknown node: ${node.type}`);
    }
  }

  private walkIfOrWith(kind: 'if' | 'with', dot: Val, pipe: Pipe, list: ListNode, elseList?: ListNode): void {
    const mark = this.mark();
    try {
      const v = this.evalPipeline(dot, pipe);
      const truth = isTrue(v);
      if (truth === undefined) this.errorf(`if/with can't use ${goSprintV(v.v)}`);
      if (truth) this.walk(kind === 'with' ? v : dot, list);
      else if (elseList) this.walk(dot, elseList);
    } finally {
      this.pop(mark);
    }
  }

  private walkRange(dot: Val, r: ControlNode): void {
    this.at(r);
    const outer = this.mark();
    try {
      const v = unwrap(this.evalPipeline(dot, r.pipe)).v;
      const mark = this.mark();
      const oneIteration = (index: Val, elem: Val): boolean => {
        const decl = r.pipe.decl;
        if (decl.length > 0) {
          if (r.pipe.isAssign) this.setVar(decl[0].name, decl.length > 1 ? index : elem);
          else this.setTopVar(1, elem);
        }
        if (decl.length > 1) {
          if (r.pipe.isAssign) this.setVar(decl[1].name, elem);
          else this.setTopVar(2, index);
        }
        try {
          this.walk(elem, r.list);
        } catch (e) {
          if (e instanceof BreakSignal) return false;
          if (!(e instanceof ContinueSignal)) throw e;
        } finally {
          this.pop(mark);
        }
        return true;
      };
      let iterated = false;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          iterated = true;
          if (!oneIteration(val(i), val(v[i], true))) break;
        }
      } else if (isMap(v)) {
        for (const k of sortedKeys(v)) {
          iterated = true;
          if (!oneIteration(val(k), val(v[k], true))) break;
        }
      } else if (typeof v === 'number' && isGoInt(v)) {
        for (let i = 0; i < v; i++) {
          iterated = true;
          if (!oneIteration(val(i), val(i))) break;
        }
      } else if (v !== undefined && v !== null) {
        this.errorf(`range can't iterate over ${goSprintV(v instanceof GoFloat ? v.value : v)}`);
      }
      if (!iterated && r.elseList) this.walk(dot, r.elseList);
    } finally {
      this.pop(outer);
    }
  }

  private printValue(n: Positioned, v: Val): void {
    this.at(n);
    this.out.push(printable(v));
  }

  // --- evaluation ----------------------------------------------------------------------------

  private evalPipeline(dot: Val, pipe: Pipe): Val {
    this.at(pipe);
    let value: Val = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      // An interface{} result is replaced by what it holds (a nil interface becomes invalid).
      value = unwrap(value);
    }
    for (const d of pipe.decl) {
      if (pipe.isAssign) this.setVar(d.name, value);
      else this.push(d.name, value);
    }
    return value;
  }

  private notAFunction(args: Arg[], final: Val): void {
    if (args.length > 1 || !isMissing(final)) this.errorf(`can't give argument to non-function ${argString(args[0])}`);
  }

  private evalCommand(dot: Val, cmd: Command, final: Val): Val {
    const first = cmd.args[0];
    switch (first.type) {
      case 'field':
        return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain':
        return this.evalChainNode(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool':
        return val(first.value);
      case 'dot':
        return dot;
      case 'nil':
        return this.errorf('nil is not a command');
      case 'number':
        return this.idealConstant(first);
      case 'string':
        return val(first.text);
    }
  }

  private idealConstant(n: Extract<Arg, { type: 'number' }>): Val {
    this.at(n);
    const { num } = n;
    const hexOrRune = /^[+-]?0[xX]/.test(num.text) || num.text.startsWith("'");
    if (num.isFloat && !hexOrRune && /[.eEpP]/.test(num.text)) return val(new GoFloat(num.float));
    if (num.isInt) return val(num.int);
    return INVALID;
  }

  private evalFieldNode(dot: Val, field: Extract<Arg, { type: 'field' }>, args: Arg[], final: Val): Val {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.ident, args, final);
  }

  private evalChainNode(dot: Val, chain: Extract<Arg, { type: 'chain' }>, args: Arg[] | null, final: Val): Val {
    this.at(chain);
    if (chain.node.type === 'nil') this.errorf(`indirection through explicit nil in ${argString(chain)}`);
    const pipe = this.evalArg(dot, 'value', chain.node);
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }

  private evalVariableNode(dot: Val, v: Extract<Arg, { type: 'variable' }>, args: Arg[] | null, final: Val): Val {
    this.at(v);
    const value = this.varValue(v.ident[0]);
    if (v.ident.length === 1) {
      this.notAFunction(args ?? [v], final);
      return value;
    }
    return this.evalFieldChain(dot, value, v, v.ident.slice(1), args, final);
  }

  private evalFieldChain(
    dot: Val,
    receiver: Val,
    node: Positioned,
    ident: string[],
    args: Arg[] | null,
    final: Val,
  ): Val {
    const n = ident.length;
    for (let i = 0; i < n - 1; i++) receiver = this.evalField(ident[i], node, null, MISSING, receiver);
    return this.evalField(ident[n - 1], node, args, final, receiver);
  }

  private evalField(name: string, node: Positioned, args: Arg[] | null, final: Val, receiver: Val): Val {
    this.at(node);
    if (receiver.v === undefined) {
      if (this.missingKeyError) this.errorf(`nil data; no entry for key ${goQuote(name)}`);
      return INVALID;
    }
    const typ = typeOf(receiver);
    const r = receiver.v;
    if (r === null) return this.errorf(`nil pointer evaluating ${typ}.${name}`);
    if (isMap(r)) {
      const hasArgs = (args !== null && args.length > 1) || !isMissing(final);
      if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
      if (Object.hasOwn(r, name) && r[name] !== undefined) return val(r[name], true);
      if (this.missingKeyError) this.errorf(`map has no entry for key ${goQuote(name)}`);
      return INVALID;
    }
    return this.errorf(`can't evaluate field ${name} in type ${typ}`);
  }

  private evalFunction(
    dot: Val,
    node: Extract<Arg, { type: 'identifier' }>,
    cmd: Positioned,
    args: Arg[] | null,
    final: Val,
  ): Val {
    this.at(node);
    const fn = FUNCS[node.name];
    if (!fn) this.errorf(`${goQuote(node.name)} is not a defined function`);
    const callArgs = args ? args.slice(1) : [];
    const numIn = callArgs.length + (isMissing(final) ? 0 : 1);
    const numFixed = fn.params.length;
    if (fn.variadic) {
      if (numIn < numFixed)
        this.errorf(`wrong number of args for ${node.name}: want at least ${numFixed} got ${callArgs.length}`);
    } else if (numIn !== numFixed) {
      this.errorf(`wrong number of args for ${node.name}: want ${numFixed} got ${numIn}`);
    }
    const paramType = (i: number): ParamType => fn.params[i] ?? fn.variadic ?? 'any';

    // and / or short-circuit and return the deciding argument.
    if (node.name === 'and' || node.name === 'or') {
      let v: Val = INVALID;
      for (const a of callArgs) {
        v = this.evalArg(dot, 'value', a);
        if (isTrue(v) === (node.name === 'or')) return v;
      }
      if (!isMissing(final)) v = final;
      return v;
    }

    const argv = callArgs.map((a, i) => this.evalArg(dot, paramType(i), a));
    if (!isMissing(final)) argv.push(this.validateType(final, paramType(argv.length)));
    try {
      return fn.call(argv);
    } catch (e) {
      if (!(e instanceof FuncError)) throw e;
      this.at(cmd);
      return this.errorf(`error calling ${node.name}: ${e.message}`);
    }
  }

  private validateType(value: Val, typ: ParamType): Val {
    if (value.v === undefined) {
      if (typ === 'value') return INVALID;
      if (typ === 'any') return val(null);
      return this.errorf(`invalid value; expected ${typ}`);
    }
    if (typ === 'string') {
      const u = unwrap(value);
      if (typeof u.v !== 'string')
        this.errorf(`wrong type for value; expected string; got ${u.v === undefined ? 'interface {}' : typeOf(u)}`);
      return u;
    }
    return value;
  }

  private evalArg(dot: Val, typ: ParamType, n: Arg): Val {
    this.at(n);
    switch (n.type) {
      case 'dot':
        return this.validateType(dot, typ);
      case 'nil':
        if (typ === 'string') this.errorf(`cannot assign nil to ${typ}`);
        return typ === 'value' ? INVALID : val(null);
      case 'field':
        return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
      case 'variable':
        return this.validateType(this.evalVariableNode(dot, n, null, MISSING), typ);
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, n), typ);
      case 'identifier':
        return this.validateType(this.evalFunction(dot, n, n, null, MISSING), typ);
      case 'chain':
        return this.validateType(this.evalChainNode(dot, n, null, MISSING), typ);
    }
    if (typ === 'string') {
      if (n.type === 'string') return val(n.text);
      return this.errorf(`expected string; found ${argString(n)}`);
    }
    switch (n.type) {
      case 'bool':
        return val(n.value);
      case 'number':
        return this.idealConstant(n);
      case 'string':
        return val(n.text);
    }
  }
}

/** fmt.Fprint of what printableValue returns. */
function printable(x: Val): string {
  const v = x.v;
  if (v === undefined) return '<no value>';
  if (v instanceof GoFloat) return goFloatG(v.value);
  if (typeof v === 'number') return goNumber(v);
  if (v instanceof GoUint) return String(v.value);
  return goSprintV(v);
}

function parse(template: string): ListNode {
  return new Parser(TEMPLATE_NAME, (name) => Object.hasOwn(FUNCS, name)).parse(template);
}

/**
 * Renders `template` against `data` as `kubectl get -o go-template=<template>` prints it.
 * On a parse or execution error throws FormatError carrying kubectl's stderr message and, for
 * execution errors, the partial output plus debugging dump kubectl writes to stdout.
 */
export function evalGoTemplate(template: string, data: unknown, options: GoTemplateOptions = {}): string {
  let root: ListNode;
  try {
    root = parse(template);
  } catch (e) {
    if (e instanceof TemplateParseError) throw new FormatError(`error parsing template ${template}, ${e.message}\n`);
    throw e;
  }
  const state = new State(template, options.allowMissingKeys === false, data);
  try {
    state.walk(val(data), root);
  } catch (e) {
    if (!(e instanceof ExecError)) throw e;
    const stdout =
      state.output() +
      `Error executing template: ${e.message}. Printing more information for debugging the template:\n` +
      `\ttemplate was:\n\t\t${template}\n` +
      `\traw data was:\n\t\t${goJsonMarshal(data)}\n` +
      `\tobject given to template engine was:\n\t\t${goSprintV(data)}\n\n`;
    throw new FormatError(`error executing template ${goQuote(template)}: ${e.message}`, stdout);
  }
  return state.output();
}
