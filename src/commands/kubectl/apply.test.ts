import { describe, expect, it } from 'vitest';
import { createSession } from '../index.ts';

const RECYCLE =
  'Warning: spec.persistentVolumeReclaimPolicy: The Recycle reclaim policy is deprecated. Instead, the recommended approach is to use dynamic provisioning.\n';

describe('kubectl create/apply: API server warnings', () => {
  it("prints the Recycle deprecation warning once for the book's three PVs (kubectl dedups warnings)", () => {
    const s = createSession({ seed: 1, storage: 'manual' });
    expect(s.run('kubectl create -f persistent-volumes.yaml')).toEqual({
      stdout: 'persistentvolume/pv-a created\npersistentvolume/pv-b created\npersistentvolume/pv-c created\n',
      stderr: RECYCLE,
      exitCode: 0,
    });
  });

  it('warns on apply too, but not when nothing is sent (unchanged), nor for other objects', () => {
    const s = createSession({ seed: 1, storage: 'manual' });
    expect(s.run('kubectl apply -f persistent-volumes.yaml').stderr).toBe(RECYCLE);
    expect(s.run('kubectl apply -f persistent-volumes.yaml')).toEqual({
      stdout: 'persistentvolume/pv-a unchanged\npersistentvolume/pv-b unchanged\npersistentvolume/pv-c unchanged\n',
      stderr: '',
      exitCode: 0,
    });
    expect(s.run('kubectl apply -f kubia-service-headless.yaml').stderr).toBe('');
  });

  it('book mode: the 1.7 API server sent no warnings', () => {
    const s = createSession({ seed: 1, storage: 'manual', mode: 'book' });
    expect(s.run('kubectl create -f persistent-volumes.yaml').stderr).toBe('');
  });
});
