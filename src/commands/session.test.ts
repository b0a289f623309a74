// The shell around the commands: quoting errors, unknown commands, GNU coreutils `sleep` and
// `timeout`, and the simulator's own `sim` verbs.
import { describe, expect, it } from 'vitest';
import { createSession } from './index.ts';
import { fails, web } from './kubectl/testkit.ts';

const SIM_USAGE = `Usage:
  sim partition NODE      cut the node off from the control plane (its containers keep running)
  sim heal NODE           reconnect it
  sim poweroff NODE       power it off (its containers stop)
  sim poweron NODE        power it back on
  sim readiness POD fail|pass
  sim status -o json      what really runs where, and at-most-one violations
`;

describe('the shell', () => {
  it('unbalanced quotes are a syntax error (exit 2), as in sh', () => {
    const s = web();
    fails(s, "kubectl get pod 'web-0", "sh: unexpected EOF while looking for matching `''\n", 2);
    fails(s, 'kubectl get pod "web-0', 'sh: unexpected EOF while looking for matching `"\'\n', 2);
  });

  it('an unknown command is 127; blank lines and comments do nothing', () => {
    const s = web();
    fails(s, 'kubeclt get pods', 'sh: kubeclt: command not found\n', 127);
    expect(s.run('')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(s.run('   # a comment')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
});

describe('sleep', () => {
  it('bad intervals', () => {
    const s = web();
    const TRY = "Try 'sleep --help' for more information.\n";
    fails(s, 'sleep', `sleep: missing operand\n${TRY}`);
    fails(s, 'sleep x', `sleep: invalid time interval 'x'\n${TRY}`);
    fails(s, 'sleep 5 x', `sleep: invalid time interval 'x'\n${TRY}`);
    fails(s, 'sleep 1_000', `sleep: invalid time interval '1_000'\n${TRY}`);
    fails(s, 'sleep -1', `sleep: invalid option -- '1'\n${TRY}`);
    fails(s, 'sleep 2d', 'sleep: (simulator: at most 86400 seconds at a time)\n');
  });

  it('GNU forms: several intervals add up, suffixes s m h d, decimals', () => {
    const s = createSession({ seed: 1 });
    const t0 = s.now;
    expect(s.run('sleep 1 2s .5 1m 0.5')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(s.now - t0).toBe(64);
  });
});

describe('timeout', () => {
  it('bad values and missing operands (exit 125), a command that does not exist (127)', () => {
    const s = web();
    const TRY = "Try 'timeout --help' for more information.\n";
    fails(s, 'timeout', `timeout: missing operand\n${TRY}`, 125);
    fails(s, 'timeout 5', `timeout: missing operand after '5'\n${TRY}`, 125);
    fails(s, 'timeout x kubectl get pods', `timeout: invalid time interval 'x'\n${TRY}`, 125);
    fails(s, 'timeout -5 kubectl get pods', `timeout: invalid option -- '5'\n${TRY}`, 125);
    fails(s, 'timeout 2d kubectl get pods', 'timeout: (simulator: at most 86400 seconds)\n', 125);
    fails(
      s,
      'timeout 5 kubeclt get pods',
      "timeout: failed to run command 'kubeclt': No such file or directory\n",
      127,
    );
  });

  it('stops what outlasts it with 124, silently; passes other exit statuses through', () => {
    const s = web();
    const t0 = s.now;
    expect(s.run('timeout 5 sleep 10')).toEqual({ stdout: '', stderr: '', exitCode: 124 });
    expect(s.now - t0).toBe(5);
    expect(s.run('timeout 5 sleep 1').exitCode).toBe(0);
    expect(s.run('timeout 5 kubectl get pod nope').exitCode).toBe(1);
    const w = s.run('timeout 10s kubectl get pods -w');
    expect(w.exitCode).toBe(124);
    expect(w.stderr).toBe('');
    // 0 means no limit.
    expect(s.run('timeout 0 sleep 1').exitCode).toBe(0);
  });
});

describe('sim verbs: misuse', () => {
  it('usage errors print the usage', () => {
    const s = web();
    fails(s, 'sim', `error: missing sim verb\n${SIM_USAGE}`);
    fails(s, 'sim bogus', `error: unknown sim verb "bogus"\n${SIM_USAGE}`);
    fails(s, 'sim partition', `error: sim partition takes one node name\n${SIM_USAGE}`);
    fails(s, 'sim heal node-1 node-2', `error: sim heal takes one node name\n${SIM_USAGE}`);
    fails(s, 'sim readiness web-0', `error: sim readiness POD fail|pass\n${SIM_USAGE}`);
    fails(s, 'sim readiness web-0 fail now', `error: sim readiness POD fail|pass\n${SIM_USAGE}`);
    fails(s, 'sim status', `error: sim status takes -o json\n${SIM_USAGE}`);
  });

  it('unknown nodes and pods, and states that do not apply', () => {
    const s = web();
    fails(s, 'sim partition node-9', 'error: node "node-9" not found\n');
    fails(s, 'sim readiness nope fail', 'error: pods "nope" not found\n');
    fails(s, 'sim heal node-1', 'error: node node-1 is not cut off\n');
  });
});
