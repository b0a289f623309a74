// The scripting CLI end to end (`node --import tsx src/cli/sim.ts …` in a child process): its own
// argument errors exit 2 with the usage, an unreadable script exits 2, a script whose commands
// fail still exits 0, `-f` paths resolve beside the script before the built-in examples, and the
// same seed and script print the same bytes.
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_USAGE, parseCliArgs } from './args.ts';
import { createSession } from '../commands/index.ts';
import { runScript } from './script.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SIM = join(ROOT, 'src/cli/sim.ts');
/** `--import tsx`, resolved from the repository (the CLI runs elsewhere). */
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from `cwd` (not the repository), so relative paths are tested honestly. */
function sim(args: string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', TSX, SIM, ...args],
      { cwd, env: { ...process.env, NODE_OPTIONS: '' } },
      (err, stdout, stderr) => done({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let dir: string;
let runs: Record<string, Run>;

const SCRIPT = `# a comment, then commands that fail: the CLI still exits 0
kubectl apply -f svc.yaml
kubectl apply -f kubia-service-headless.yaml
kubectl get svc
kubectl get pod nope
kubeclt get pods
kubectl apply -f missing.yaml
kubectl apply -f web.yaml
sleep 30
kubectl get pods -o wide
`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
  const scripts = join(dir, 'scripts');
  mkdirSync(scripts);
  writeFileSync(join(scripts, 'story.sh'), SCRIPT);
  // Beside the script: found by `-f svc.yaml` wherever the CLI runs from.
  writeFileSync(
    join(scripts, 'svc.yaml'),
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: local\nspec:\n  clusterIP: None\n  ports:\n  - port: 80\n',
  );
  const cwd = dir; // the script is in ./scripts, the CLI runs one directory up
  const [none, help, badSeed, missing, story, again, other] = await Promise.all([
    sim([], cwd),
    sim(['--help'], cwd),
    sim(['--seed', 'x', 'scripts/story.sh'], cwd),
    sim(['scripts/nope.sh'], cwd),
    sim(['--seed', '1', 'scripts/story.sh'], cwd),
    sim(['--seed=1', 'scripts/story.sh'], cwd),
    sim(['--seed', '2', 'scripts/story.sh'], cwd),
  ]);
  runs = { none, help, badSeed, missing, story, again, other } as Record<string, Run>;
}, 30_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the sim CLI', () => {
  it('argument errors exit 2 with the usage on stderr', () => {
    expect(runs.none).toEqual({ code: 2, stdout: '', stderr: `sim: missing script file\n${CLI_USAGE}\n` });
    expect(runs.badSeed).toEqual({
      code: 2,
      stdout: '',
      stderr: `sim: --seed needs an integer from 0 to 4294967295, got "x"\n${CLI_USAGE}\n`,
    });
  });

  it('--help prints the usage on stdout and exits 0', () => {
    expect(runs.help).toEqual({ code: 0, stdout: `${CLI_USAGE}\n`, stderr: '' });
  });

  it('an unreadable script exits 2', () => {
    expect(runs.missing).toEqual({ code: 2, stdout: '', stderr: 'sim: cannot read scripts/nope.sh: ENOENT\n' });
  });

  it('exits 0 even when commands in the script fail; -f looks beside the script, then the examples', () => {
    expect(runs.story!.code).toBe(0);
    expect(runs.story!.stderr).toBe('');
    const t = runs.story!.stdout;
    expect(t).toContain('$ kubectl apply -f svc.yaml\nservice/local created\n');
    expect(t).toContain('$ kubectl apply -f kubia-service-headless.yaml\nservice/kubia created\n');
    expect(t).toContain('$ kubectl get pod nope\nError from server (NotFound): pods "nope" not found\n');
    expect(t).toContain('$ kubeclt get pods\nsh: kubeclt: command not found\n');
    expect(t).toContain('$ kubectl apply -f missing.yaml\nerror: the path "missing.yaml" does not exist\n');
    expect(t).not.toContain('a comment');
  });

  it('the same seed and script print the same bytes; another seed runs too', () => {
    expect(runs.story!.stdout).toMatch(/\$ kubectl get pods -o wide\nNAME {4}READY/);
    expect(runs.again!.stdout).toBe(runs.story!.stdout);
    expect(runs.other!.code).toBe(0);
    expect(runs.other!.stdout).toMatch(/\$ kubectl get pods -o wide\nNAME {4}READY/);
    expect(runs.other!.stdout).not.toBe(runs.story!.stdout);
  });
});

describe('the CLI argument parser', () => {
  it('refuses what the CLI cannot run, each with the usage', () => {
    const usage = (m: string) => `sim: ${m}\n${CLI_USAGE}`;
    expect(parseCliArgs(['--bogus', 'f'])).toBe(usage('unknown option --bogus'));
    expect(parseCliArgs(['--help'])).toBe(CLI_USAGE);
    expect(parseCliArgs(['--nodes', '0', 'f'])).toBe(usage('--nodes needs an integer from 1 to 100, got "0"'));
    expect(parseCliArgs(['--nodes=101', 'f'])).toBe(usage('--nodes needs an integer from 1 to 100, got "101"'));
    expect(parseCliArgs(['--seed', '-1', 'f'])).toBe(usage('--seed needs an integer from 0 to 4294967295, got "-1"'));
    expect(parseCliArgs(['--seed', '4294967296', 'f'])).toBe(
      usage('--seed needs an integer from 0 to 4294967295, got "4294967296"'),
    );
    expect(parseCliArgs(['--storage', 'nfs', 'f'])).toBe(
      usage('--storage must be dynamic, manual or attachable, got "nfs"'),
    );
    expect(parseCliArgs(['--mode', 'old', 'f'])).toBe(usage('--mode must be modern or book, got "old"'));
    expect(parseCliArgs(['--mode'])).toBe(usage('--mode must be modern or book, got ""'));
    expect(parseCliArgs(['a', 'b'])).toBe(usage('only one script file may be given'));
    expect(parseCliArgs(['--seed', '7', '--nodes=2', '--storage', 'attachable', '--mode=book', 'f'])).toEqual({
      seed: 7,
      nodes: 2,
      storage: 'attachable',
      mode: 'book',
      file: 'f',
    });
  });
});

describe('determinism of a whole session', () => {
  const script = [
    'kubectl apply -f web.yaml',
    'timeout 30 kubectl get pods -w',
    'kubectl scale sts web --replicas=4',
    'kubectl rollout status sts/web',
    'kubectl delete pod web-1 --force --grace-period=0',
    'sim partition node-2',
    'sleep 400',
    'kubectl get pods -o wide',
    'dig SRV nginx.default.svc.cluster.local',
    'kubectl describe sts web',
  ].join('\n');
  const transcript = (seed: number) => {
    let out = '';
    runScript(createSession({ seed }), script, (s) => (out += s));
    return out;
  };

  it('the same seed gives a byte-identical transcript; different seeds both run', () => {
    const a = transcript(3);
    expect(transcript(3)).toBe(a);
    const b = transcript(4);
    expect(b).not.toBe(a);
    for (const t of [a, b]) {
      expect(t).toContain('statefulset.apps/web scaled\n');
      expect(t).not.toContain('internal simulator error');
    }
  });
});
