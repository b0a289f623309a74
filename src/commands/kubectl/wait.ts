// kubectl wait (--for=condition=…, delete, create, jsonpath=…) and kubectl rollout status, as
// kubectl's wait.go and rollout_status.go run them: flags and the condition first, then the
// resources, one at a time against one deadline. Time passes in the simulator while they wait.
import type { StoredKind } from '../../sim/engine/world.ts';
import type { KubeObject, StatefulSet } from '../../sim/model/types.ts';
import { goQuote } from '../../manifests/go-format.ts';
import type { CommandContext } from '../context.ts';
import { bool, num, parseFlags, str, type FlagSpec } from '../flags.ts';
import { evalJsonPath } from '../format/index.ts';
import { byKind, qualified } from '../resources.ts';
import { COMMON, fail, helpNote, namespaceOf, usageError } from './common.ts';
import { getObject, select, selectorOf } from './objects.ts';

/** wait.go: "zero means check once and don't wait, negative means wait for a week". */
const WEEK_S = 168 * 3600;
/** Without --timeout, rollout status watches until the rollout is done; the simulator stops it here. */
export const ROLLOUT_LIMIT_S = 3600;

type Outcome = 'met' | 'timeout' | 'killed';

/** A command's own time budget (`left`) and the virtual time it has let pass so far. */
interface Clock {
  left: number;
  spent: number;
}

/** Lets virtual time pass until `done`, within the budget and the `timeout N` in front. */
function waitFor(ctx: CommandContext, done: () => boolean, clock: Clock): Outcome {
  const c = ctx.sim.cluster;
  const own = Math.max(0, clock.left);
  const killAt = ctx.timeout !== undefined ? ctx.timeout - clock.spent : Infinity;
  const start = c.now;
  const ok = c.advanceUntil(done, Math.max(0, Math.min(own, killAt)) * 1000);
  const spent = (c.now - start) / 1000;
  clock.left -= spent;
  clock.spent += spent;
  if (ok) return 'met';
  return killAt <= own ? 'killed' : 'timeout';
}

const WAIT: FlagSpec[] = [
  ...COMMON,
  { names: ['for'], type: 'string' },
  { names: ['timeout'], type: 'duration' },
  { names: ['selector', 'l'], type: 'string' },
  { names: ['all'], type: 'bool' },
  { names: ['all-namespaces', 'A'], type: 'bool' },
  { names: ['field-selector'], type: 'string' },
  { names: ['filename', 'f'], type: 'strings', csv: true },
  { names: ['output', 'o'], type: 'string' },
];

type Condition =
  | { kind: 'delete' }
  | { kind: 'create' }
  | { kind: 'condition'; name: string; value: string }
  | { kind: 'jsonpath'; expr: string; value: string };

/** wait.go conditionFuncFor. */
function conditionFor(text: string): Condition | string {
  const lower = text.toLowerCase();
  if (lower === 'delete') return { kind: 'delete' };
  if (lower === 'create') return { kind: 'create' };
  if (text.startsWith('condition=')) {
    const rest = text.slice('condition='.length);
    const eq = rest.indexOf('=');
    return eq >= 0
      ? { kind: 'condition', name: rest.slice(0, eq), value: rest.slice(eq + 1) }
      : { kind: 'condition', name: rest, value: 'true' };
  }
  if (text.startsWith('jsonpath=')) {
    // splitJSONPathInput: `=` separates expression and value, `==` stays in the expression.
    const parts = text.slice('jsonpath='.length).split(/(?<!=)=(?!=)/);
    if (parts.length < 1 || parts.length > 2)
      return "error: jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'";
    let expr = parts[0]!;
    if (!expr) return 'error: jsonpath expression cannot be empty';
    // RelaxedJSONPathExpression: `.a.b` and `{.a.b}` both mean `{.a.b}`.
    if (!expr.startsWith('{')) expr = `{${expr.startsWith('.') ? '' : '.'}${expr}}`;
    if (parts.length === 1) return { kind: 'jsonpath', expr, value: '' };
    const value = parts[1]!.replace(/^['"]+|['"]+$/g, '');
    if (!value)
      return "error: jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3";
    return { kind: 'jsonpath', expr, value };
  }
  return `error: unrecognized condition: ${goQuote(text)}`;
}

/** Whether the object meets the condition now (undefined when it is gone). */
function met(cond: Condition, obj: KubeObject | undefined): boolean | string {
  if (!obj) return false;
  if (cond.kind === 'condition') {
    const status = (
      obj as {
        status?: {
          conditions?: { type: string; status: string; observedGeneration?: number }[];
          observedGeneration?: number;
        };
      }
    ).status;
    for (const c of status?.conditions ?? []) {
      if (c.type.toLowerCase() !== cond.name.toLowerCase()) continue;
      const generation = obj.metadata.generation;
      const observed = c.observedGeneration ?? status?.observedGeneration;
      if (generation !== undefined && observed !== undefined && observed < generation) return false;
      return c.status.toLowerCase() === cond.value.toLowerCase();
    }
    return false;
  }
  if (cond.kind === 'jsonpath') {
    let text: string;
    try {
      text = evalJsonPath(cond.expr, obj);
    } catch (e) {
      return `error: ${e instanceof Error ? e.message : String(e)}`;
    }
    if (!cond.value) return text !== '';
    return text.trim() === cond.value.trim();
  }
  return true;
}

export function waitCommand(ctx: CommandContext, words: string[]): number {
  const parsed = parseFlags(words, WAIT, 'kubectl wait');
  if (!parsed.ok) return fail(ctx, parsed.error);
  const p = parsed.value;
  if (p.help) return helpNote(ctx, 'wait');
  const output = str(p, 'output');
  if (output !== undefined && output !== '' && output !== 'name')
    return fail(ctx, `error: (simulator: kubectl wait -o ${output} is not simulated; use -o name)`);
  const cond = conditionFor(str(p, 'for') ?? '');
  if (typeof cond === 'string') return fail(ctx, cond);
  let timeout = num(p, 'timeout') ?? 30;
  if (timeout < 0) timeout = WEEK_S;
  const selector = selectorOf(str(p, 'selector'));
  if (typeof selector === 'string') return fail(ctx, selector);
  const all = bool(p, 'all');
  const namespace = namespaceOf(p);
  const args = [...p.args, ...p.rest];
  const c = ctx.sim.cluster;
  const clock: Clock = { left: timeout, spent: 0 };
  const find = () => select(c, args, { selector, all, allowEmptySelector: all, namespace });
  if (cond.kind === 'create') {
    // RunWait polls until every named object exists.
    const first = find();
    if (typeof first === 'string') return fail(ctx, first);
    const exists = () => {
      const s = find();
      return typeof s !== 'string' && s.notFound.length === 0;
    };
    const r = waitFor(ctx, exists, clock);
    if (r === 'killed') return 124;
    if (r === 'timeout') return fail(ctx, 'error: timed out waiting for the condition');
  }
  const sel = find();
  if (typeof sel === 'string') return fail(ctx, sel);
  const errors: string[] = cond.kind === 'delete' ? [] : [...sel.notFound];
  const printed = (o: KubeObject) =>
    ctx.out(
      output === 'name'
        ? `${qualified(o.kind as StoredKind, o.metadata.name)}\n`
        : `${qualified(o.kind as StoredKind, o.metadata.name)} condition met\n`,
    );
  const targets = sel.groups.flatMap((g) => g.objects);
  for (const obj of targets) {
    const kind = obj.kind as StoredKind;
    const name = obj.metadata.name;
    const ref = `${byKind(kind).plural}/${name}`;
    const current = () => getObject(c, kind, name);
    if (cond.kind === 'delete') {
      const gone = () => current()?.metadata.uid !== obj.metadata.uid;
      if (timeout === 0 && !gone()) {
        errors.push(`error: condition not met for ${ref}`);
        continue;
      }
      const r = waitFor(ctx, gone, clock);
      if (r === 'killed') return 124;
      if (r === 'met') printed(obj);
      else errors.push(`error: timed out waiting for the condition on ${ref}`);
      continue;
    }
    let evalError: string | undefined;
    const ok = () => {
      const m = met(cond, current());
      if (typeof m === 'string') {
        evalError = m;
        return true;
      }
      return m;
    };
    if (timeout === 0) {
      if (ok() && !evalError) printed(current()!);
      else errors.push(evalError ?? `error: condition not met for ${ref}`);
      continue;
    }
    const r = waitFor(ctx, ok, clock);
    if (r === 'killed') return 124;
    if (evalError) errors.push(evalError);
    else if (r === 'met') printed(current()!);
    else errors.push(`error: timed out waiting for the condition on ${ref}`);
  }
  if (!targets.length && !errors.length && cond.kind !== 'delete') errors.push('error: no matching resources found');
  if (!errors.length) return 0;
  // One error prints as "error: …"; an aggregate prints one line per error, without the prefix.
  ctx.err(errors.length === 1 ? `${errors[0]}\n` : errors.map((e) => `${e.replace(/^error: /, '')}\n`).join(''));
  return 1;
}

/** The rollout status line for a StatefulSet (semantics §5.10), or undefined when done. */
export function rolloutMessage(set: StatefulSet): { text: string; done: boolean } {
  const st = set.status;
  const replicas = set.spec.replicas ?? 1;
  if ((st.observedGeneration ?? 0) < (set.metadata.generation ?? 1))
    return { text: 'Waiting for statefulset spec update to be observed...', done: false };
  if ((st.readyReplicas ?? 0) < replicas)
    return { text: `Waiting for ${replicas - (st.readyReplicas ?? 0)} pods to be ready...`, done: false };
  const partition = set.spec.updateStrategy?.rollingUpdate?.partition ?? 0;
  const updated = st.updatedReplicas ?? 0;
  if (updated < replicas - partition)
    return {
      text: `Waiting for partitioned roll out to finish: ${updated} out of ${replicas - partition} new pods have been updated...`,
      done: false,
    };
  return { text: `partitioned roll out complete: ${updated} new pods have been updated...`, done: true };
}

const ROLLOUT_SUBCOMMANDS = ['history', 'pause', 'restart', 'resume', 'status', 'undo'];

const STATUS: FlagSpec[] = [
  ...COMMON,
  { names: ['watch', 'w'], type: 'bool' },
  { names: ['revision'], type: 'int' },
  { names: ['timeout'], type: 'duration' },
  { names: ['filename', 'f'], type: 'strings', csv: true },
];

export function rolloutCommand(ctx: CommandContext, words: string[]): number {
  const [sub, ...rest] = words;
  if (sub === undefined || sub === '-h' || sub === '--help') {
    const text =
      'Manage the rollout of one or many resources.\n\n(simulator: of the rollout subcommands, only "kubectl rollout status" is simulated)\n';
    if (sub === undefined) return fail(ctx, text);
    ctx.out(text);
    return 0;
  }
  if (!ROLLOUT_SUBCOMMANDS.includes(sub))
    return fail(ctx, usageError('rollout', `unknown command ${goQuote(words.join(' '))}`));
  if (sub !== 'status')
    return fail(
      ctx,
      `error: "kubectl rollout ${sub}" is not simulated; the simulator supports "kubectl rollout status"`,
    );
  const parsed = parseFlags(rest, STATUS, 'kubectl rollout status');
  if (!parsed.ok) return fail(ctx, parsed.error);
  const p = parsed.value;
  if (p.help) return helpNote(ctx, 'rollout status');
  const args = [...p.args, ...p.rest];
  if (!args.length) return fail(ctx, 'error: required resource not specified');
  const revision = num(p, 'revision') ?? 0;
  if (revision < 0) return fail(ctx, `error: revision must be a positive integer: ${revision}`);
  const c = ctx.sim.cluster;
  const sel = select(c, args, { allowEmptySelector: true, namespace: namespaceOf(p) });
  if (typeof sel === 'string') return fail(ctx, sel);
  if (sel.groups.length > 1) return fail(ctx, 'error: you may only specify a single resource type');
  if (sel.notFound.length) return fail(ctx, sel.notFound[0]!);
  const objects = sel.groups.flatMap((g) => g.objects);
  if (objects.length !== 1)
    return fail(
      ctx,
      `error: rollout status is only supported on individual resources and resource collections - ${objects.length} resources were found`,
    );
  const obj = objects[0]!;
  if (obj.kind !== 'StatefulSet') return fail(ctx, `error: no status viewer has been implemented for ${obj.kind}`);
  const name = obj.metadata.name;
  const uid = obj.metadata.uid;
  const live = () => {
    const s = c.get('StatefulSet', name);
    return s && s.metadata.uid === uid ? s : undefined;
  };
  const watch = p.flags['watch'] !== false;
  const timeoutFlag = num(p, 'timeout') ?? 0;
  const own = timeoutFlag > 0 ? timeoutFlag : ROLLOUT_LIMIT_S;
  // rollout_status.go: UntilWithSync on the object, and on its ADDED (the initial list) and on every
  // MODIFIED event, print the status viewer's message, so a message repeats each time the
  // controller writes the StatefulSet without changing what it says; stop when done (or at once
  // with --watch=false); DELETED is an error.
  let error: string | undefined;
  let finished = false;
  const onEvent = (set: StatefulSet | undefined): void => {
    if (finished) return;
    if (!set) {
      error = 'error: object has been deleted';
      finished = true;
      return;
    }
    if (set.spec.updateStrategy?.type === 'OnDelete') {
      error = 'error: rollout status is only available for RollingUpdate strategy type';
      finished = true;
      return;
    }
    const r = rolloutMessage(set);
    ctx.out(`${r.text}\n`);
    if (r.done || !watch) finished = true;
  };
  onEvent(live());
  const unwatch = c.watch((ev) => {
    if (ev.kind !== 'StatefulSet' || ev.object.metadata.name !== name || ev.object.metadata.uid !== uid) return;
    onEvent(ev.type === 'DELETED' ? undefined : (ev.object as StatefulSet));
  });
  const done = () => finished;
  const r = waitFor(ctx, done, { left: own, spent: 0 });
  unwatch();
  if (error) return fail(ctx, error);
  if (r === 'met') return 0;
  if (r === 'killed') return 124;
  if (timeoutFlag > 0) return fail(ctx, 'error: timed out waiting for the condition');
  ctx.err(
    `(simulator: kubectl is still watching the rollout and would watch until it is done or interrupted; the command was stopped after ${ROLLOUT_LIMIT_S} virtual seconds. Use "timeout N kubectl rollout status …" to choose.)\n`,
  );
  return 0;
}
