// In the browser the command executor arrives after the first paint: the lab must show its
// cluster at once and run the preset's commands, and any given meanwhile, in order when it comes.
import { describe, expect, it, vi } from 'vitest';

describe('a lab whose executor is still loading', () => {
  it('runs the preset, then early commands, in order once the executor is in', async () => {
    // Fresh module instances: the test setup provided the executor to the shared ones.
    vi.resetModules();
    const { executorLoaded } = await import('../timeline/executor.ts');
    const { createLab } = await import('./lab.ts');
    expect(executorLoaded()).toBe(false);

    const lab = createLab('web');
    expect(lab.entries()).toEqual([]);
    expect(Object.keys(lab.worldNow().objects.Node).length).toBeGreaterThan(0);
    expect(lab.runCommand('kubectl get sts')).toBeUndefined();

    await lab.ready;
    expect(executorLoaded()).toBe(true);
    expect(lab.entries().map((e) => e.line)).toEqual(['kubectl apply -f web.yaml', 'kubectl get sts']);
    expect(lab.entries()[1]!.stdout).toMatch(/^NAME\s+READY\s+AGE\nweb\s/);
    expect(lab.store.getState().history).toEqual(['kubectl get sts']);
    // From now on commands run synchronously again.
    expect(lab.runCommand('kubectl get sts web -o name')?.stdout).toBe('statefulset.apps/web\n');
  });

  it("leaves the download to the page when only the preset's commands wait, and starts it for a typed line", async () => {
    vi.resetModules();
    const { executorLoaded, loadExecutor } = await import('../timeline/executor.ts');
    const { createLab } = await import('./lab.ts');
    const lab = createLab('web');
    // Give a started import every chance to land: nothing asked for it.
    await new Promise((r) => setTimeout(r, 50));
    expect(executorLoaded()).toBe(false);
    expect(lab.entries()).toEqual([]);
    // The page fetches it after its first paint; then the preset runs.
    await loadExecutor();
    await lab.ready;
    expect(lab.entries().map((e) => e.line)).toEqual(['kubectl apply -f web.yaml']);

    vi.resetModules();
    const fresh = await import('../timeline/executor.ts');
    const { createLab: createLab2 } = await import('./lab.ts');
    const other = createLab2('web');
    other.runCommand('kubectl get sts');
    await other.ready;
    expect(fresh.executorLoaded()).toBe(true);
    expect(other.entries().map((e) => e.line)).toEqual(['kubectl apply -f web.yaml', 'kubectl get sts']);
  });

  it('a skip or a step given before the preset has run waits for it, so time never passes over an empty cluster', async () => {
    vi.resetModules();
    const { createLab } = await import('./lab.ts');
    const lab = createLab('web');
    lab.skipAhead(false);
    lab.stepAhead();
    expect(lab.timeline().head).toBe(0);
    await lab.ready;
    const first = lab.entries()[0]!;
    expect(first.line).toBe('kubectl apply -f web.yaml');
    expect(first.at).toBe(0);
    expect(lab.store.getState().cursor).toBeGreaterThan(0);
  });
});
