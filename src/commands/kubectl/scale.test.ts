// kubectl scale: scale.go's checks (the required --replicas, its int parsing by pflag, the
// negative count), then the builder and the scale subresource.
import { describe, expect, it } from 'vitest';
import { fails, web } from './testkit.ts';

const parseError = (v: string, why = 'invalid syntax') =>
  `error: invalid argument "${v}" for "--replicas" flag: strconv.ParseInt: parsing "${v}": ${why}\nSee 'kubectl scale --help' for usage.\n`;

describe('kubectl scale: errors', () => {
  it('--replicas missing, negative or not an integer', () => {
    const s = web();
    fails(s, 'kubectl scale sts web', 'error: required flag(s) "replicas" not set\n');
    fails(
      s,
      'kubectl scale sts web --replicas=-1',
      'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n',
    );
    fails(s, 'kubectl scale sts web --replicas=1.5', parseError('1.5'));
    fails(s, 'kubectl scale sts web --replicas=three', parseError('three'));
    fails(s, 'kubectl scale sts web --replicas=', parseError(''));
    fails(
      s,
      'kubectl scale sts web --replicas=99999999999999999999',
      parseError('99999999999999999999', 'value out of range'),
    );
    fails(
      s,
      'kubectl scale sts web --replicas',
      "error: flag needs an argument: --replicas\nSee 'kubectl scale --help' for usage.\n",
    );
    // The negative check comes before the resource is even looked at.
    fails(
      s,
      'kubectl scale sts nope --replicas=-1',
      'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n',
    );
  });

  it('Go integer syntax is accepted, as pflag does (base prefixes, underscores)', () => {
    const s = web();
    expect(s.run('kubectl scale sts web --replicas=0x3').stdout).toBe('statefulset.apps/web scaled\n');
    expect(s.sim.cluster.get('StatefulSet', 'web')?.spec.replicas).toBe(3);
  });

  it("a count that does not fit the scale subresource's int32 is refused by the server", () => {
    fails(
      web(),
      'kubectl scale sts web --replicas=2147483648',
      'The Scale "web" is invalid: spec.replicas: Invalid value: -2147483648: must be greater than or equal to 0\n',
    );
  });

  it('more replicas than the simulated cluster can run', () => {
    fails(
      web(),
      'kubectl scale sts web --replicas=5000',
      'error: (simulator: 5000 replicas is more than this simulated cluster can run; use at most 1000)\n',
    );
  });

  it('NotFound, a type without a scale subresource, --current-replicas', () => {
    const s = web();
    fails(
      s,
      'kubectl scale sts nope --replicas=3',
      'Error from server (NotFound): statefulsets.apps "nope" not found\n',
    );
    fails(
      s,
      'kubectl scale pod web-0 --replicas=3',
      'Error from server (NotFound): the server could not find the requested resource\n',
    );
    fails(s, 'kubectl scale sts web --replicas=3 --current-replicas=5', 'error: Expected replicas to be 5, was 2\n');
    fails(s, 'kubectl scale sts --replicas=3', 'error: resource(s) were provided, but no name was specified\n');
  });

  it('scales what it found and reports the rest', () => {
    const s = web();
    const r = s.run('kubectl scale sts web nope --replicas=3');
    expect(r).toEqual({
      stdout: 'statefulset.apps/web scaled\n',
      stderr: 'Error from server (NotFound): statefulsets.apps "nope" not found\n',
      exitCode: 1,
    });
    expect(s.sim.cluster.get('StatefulSet', 'web')?.spec.replicas).toBe(3);
  });
});
