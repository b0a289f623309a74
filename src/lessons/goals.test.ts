// Goals on real worlds: each kind holds when it should, and when it doesn't it says what differs.
import { beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../commands/index.ts';
import type { World } from '../sim/engine/world.ts';
import { registerAllLocales } from '../i18n/all.ts';
import { LANGS, render } from '../i18n/index.ts';
import { check, describeGoal, EMPTY_CONTEXT, validateGoal, type Goal, type GoalContext } from './goals.ts';
import { podUids } from './world-queries.ts';

beforeAll(registerAllLocales);

/** What a goal says in English: 'ok', or its explanation. */
function say(goal: Goal, world: World, ctx: GoalContext = EMPTY_CONTEXT): string {
  const r = check(goal, world, ctx);
  return r.ok ? 'ok' : render('en', r.why);
}

function session(lines: string[]): Session {
  const s = new Session({ seed: 1 });
  for (const l of lines) {
    const r = s.run(l);
    if (r.exitCode !== 0) throw new Error(`${l}: ${r.stderr}`);
  }
  return s;
}

describe('goals on a running StatefulSet', () => {
  let s: Session;
  let w: World;
  beforeAll(() => {
    s = session([
      'kubectl apply -f web.yaml',
      'kubectl scale sts web --replicas=3',
      'kubectl rollout status sts/web',
      `kubectl exec web-0 -- sh -c 'echo hello > /usr/share/nginx/html/index.html'`,
    ]);
    w = s.sim.world;
  });

  it('checks pods, counts and replicas, explaining the difference', () => {
    expect(say({ kind: 'podsReady', set: 'web', names: ['web-0', 'web-2'] }, w)).toBe('ok');
    expect(say({ kind: 'podsReady', set: 'web', count: 3 }, w)).toBe('ok');
    expect(say({ kind: 'podsReady', set: 'web', count: 4 }, w)).toBe('web is set to 3 replicas; the goal is 4.');
    expect(say({ kind: 'podsReady', set: 'web', names: ['web-3'] }, w)).toBe('web-3 doesn’t exist (yet).');
    expect(say({ kind: 'podsReady', set: 'nope', count: 1 }, w)).toBe(
      'There is no StatefulSet or ReplicaSet called nope.',
    );
    expect(say({ kind: 'replicas', set: 'web', count: 2 }, w)).toBe('web is set to 3 replicas; the goal is 2.');
    expect(say({ kind: 'podExists', pod: 'web-1' }, w)).toBe('ok');
    expect(say({ kind: 'podAbsent', pod: 'web-1' }, w)).toBe('web-1 still exists (STATUS Running).');
    expect(say({ kind: 'podTerminating', pod: 'web-1' }, w)).toBe('web-1 isn’t being deleted: its STATUS is Running.');
    expect(say({ kind: 'podStatus', pod: 'web-1', status: 'Running' }, w)).toBe('ok');
    expect(say({ kind: 'podStatus', pod: 'web-1', status: 'Pending' }, w)).toBe(
      'web-1 shows STATUS Running, not Pending.',
    );
    const node = w.objects.Pod['web-0']!.spec.nodeName!;
    expect(say({ kind: 'podOnNode', pod: 'web-0', node }, w)).toBe('ok');
    expect(say({ kind: 'podOnNode', pod: 'web-0', node: 'node-9' }, w)).toBe(`web-0 runs on ${node}, not on node-9.`);
    expect(say({ kind: 'podImage', pod: 'web-0', image: 'registry.k8s.io/nginx-slim:0.7' }, w)).toBe('ok');
    expect(say({ kind: 'podImage', pod: 'web-0', image: 'nginx:1' }, w)).toBe(
      'web-0 runs registry.k8s.io/nginx-slim:0.7; the goal is nginx:1.',
    );
    expect(say({ kind: 'createdInOrder', set: 'web', ordered: true }, w)).toBe('ok');
    expect(say({ kind: 'createdInOrder', set: 'web', ordered: false }, w)).toBe(
      'Every pod of web was created only after the one before it was Ready.',
    );
  });

  it('checks claims, files on volumes and other objects', () => {
    expect(say({ kind: 'claimsExist', names: ['www-web-0', 'www-web-2'] }, w)).toBe('ok');
    expect(say({ kind: 'claimsExist', names: ['www-web-3'] }, w)).toBe('There is no claim called www-web-3.');
    expect(say({ kind: 'claimBoundTo', claim: 'www-web-0' }, w)).toBe('ok');
    expect(say({ kind: 'claimBoundTo', claim: 'www-web-0', volume: 'pv-x' }, w)).toMatch(
      /^www-web-0 is bound to pvc-[0-9a-f-]+, not to pv-x\.$/,
    );
    expect(say({ kind: 'claimPhase', claim: 'www-web-0', phase: 'Pending' }, w)).toBe(
      'www-web-0 is Bound, not Pending.',
    );
    expect(say({ kind: 'fileOnVolume', claim: 'www-web-0', path: 'index.html', content: 'hello' }, w)).toBe('ok');
    expect(say({ kind: 'fileOnVolume', claim: 'www-web-0', path: '/index.html', content: 'bye' }, w)).toBe(
      '/index.html on www-web-0 says “hello”; the goal is “bye”.',
    );
    expect(say({ kind: 'fileOnVolume', claim: 'www-web-1', path: 'index.html' }, w)).toMatch(
      /^www-web-1’s volume has no file/,
    );
    expect(say({ kind: 'objectExists', ref: 'svc/nginx' }, w)).toBe('ok');
    expect(say({ kind: 'objectAbsent', ref: 'svc/nginx' }, w)).toBe('svc/nginx still exists.');
    expect(say({ kind: 'objectExists', ref: 'rs/cattle' }, w)).toBe('rs/cattle doesn’t exist.');
  });

  it('counts SRV records as dig would, without changing the world', () => {
    const before = JSON.stringify(w);
    expect(say({ kind: 'srvRecordCount', service: 'nginx', count: 3 }, w)).toBe('ok');
    expect(say({ kind: 'srvRecordCount', service: 'nginx', count: 4 }, w)).toBe(
      'An SRV lookup of nginx returns 3 records; the goal is 4.',
    );
    expect(say({ kind: 'srvRecordCount', service: 'kubia', count: 2 }, w)).toBe(
      'There is no Service called kubia, so DNS has no records for it.',
    );
    expect(say({ kind: 'srvRecordCount', service: 'kubia', count: 0 }, w)).toBe('ok');
    expect(JSON.stringify(w)).toBe(before);
  });

  it('reads the step’s history: commands, events, pods at the start', () => {
    const ctx: GoalContext = {
      ...EMPTY_CONTEXT,
      commands: [
        { line: 'nslookup web-9.nginx', exitCode: 1 },
        { line: 'kubectl exec web-1 -- hostname -f', exitCode: 0 },
      ],
      podsAtStart: podUids(w),
    };
    const hostname: Goal = {
      kind: 'commandRun',
      pattern: '\\bexec\\b.*\\bweb-1\\b.*hostname',
      what: 'stable-identity.hostname.what',
    };
    expect(say(hostname, w, ctx)).toBe('ok');
    expect(say({ ...hostname, pattern: 'nslookup web-9' }, w, ctx)).toBe(
      'Not yet: run hostname inside web-1 (kubectl exec web-1 -- hostname -f).',
    );
    expect(say({ kind: 'podRecreated', pod: 'web-0' }, w, ctx)).toBe(
      'web-0 is still the very pod that was there when this step began.',
    );
    expect(say({ kind: 'podsRenamed', set: 'web', count: 3 }, w, ctx)).toMatch(
      /was already there when this step began/,
    );
    expect(say({ kind: 'eventSeen', reason: 'SuccessfulCreate', object: 'web' }, w, ctx)).toBe('ok');
    expect(
      say({ kind: 'eventSeen', reason: 'SuccessfulCreate', object: 'web' }, w, { ...ctx, since: w.now + 1000 }),
    ).toBe('No SuccessfulCreate event for web has been recorded since this step began.');
  });

  it('combines goals, and says which part fails', () => {
    const ready: Goal = { kind: 'podsReady', set: 'web', names: ['web-1'] };
    const missing: Goal = { kind: 'podExists', pod: 'web-7' };
    expect(say({ kind: 'all', goals: [ready, missing] }, w)).toBe('web-7 doesn’t exist (yet).');
    expect(say({ kind: 'any', goals: [missing, ready] }, w)).toBe('ok');
    expect(say({ kind: 'any', goals: [missing] }, w)).toBe('web-7 doesn’t exist (yet).');
    expect(say({ kind: 'not', goal: ready }, w)).toBe('This should not be the case: web-1 Ready.');
    expect(say({ kind: 'not', goal: missing }, w)).toBe('ok');
  });
});

describe('goals while things change', () => {
  it('explains a pod that is not Ready yet, and too many pods', () => {
    const s = session([
      'kubectl apply -f web.yaml',
      'kubectl rollout status sts/web',
      'kubectl scale sts web --replicas=3',
    ]);
    expect(say({ kind: 'podsReady', set: 'web', count: 3 }, s.sim.world)).toMatch(
      /^web-2 exists but isn’t Ready yet \(STATUS (Pending|ContainerCreating)\)\.$/,
    );
    expect(say({ kind: 'srvRecordCount', service: 'nginx', count: 3 }, s.sim.world)).toMatch(
      /^An SRV lookup of nginx returns 2 records; the goal is 3\. web-2 isn’t listed \(STATUS \w+\)\.$/,
    );
    s.run('kubectl rollout status sts/web');
    s.run('kubectl scale sts web --replicas=2');
    expect(say({ kind: 'podsReady', set: 'web', count: 2 }, s.sim.world)).toBe(
      'web still has 3 pods, web-2 among them; the goal is exactly 2.',
    );
    expect(say({ kind: 'podTerminating', pod: 'web-2' }, s.sim.world)).toBe('ok');
  });

  it('reads the ground truth: NotReady nodes, twins, and twins seen earlier in the step', () => {
    const s = new Session({ seed: 1, storage: 'manual' });
    for (const l of [
      'kubectl apply -f persistent-volumes.yaml',
      'kubectl apply -f kubia-service-headless.yaml',
      'kubectl apply -f kubia-statefulset.yaml',
      'kubectl rollout status sts/kubia',
    ])
      s.run(l);
    const node = s.sim.world.objects.Pod['kubia-0']!.spec.nodeName!;
    expect(say({ kind: 'nodeNotReady', node }, s.sim.world)).toBe(`${node} is still Ready.`);
    expect(say({ kind: 'violationPresent', pod: 'kubia-0' }, s.sim.world)).toBe(
      `Only one kubia-0 is running (on ${node}).`,
    );
    expect(say({ kind: 'violationPresent' }, s.sim.world)).toBe('No identity is running twice.');
    s.run(`sim partition ${node}`);
    s.run('sleep 60');
    expect(say({ kind: 'nodeNotReady', node }, s.sim.world)).toBe('ok');
    s.run('kubectl delete pod kubia-0 --grace-period=0 --force');
    s.run('kubectl wait --for=condition=Ready pod/kubia-0');
    expect(say({ kind: 'violationPresent', pod: 'kubia-0' }, s.sim.world)).toBe('ok');
    expect(say({ kind: 'noViolation' }, s.sim.world)).toMatch(
      new RegExp(`^kubia-0 is running twice right now: on .*${node}`),
    );
    s.run(`sim heal ${node}`);
    s.run('sleep 40');
    const seen: GoalContext = { ...EMPTY_CONTEXT, violationsSeen: { 'kubia-0': 90_000 } };
    expect(say({ kind: 'noViolation' }, s.sim.world, seen)).toBe('ok');
    expect(say({ kind: 'noViolation', ever: true }, s.sim.world, seen)).toBe(
      'Two copies of kubia-0 ran at the same time during this step (first seen at 10:01:30). Start the step again and find a way that never starts a twin.',
    );
  });
});

describe('describing and validating goals', () => {
  const every: Goal[] = [
    { kind: 'podsReady', set: 'web', names: ['web-0'] },
    { kind: 'podsReady', set: 'web', count: 2 },
    { kind: 'podOnNode', pod: 'web-0', node: 'node-1' },
    { kind: 'podExists', pod: 'web-0' },
    { kind: 'podAbsent', pod: 'web-0' },
    { kind: 'podTerminating', pod: 'web-0' },
    { kind: 'podStatus', pod: 'web-0', status: 'Running' },
    { kind: 'podImage', pod: 'web-0', image: 'nginx' },
    { kind: 'podRecreated', pod: 'web-0' },
    { kind: 'podsRenamed', set: 'cattle', count: 3 },
    { kind: 'createdInOrder', set: 'web', ordered: true },
    { kind: 'createdInOrder', set: 'web', ordered: false },
    { kind: 'claimsExist', names: ['www-web-0'] },
    { kind: 'claimBoundTo', claim: 'www-web-0' },
    { kind: 'claimBoundTo', claim: 'www-web-0', volume: 'pv-a' },
    { kind: 'claimPhase', claim: 'www-web-0', phase: 'Bound' },
    { kind: 'objectExists', ref: 'svc/nginx' },
    { kind: 'objectAbsent', ref: 'svc/nginx' },
    { kind: 'srvRecordCount', service: 'nginx', count: 2 },
    { kind: 'replicas', set: 'web', count: 2 },
    { kind: 'nodeNotReady', node: 'node-1' },
    { kind: 'violationPresent' },
    { kind: 'violationPresent', pod: 'kubia-0' },
    { kind: 'noViolation' },
    { kind: 'noViolation', ever: true },
    { kind: 'fileOnVolume', claim: 'www-web-0', path: 'index.html' },
    { kind: 'fileOnVolume', claim: 'www-web-0', path: 'index.html', content: 'x' },
    { kind: 'eventSeen', reason: 'Killing' },
    { kind: 'commandRun', pattern: 'x', what: 'stable-identity.fourth.what' },
  ];

  it('describes every kind in both languages, with nothing left unfilled', () => {
    const goals: Goal[] = [
      ...every,
      { kind: 'all', goals: every.slice(0, 2) },
      { kind: 'any', goals: every.slice(0, 2) },
      { kind: 'not', goal: every[0]! },
    ];
    for (const g of goals)
      for (const lang of LANGS) expect(render(lang, describeGoal(g)), g.kind).not.toMatch(/\{[a-zA-Z]\w*\}|\[\[/);
    expect(render('en', describeGoal({ kind: 'all', goals: every.slice(0, 2) }))).toBe(
      'web-0 Ready; web has exactly 2 pods, all Ready',
    );
  });

  it('accepts well-formed goals and explains malformed ones', () => {
    for (const g of every) expect(validateGoal(g), g.kind).toEqual([]);
    expect(validateGoal({ kind: 'podsReady', set: 'web' })).toEqual(['podsReady: give names or count']);
    expect(validateGoal({ kind: 'teleport' })).toEqual(['goal: unknown kind teleport']);
    expect(validateGoal({ kind: 'objectExists', ref: 'deploy/x' })).toEqual([
      'objectExists: bad object ref "deploy/x"',
    ]);
    expect(validateGoal({ kind: 'commandRun', pattern: '(', what: 'nope' }, { a: 'b' })).toEqual([
      'commandRun: bad pattern (',
      'commandRun: unknown message key "nope"',
    ]);
    expect(validateGoal({ kind: 'all', goals: [{ kind: 'podExists' }] })).toEqual(['podExists: missing pod']);
  });
});
