import { describe, expect, it } from 'vitest';
import type { ControllerRevision, ReplicaSet, StatefulSet } from '../../../sim/model/types.ts';
import { tableFor } from '../columns.ts';
import { renderTable } from '../table.ts';
import { at, ctxOf, testWorld } from '../testkit.ts';

const modern = ctxOf(testWorld('modern', 120));
const book = ctxOf(testWorld('book', 120));

const kubia: StatefulSet = {
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'kubia', namespace: 'default', uid: 'u1', creationTimestamp: at(0) },
  spec: {
    replicas: 3,
    selector: { matchLabels: { app: 'kubia' } },
    template: { spec: { containers: [{ name: 'kubia', image: 'luksa/kubia-pet' }] } },
  },
  status: { replicas: 3, readyReplicas: 2, availableReplicas: 2 },
};

describe('kubectl get statefulsets', () => {
  it('prints READY as readyReplicas/spec.replicas', () => {
    expect(renderTable(tableFor('StatefulSet', [kubia], modern), modern)).toBe(
      'NAME    READY   AGE\nkubia   2/3     2m\n',
    );
  });

  it('adds CONTAINERS and IMAGES with -o wide', () => {
    expect(renderTable(tableFor('StatefulSet', [kubia], modern, { wide: true }), modern)).toBe(
      'NAME    READY   AGE   CONTAINERS   IMAGES\nkubia   2/3     2m    kubia        luksa/kubia-pet\n',
    );
  });

  it('prints DESIRED and CURRENT in book mode', () => {
    expect(renderTable(tableFor('StatefulSet', [kubia], book), book)).toBe(
      'NAME      DESIRED   CURRENT   AGE\nkubia     3         3         2m\n',
    );
  });
});

describe('kubectl get replicasets and controllerrevisions', () => {
  it('prints a ReplicaSet with its selector in wide output', () => {
    const rs: ReplicaSet = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'kubia-rs', namespace: 'default', creationTimestamp: at(60) },
      spec: {
        replicas: 2,
        selector: {
          matchLabels: { app: 'kubia' },
          matchExpressions: [{ key: 'tier', operator: 'In', values: ['web', 'api'] }],
        },
        template: { spec: { containers: [{ name: 'kubia', image: 'luksa/kubia' }] } },
      },
      status: { replicas: 2, readyReplicas: 1 },
    };
    expect(tableFor('ReplicaSet', [rs], modern, { wide: true })).toEqual({
      header: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR'],
      rows: [['kubia-rs', '2', '2', '1', '60s', 'kubia', 'luksa/kubia', 'app=kubia,tier in (api,web)']],
    });
  });

  it('names the controller of a revision with its group', () => {
    const cr: ControllerRevision = {
      apiVersion: 'apps/v1',
      kind: 'ControllerRevision',
      metadata: {
        name: 'web-6c5cc9bb4b',
        namespace: 'default',
        creationTimestamp: at(0),
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'u', controller: true }],
      },
      data: {},
      revision: 1,
    };
    const orphan: ControllerRevision = { ...cr, metadata: { ...cr.metadata, name: 'web-old', ownerReferences: [] } };
    expect(renderTable(tableFor('ControllerRevision', [orphan, cr], modern), modern)).toBe(
      [
        'NAME             CONTROLLER             REVISION   AGE',
        'web-6c5cc9bb4b   statefulset.apps/web   1          2m',
        'web-old          <none>                 1          2m',
        '',
      ].join('\n'),
    );
  });
});
