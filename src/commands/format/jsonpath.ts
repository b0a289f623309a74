// kubectl's `-o jsonpath=` output: client-go util/jsonpath evaluation (jsonpath.go) and
// cli-runtime's JSONPathPrinter error handling, ported.
//
// kubectl get runs the template with AllowMissingKeys(true) unless
// --allow-missing-template-keys=false is given, so missing fields print nothing by default.
// Results of one action are joined by single spaces; maps and slices print as compact JSON
// (json.Marshal), null as `null` (k8s ≥ 1.29), numbers as Go prints int64/float64. Go iterates
// maps in random order for `*` and `..`; here map keys are visited in sorted order.

import { FormatError } from './errors.ts';
import { GoCompareError, GoFloat, GoUint, goCompare } from './gocompare.ts';
import {
  goFloatG,
  goNumber,
  goQuote,
  goSprintSharpV,
  goSprintV,
  goTypeName,
  isMap,
  sortedKeys,
  utf8Bytes,
} from './gofmt.ts';
import { goJsonMarshal } from './gojson.ts';
import { JsonPathParseError, parseJsonPath } from './jsonpath-parse.ts';
import type { JpList, JpNode } from './jsonpath-parse.ts';

/** A value flowing through evaluation; `undefined` is an invalid reflect.Value. */
type Value = unknown;

class ExecError extends Error {}

export interface JsonPathOptions {
  /** kubectl's --allow-missing-template-keys (default true). */
  allowMissingKeys?: boolean;
}

const isNilish = (v: Value): boolean => v === null || v === undefined;

function children(v: Value): Value[] | undefined {
  if (Array.isArray(v)) return v as unknown[];
  if (isMap(v)) return sortedKeys(v).map((k) => v[k]);
  if (typeof v === 'string') return utf8Bytes(v).map((b) => new GoUint(b));
  return undefined;
}

class Evaluator {
  private beginRange = 0;
  private inRange = 0;
  private endRange = 0;
  private lastEndNode = -1;

  constructor(
    private readonly nodes: JpNode[],
    private readonly allowMissingKeys: boolean,
  ) {}

  findResults(data: Value, start: number): Value[][] {
    const cur = [data];
    const full: Value[][] = [];
    for (let i = start; i < this.nodes.length; i++) {
      const results = this.walk(cur, this.nodes[i]);
      // An `end` closes the block being evaluated.
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange--;
        this.lastEndNode = i;
        break;
      }
      // A `range` evaluates the following nodes once per result.
      if (this.beginRange > 0) {
        this.beginRange--;
        this.inRange++;
        if (results.length > 0) {
          for (const value of results) full.push(...this.findResults(value, i + 1));
        } else {
          // Still walk the body so that evaluation advances to its `end`.
          this.findResults(undefined, i + 1);
        }
        this.inRange--;
        for (let k = i + 1; k < this.nodes.length; k++) {
          if (k === this.lastEndNode) {
            i = k;
            break;
          }
        }
        continue;
      }
      full.push(results);
    }
    return full;
  }

  private walk(input: Value[], node: JpNode): Value[] {
    switch (node.type) {
      case 'list':
        return this.evalList(input, node);
      case 'text':
        return [node.text];
      case 'field':
        return this.evalField(input, node.value);
      case 'array':
        return this.evalArray(input, node);
      case 'filter':
        return this.evalFilter(input, node);
      case 'int':
        return input.map(() => node.value);
      case 'float':
        return input.map(() => new GoFloat(node.value));
      case 'bool':
        return input.map(() => node.value);
      case 'wildcard':
        return input.flatMap((v) => (isNilish(v) ? [] : (children(v) ?? [])));
      case 'recursive':
        return this.evalRecursive(input);
      case 'union':
        return node.nodes.flatMap((list) => this.evalList(input, list));
      case 'identifier':
        return this.evalIdentifier(input, node.name);
    }
  }

  private evalList(input: Value[], node: JpList): Value[] {
    let cur = input;
    for (const n of node.nodes) cur = this.walk(cur, n);
    return cur;
  }

  private evalIdentifier(input: Value[], name: string): Value[] {
    if (name === 'range') {
      this.beginRange++;
      return input;
    }
    if (name === 'end') {
      if (this.inRange > 0) {
        this.endRange++;
        return [];
      }
      throw new ExecError('not in range, nothing to end');
    }
    throw new ExecError(`unrecognized identifier ${name}`);
  }

  private evalField(input: Value[], name: string): Value[] {
    const results: Value[] = [];
    if (input.length === 0) return results;
    for (const v of input) {
      if (isMap(v) && Object.hasOwn(v, name) && v[name] !== undefined) results.push(v[name]);
    }
    if (results.length === 0 && !this.allowMissingKeys) throw new ExecError(`${name} is not found`);
    return results;
  }

  private evalArray(input: Value[], node: Extract<JpNode, { type: 'array' }>): Value[] {
    const result: Value[] = [];
    for (const v of input) {
      if (isNilish(v)) continue;
      if (!Array.isArray(v)) throw new ExecError(`${goTypeName(v)} is not array or slice`);
      const len = v.length;
      const p = node.params.map((x) => ({ ...x }));
      if (!p[0].known) p[0].value = 0;
      if (p[0].value < 0) p[0].value += len;
      if (!p[1].known) p[1].value = len;
      if (p[1].value < 0 || (p[1].value === 0 && p[1].derived)) p[1].value += len;
      if (p[1].value === p[0].value) return result;
      if (p[0].value >= len || p[0].value < 0) {
        throw new ExecError(`array index out of bounds: index ${p[0].value}, length ${len}`);
      }
      if (p[1].value > len || p[1].value < 0) {
        throw new ExecError(`array index out of bounds: index ${p[1].value - 1}, length ${len}`);
      }
      if (p[0].value > p[1].value) {
        throw new ExecError(`starting index ${p[0].value} is greater than ending index ${p[1].value}`);
      }
      let step = 1;
      if (p[2].known) {
        if (p[2].value <= 0) throw new ExecError('step must be > 0');
        step = p[2].value;
      }
      const slice = v.slice(p[0].value, p[1].value);
      for (let i = 0; i < slice.length; i += step) result.push(slice[i]);
    }
    return result;
  }

  private evalRecursive(input: Value[]): Value[] {
    const result: Value[] = [];
    for (const v of input) {
      if (isNilish(v)) continue;
      const kids = children(v) ?? [];
      if (kids.length !== 0) {
        result.push(v);
        result.push(...this.evalRecursive(kids));
      }
    }
    return result;
  }

  private evalFilter(input: Value[], node: Extract<JpNode, { type: 'filter' }>): Value[] {
    const results: Value[] = [];
    for (const v of input) {
      if (!Array.isArray(v)) throw new ExecError(`${goSprintV(v)} is not array or slice and cannot be filtered`);
      for (const item of v) {
        const temp = [item];
        if (node.operator === 'exists') {
          let lefts: Value[] = [];
          try {
            lefts = this.evalList(temp, node.left);
          } catch (e) {
            if (!(e instanceof ExecError)) throw e;
          }
          if (lefts.length > 0) results.push(item);
          continue;
        }
        const lefts = this.evalList(temp, node.left);
        if (lefts.length === 0) continue;
        if (lefts.length > 1) throw new ExecError('can only compare one element at a time');
        const rights = this.evalList(temp, node.right);
        if (rights.length === 0) continue;
        if (rights.length > 1) throw new ExecError('can only compare one element at a time');
        let pass: boolean;
        try {
          pass = goCompare(node.operator, lefts[0], rights[0]);
        } catch (e) {
          if (e instanceof GoCompareError) throw new ExecError(e.message);
          throw e;
        }
        if (pass) results.push(item);
      }
    }
    return results;
  }
}

/** How PrintResults renders one result. */
function resultText(v: Value): string {
  if (Array.isArray(v) || isMap(v)) return goJsonMarshal(v);
  if (v === null || v === undefined) return 'null';
  if (v instanceof GoFloat) return goFloatG(v.value);
  if (v instanceof GoUint) return String(v.value);
  if (typeof v === 'number') return goNumber(v);
  if (typeof v === 'string') return v;
  return goSprintV(v);
}

/**
 * Renders `template` against `data` exactly as `kubectl get -o jsonpath=<template>` prints it
 * (no trailing newline is added). Throws FormatError with kubectl's message on parse or
 * execution errors.
 */
export function evalJsonPath(template: string, data: unknown, options: JsonPathOptions = {}): string {
  let root: JpList;
  try {
    root = parseJsonPath(template);
  } catch (e) {
    if (e instanceof JsonPathParseError) throw new FormatError(`error parsing jsonpath ${template}, ${e.message}`);
    throw e;
  }
  const evaluator = new Evaluator(root.nodes, options.allowMissingKeys ?? true);
  let groups: Value[][];
  try {
    groups = evaluator.findResults(data, 0);
  } catch (e) {
    if (!(e instanceof ExecError)) throw e;
    const debug =
      `Error executing template: ${e.message}. Printing more information for debugging the template:\n` +
      `\ttemplate was:\n\t\t${template}\n` +
      `\tobject given to jsonpath engine was:\n\t\t${goSprintSharpV(data)}\n\n`;
    throw new FormatError(`error executing jsonpath ${goQuote(template)}: ${debug}\n`);
  }
  return groups.map((g) => g.map(resultText).join(' ')).join('');
}
