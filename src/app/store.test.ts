import { describe, expect, it } from 'vitest';
import type { CommandResult, CommandSession } from '../commands/index.ts';
import { CLUSTER_QUERIES, createAppStore, formatClock } from './store.ts';

/** A scripted session, so these tests pin the store's behaviour, not the engine's output. */
function fakeSession(reply: (line: string) => CommandResult): CommandSession & { lines: string[] } {
  let now = 0;
  const lines: string[] = [];
  return {
    lines,
    run: (line) => {
      lines.push(line);
      return reply(line);
    },
    advance: (s) => {
      now += s;
    },
    get now() {
      return now;
    },
  };
}

const ok = (stdout: string): CommandResult => ({ stdout, stderr: '', exitCode: 0 });

describe('app store', () => {
  it('appends the command, its output and its history entry when a command runs', () => {
    const store = createAppStore(fakeSession((line) => ok(`ran ${line}\n`)));

    store.getState().runCommand('  kubectl get nodes ');

    const { transcript, history, announcement } = store.getState();
    expect(transcript).toHaveLength(1);
    expect(transcript[0]).toMatchObject({ command: 'kubectl get nodes', stdout: 'ran kubectl get nodes\n' });
    expect(history).toEqual(['kubectl get nodes']);
    expect(announcement).toBe('kubectl get nodes: done, 1 line of output.');
  });

  it('keeps stderr apart and announces failures', () => {
    const store = createAppStore(
      fakeSession(() => ({ stdout: '', stderr: 'error: the server has no resource "foo"\n', exitCode: 1 })),
    );

    store.getState().runCommand('kubectl get foo');

    expect(store.getState().transcript[0].stderr).toBe('error: the server has no resource "foo"\n');
    expect(store.getState().announcement).toBe(
      'kubectl get foo: failed. Error: error: the server has no resource "foo"',
    );
  });

  it('refreshes the cluster view with read-only commands after each command', () => {
    const session = fakeSession((line) => ok(`${line}\n`));
    const store = createAppStore(session);
    session.lines.length = 0;

    store.getState().runCommand('kubectl scale sts web --replicas=3');

    expect(session.lines).toEqual(['kubectl scale sts web --replicas=3', ...CLUSTER_QUERIES.map((q) => q.command)]);
    expect(store.getState().cluster.map((s) => s.output)).toEqual(CLUSTER_QUERIES.map((q) => q.command));
  });

  it('ignores blank lines and clears the terminal without calling the session', () => {
    const session = fakeSession((line) => ok(`${line}\n`));
    const store = createAppStore(session);
    store.getState().runCommand('kubectl get pods');
    session.lines.length = 0;

    store.getState().runCommand('   ');
    store.getState().runCommand('clear');

    expect(session.lines).toEqual([]);
    expect(store.getState().transcript).toEqual([]);
    expect(store.getState().history).toEqual(['kubectl get pods', 'clear']);
  });

  it('advances the virtual clock through the session', () => {
    const store = createAppStore(fakeSession(() => ok('')));

    store.getState().advance(5);
    store.getState().advance(30);

    expect(store.getState().now).toBe(35);
    expect(formatClock(store.getState().now)).toBe('35s');
    expect(formatClock(3725)).toBe('1h02m05s');
  });

  it('works with the real command session', () => {
    const store = createAppStore();

    store.getState().runCommand('kubectl get nodes');

    expect(store.getState().transcript.map((e) => e.command)).toEqual(['kubectl get nodes']);
  });
});
