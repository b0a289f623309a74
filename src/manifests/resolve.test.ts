import { describe, expect, it } from 'vitest';
import { lookupResourceType, resolveKind, resolveManifestObject } from './resolve.ts';
import { RESOURCES, formatResourceRef, resourcePrefix } from './resources.ts';

describe('resolveKind', () => {
  it('maps the simulated kinds', () => {
    const pairs: [string, string, string][] = [
      ['v1', 'Pod', 'pods'],
      ['v1', 'Service', 'services'],
      ['v1', 'PersistentVolume', 'persistentvolumes'],
      ['v1', 'PersistentVolumeClaim', 'persistentvolumeclaims'],
      ['v1', 'Node', 'nodes'],
      ['v1', 'Endpoints', 'endpoints'],
      ['apps/v1', 'StatefulSet', 'statefulsets'],
      ['apps/v1', 'ReplicaSet', 'replicasets'],
      ['apps/v1', 'ControllerRevision', 'controllerrevisions'],
      ['storage.k8s.io/v1', 'StorageClass', 'storageclasses'],
    ];
    for (const [apiVersion, kind, plural] of pairs) expect(resolveKind(apiVersion, kind)?.plural).toBe(plural);
    expect(resolveKind('apps/v1beta1', 'StatefulSet')).toBeNull();
    expect(resolveKind('apps/v1beta1', 'StatefulSet', 'book')?.plural).toBe('statefulsets');
    expect(resolveKind('apps/v1', 'statefulset')).toBeNull();
  });

  it('returns kubectl text for an object that cannot be mapped', () => {
    const peers = { apiVersion: 'apps/v1beta1', kind: 'StatefulSet', metadata: { name: 'kubia' } };
    expect(resolveKind(peers, { source: 'kubia-statefulset-peers.yaml' })).toBe(
      'error: resource mapping not found for name: "kubia" namespace: "" from "kubia-statefulset-peers.yaml": no matches for kind "StatefulSet" in version "apps/v1beta1"\nensure CRDs are installed first',
    );
    expect(resolveKind(peers, { source: 'kubia-statefulset-peers.yaml', mode: 'book' })).toMatchObject({
      kind: 'StatefulSet',
    });
  });
});

describe('resolveManifestObject', () => {
  it('keeps the namespace and version in the message', () => {
    const r = resolveManifestObject(
      { apiVersion: 'v2', kind: 'Pod', metadata: { name: 'p', namespace: 'dev' } },
      { source: 'p.yaml' },
    );
    expect(r).toEqual({
      ok: false,
      reason: 'no-match',
      error:
        'resource mapping not found for name: "p" namespace: "dev" from "p.yaml": no matches for kind "Pod" in version "v2"\nensure CRDs are installed first',
    });
  });

  it('flags real kinds the simulator does not model', () => {
    expect(
      resolveManifestObject(
        { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' } },
        { source: 'd.yaml' },
      ),
    ).toEqual({
      ok: false,
      reason: 'unsupported',
      error: 'StatefulSet Lab does not simulate Deployment objects (apps/v1)',
    });
  });
});

describe('lookupResourceType (kubectl get TYPE)', () => {
  const names: [string, string][] = [
    ['pods', 'Pod'],
    ['pod', 'Pod'],
    ['po', 'Pod'],
    ['Pods', 'Pod'],
    ['statefulsets', 'StatefulSet'],
    ['statefulset', 'StatefulSet'],
    ['sts', 'StatefulSet'],
    ['StatefulSet', 'StatefulSet'],
    ['statefulsets.apps', 'StatefulSet'],
    ['sts.apps', 'StatefulSet'],
    ['statefulsets.v1.apps', 'StatefulSet'],
    ['persistentvolumeclaims', 'PersistentVolumeClaim'],
    ['pvc', 'PersistentVolumeClaim'],
    ['persistentvolumes', 'PersistentVolume'],
    ['pv', 'PersistentVolume'],
    ['services', 'Service'],
    ['service', 'Service'],
    ['svc', 'Service'],
    ['endpoints', 'Endpoints'],
    ['ep', 'Endpoints'],
    ['nodes', 'Node'],
    ['node', 'Node'],
    ['no', 'Node'],
    ['events', 'Event'],
    ['event', 'Event'],
    ['ev', 'Event'],
    ['controllerrevisions', 'ControllerRevision'],
    ['controllerrevision', 'ControllerRevision'],
    ['replicasets', 'ReplicaSet'],
    ['rs', 'ReplicaSet'],
    ['storageclasses', 'StorageClass'],
    ['sc', 'StorageClass'],
  ];
  it.each(names)('%s -> %s', (arg, kind) => {
    const r = lookupResourceType(arg);
    expect(r.ok && r.resource.kind).toBe(kind);
  });

  it('reports unknown types like kubectl', () => {
    expect(lookupResourceType('foo')).toEqual({
      ok: false,
      error: 'error: the server doesn\'t have a resource type "foo"',
    });
    expect(lookupResourceType('foo.apps')).toEqual({
      ok: false,
      error: 'error: the server doesn\'t have a resource type "foo"',
    });
    expect(lookupResourceType('pods.apps')).toEqual({
      ok: false,
      error: 'error: the server doesn\'t have a resource type "pods"',
    });
  });
});

describe('resource table', () => {
  it('prints qualified names as kubectl does', () => {
    const sts = RESOURCES.find((r) => r.kind === 'StatefulSet');
    const pod = RESOURCES.find((r) => r.kind === 'Pod');
    const sc = RESOURCES.find((r) => r.kind === 'StorageClass');
    if (!sts || !pod || !sc) throw new Error('missing');
    expect(formatResourceRef(sts, 'web')).toBe('statefulset.apps/web');
    expect(formatResourceRef(pod, 'web-0')).toBe('pod/web-0');
    expect(resourcePrefix(sc)).toBe('storageclass.storage.k8s.io');
    expect(sts.namespaced).toBe(true);
    expect(sc.namespaced).toBe(false);
    expect(RESOURCES.find((r) => r.kind === 'Node')?.namespaced).toBe(false);
    expect(RESOURCES.find((r) => r.kind === 'PersistentVolume')?.namespaced).toBe(false);
  });
});
