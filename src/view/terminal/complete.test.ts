import { describe, expect, it } from 'vitest';
import type { StoredKind } from '../../sim/engine/world.ts';
import { complete, type CompletionSource } from './complete.ts';

const NAMES: Partial<Record<StoredKind, string[]>> = {
  Pod: ['cattle-x7k2p', 'web-0', 'web-1', 'web-2'],
  Node: ['node-1', 'node-2', 'node-3'],
  StatefulSet: ['web'],
  PersistentVolumeClaim: ['www-web-0', 'www-web-1'],
};

const src: CompletionSource = {
  names: (kind) => NAMES[kind] ?? [],
  files: ['cattle.yaml', 'kubia-statefulset.yaml', 'web-parallel.yaml', 'web.yaml'],
  hosts: ['nginx.default.svc.cluster.local', 'web-0.nginx.default.svc.cluster.local'],
};

const tab = (line: string) => complete(line, src);

describe('terminal completion', () => {
  it('completes commands and kubectl verbs', () => {
    expect(tab('kub')).toEqual({ line: 'kubectl ', options: [] });
    expect(tab('')).toEqual({
      line: '',
      options: ['clear', 'curl', 'dig', 'kubectl', 'nslookup', 'sim', 'sleep', 'timeout'],
    });
    expect(tab('kubectl sc')).toEqual({ line: 'kubectl scale ', options: [] });
    expect(tab('kubectl c')).toEqual({ line: 'kubectl c', options: ['cordon', 'create'] });
    expect(tab('k des')).toEqual({ line: 'k describe ', options: [] });
  });

  it('completes resource types, then names of that type', () => {
    expect(tab('kubectl get statef')).toEqual({ line: 'kubectl get statefulsets ', options: [] });
    expect(tab('kubectl get persistentv')).toEqual({
      line: 'kubectl get persistentvolume',
      options: ['persistentvolumeclaims', 'persistentvolumes'],
    });
    expect(tab('kubectl delete pod web')).toEqual({
      line: 'kubectl delete pod web-',
      options: ['web-0', 'web-1', 'web-2'],
    });
    expect(tab('kubectl delete pod web-2')).toEqual({ line: 'kubectl delete pod web-2 ', options: [] });
    expect(tab('kubectl describe pvc www-web-1')).toEqual({ line: 'kubectl describe pvc www-web-1 ', options: [] });
    expect(tab('kubectl get pods web-0 x').options).toEqual([]);
    expect(tab('kubectl get pods web-0 web-').options).toEqual(['web-0', 'web-1', 'web-2']);
  });

  it('completes TYPE/NAME', () => {
    expect(tab('kubectl describe sts/')).toEqual({ line: 'kubectl describe sts/web ', options: [] });
    expect(tab('kubectl scale st')).toEqual({ line: 'kubectl scale statefulsets ', options: [] });
    expect(tab('kubectl get po')).toEqual({ line: 'kubectl get pods ', options: [] });
    expect(tab('kubectl rollout status s')).toEqual({ line: 'kubectl rollout status statefulsets/', options: [] });
    expect(tab('kubectl rollout status statefulsets/')).toEqual({
      line: 'kubectl rollout status statefulsets/web ',
      options: [],
    });
    expect(tab('kubectl rollout status sts/')).toEqual({ line: 'kubectl rollout status sts/web ', options: [] });
    expect(tab('kubectl set image sts/web ng')).toEqual({ line: 'kubectl set image sts/web nginx=', options: [] });
  });

  it('completes nodes for node verbs and the sim verbs', () => {
    expect(tab('kubectl cordon node-')).toEqual({
      line: 'kubectl cordon node-',
      options: ['node-1', 'node-2', 'node-3'],
    });
    expect(tab('kubectl taint n')).toEqual({ line: 'kubectl taint nodes ', options: [] });
    expect(tab('kubectl taint nodes node-3 ')).toEqual({
      line: 'kubectl taint nodes node-3 node.kubernetes.io/out-of-service=nodeshutdown:NoExecute ',
      options: [],
    });
    expect(tab('sim pa')).toEqual({ line: 'sim partition ', options: [] });
    expect(tab('sim heal node-2')).toEqual({ line: 'sim heal node-2 ', options: [] });
    expect(tab('sim readiness web-1 f')).toEqual({ line: 'sim readiness web-1 fail ', options: [] });
    expect(tab('sim heal node-2 x').options).toEqual([]);
  });

  it('completes example files after -f, flags, and output formats', () => {
    expect(tab('kubectl apply ')).toEqual({ line: 'kubectl apply -f ', options: [] });
    expect(tab('kubectl apply -f ku')).toEqual({ line: 'kubectl apply -f kubia-statefulset.yaml ', options: [] });
    expect(tab('kubectl apply -f web')).toEqual({
      line: 'kubectl apply -f web',
      options: ['web-parallel.yaml', 'web.yaml'],
    });
    expect(tab('kubectl delete pod web-0 --gr')).toEqual({
      line: 'kubectl delete pod web-0 --grace-period=0 ',
      options: [],
    });
    expect(tab('kubectl scale sts web --r')).toEqual({ line: 'kubectl scale sts web --replicas=', options: [] });
    expect(tab('kubectl get pods -o w')).toEqual({ line: 'kubectl get pods -o wide ', options: [] });
    expect(tab('kubectl get pods -o wide -w ').options).toEqual(['cattle-x7k2p', 'web-0', 'web-1', 'web-2']);
  });

  it('completes DNS names for dig and nslookup', () => {
    expect(tab('dig S')).toEqual({ line: 'dig SRV ', options: [] });
    expect(tab('nslookup web')).toEqual({ line: 'nslookup web-0.nginx.default.svc.cluster.local ', options: [] });
  });

  it('leaves a line alone when nothing fits or a quote is open', () => {
    expect(tab('kubectl frobnicate')).toEqual({ line: 'kubectl frobnicate', options: [] });
    expect(tab(`kubectl patch sts web -p '{"spec`)).toEqual({ line: `kubectl patch sts web -p '{"spec`, options: [] });
    expect(tab('echo hi')).toEqual({ line: 'echo hi', options: [] });
  });
});
