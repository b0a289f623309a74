import { describe, expect, it } from 'vitest';
import { createThreeWayMergePatch } from './patch-threeway.ts';

const POD = { k: 'struct', name: 'Pod' } as const;

const pod = (containers: unknown[], extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p' },
  spec: { containers, ...extra },
});

describe('createThreeWayMergePatch (strategicpatch.CreateThreeWayMergePatch)', () => {
  it('is empty when the config did not change and nothing it names differs live', () => {
    const cfg = pod([{ name: 'a', image: 'x' }]);
    const live = pod([{ name: 'a', image: 'x', imagePullPolicy: 'IfNotPresent' }], { dnsPolicy: 'ClusterFirst' });
    expect(createThreeWayMergePatch(cfg, cfg, live, POD)).toEqual({});
  });

  it('changes a merge-keyed item in place, with $setElementOrder', () => {
    const before = pod([{ name: 'a', image: 'x' }]);
    const after = pod([{ name: 'a', image: 'y' }]);
    expect(createThreeWayMergePatch(before, after, before, POD)).toEqual({
      spec: { containers: [{ name: 'a', image: 'y' }], '$setElementOrder/containers': [{ name: 'a' }] },
    });
  });

  it('deletes a merge-keyed item the config dropped with a $patch: delete directive', () => {
    const before = pod([{ name: 'a' }, { name: 'b' }]);
    const after = pod([{ name: 'a' }]);
    expect(createThreeWayMergePatch(before, after, before, POD)).toEqual({
      spec: { containers: [{ $patch: 'delete', name: 'b' }], '$setElementOrder/containers': [{ name: 'a' }] },
    });
  });

  it('deletes a dropped field with null, ignores fields only the live object has', () => {
    const before = pod([{ name: 'a' }], { hostname: 'h' });
    const after = pod([{ name: 'a' }]);
    const live = pod([{ name: 'a' }], { hostname: 'h', nodeName: 'node-1' });
    expect(createThreeWayMergePatch(before, after, live, POD)).toEqual({ spec: { hostname: null } });
  });

  it('replaces a list without a merge strategy whole when it differs', () => {
    const before = pod([{ name: 'a', args: ['1', '2'] }]);
    const after = pod([{ name: 'a', args: ['1'] }]);
    expect(createThreeWayMergePatch(before, after, before, POD)).toEqual({
      spec: { containers: [{ name: 'a', args: ['1'] }], '$setElementOrder/containers': [{ name: 'a' }] },
    });
  });

  it('without an original (no last-applied), deletes nothing', () => {
    const live = pod([{ name: 'a' }], { hostname: 'h' });
    expect(createThreeWayMergePatch(null, pod([{ name: 'a' }]), live, POD)).toEqual({});
  });

  it('a merge list with items only the live object has still gets a $setElementOrder (diffLists: order differs)', () => {
    const cfg = pod([{ name: 'a' }]);
    const live = pod([{ name: 'a' }, { name: 'b' }]);
    expect(createThreeWayMergePatch(cfg, cfg, live, POD)).toEqual({
      spec: { '$setElementOrder/containers': [{ name: 'a' }] },
    });
  });

  it('reverts a field someone else changed when the config names it', () => {
    const cfg = { kind: 'StatefulSet', spec: { replicas: 3 } };
    const live = { kind: 'StatefulSet', spec: { replicas: 5 } };
    expect(createThreeWayMergePatch(cfg, cfg, live, { k: 'struct', name: 'StatefulSet' })).toEqual({
      spec: { replicas: 3 },
    });
  });
});

describe('createThreeWayMergePatch: odd keys', () => {
  it('treats label keys named like Object.prototype members as plain keys', () => {
    const before = { kind: 'Pod', metadata: { labels: { toString: 'a', constructor: 'b' } } };
    const after = { kind: 'Pod', metadata: { labels: { constructor: 'b' } } };
    expect(createThreeWayMergePatch(before, after, before, POD)).toEqual({ metadata: { labels: { toString: null } } });
    expect(createThreeWayMergePatch(after, after, after, POD)).toEqual({});
  });

  it('a key holding undefined in the live object is absent', () => {
    const cfg = pod([{ name: 'a', args: ['x'] }]);
    const live = pod([{ name: 'a', args: ['x'], workingDir: undefined }]);
    expect(createThreeWayMergePatch(cfg, cfg, live, POD)).toEqual({});
  });
});
