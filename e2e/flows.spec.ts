// The StatefulSet story, flow by flow, at the projector size with motion off.
import {
  PROJECTOR,
  action,
  expect,
  ghostIn,
  inspect,
  lastEntry,
  nodeIn,
  openLab,
  picture,
  podIn,
  run,
  settle,
  shot,
  showStream,
  skip,
  step,
  stepUntil,
  test,
} from './fixtures.ts';

test.use({ viewport: PROJECTOR });

test('pods start in order: web-1 appears only after web-0 is Ready', async ({ page }) => {
  await openLab(page, 'web');
  await expect(podIn(page, 'web-0')).toBeVisible();
  await shot(page, 'flow-order-0-start');
  // Until web-0 is Ready, there is no web-1, in the picture or in the table.
  await stepUntil(page, async () => {
    const ready = (await podIn(page, 'web-0').getAttribute('data-state')) === 'ready';
    if (!ready) await expect(podIn(page, 'web-1')).toHaveCount(0);
    return ready;
  });
  await expect(podIn(page, 'web-1')).toBeVisible();
  await expect(page.getByTestId('reasoning')).toContainText('web-1');
  await shot(page, 'flow-order-1-web-1-created');
  await stepUntil(page, async () => (await podIn(page, 'web-1').getAttribute('data-state')) === 'ready');
  await page.getByTestId('view.table').click();
  await expect(page.getByTestId('table.pod.web-0')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('table.pod.web-1')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('table.claim.www-web-1')).toContainText('Bound');
  await shot(page, 'flow-order-2-table');
  // The watch stream saw it in the same order.
  await showStream(page);
  const names = await page.getByTestId('stream.watch').locator('tbody tr td:nth-child(2)').allTextContents();
  expect(names.map((n) => n.replace(/^\W+/, '')).filter((n, i, a) => a.indexOf(n) === i)).toEqual(['web-0', 'web-1']);
});

test('scale up and down from the inspector: the highest ordinal goes first, its claim stays', async ({ page }) => {
  await openLab(page, 'web');
  await skip(page);
  await skip(page);
  await inspect(page, 'StatefulSet', 'web');
  await action(page, 'scale-up');
  await expect(lastEntry(page)).toContainText('$ kubectl scale sts web --replicas=3');
  await expect(lastEntry(page)).toContainText('statefulset.apps/web scaled');
  await expect(lastEntry(page)).toContainText('from a click');
  await stepUntil(page, async () => (await podIn(page, 'web-2').getAttribute('data-state')) === 'ready');
  await action(page, 'scale-down');
  await action(page, 'scale-down');
  await expect(page.getByTestId('inspector.replicas')).toContainText('1 wanted');
  await expect(podIn(page, 'web-2')).toHaveAttribute('data-state', 'terminating');
  await expect(podIn(page, 'web-1')).not.toHaveAttribute('data-state', 'terminating');
  await shot(page, 'flow-scale-1-web-2-terminating');
  await stepUntil(page, async () => (await podIn(page, 'web-1').count()) === 0);
  await expect(podIn(page, 'web-2')).toHaveCount(0);
  await expect(podIn(page, 'web-0')).toHaveAttribute('data-state', 'ready');
  // The claims outlive the pods, waiting for them to come back.
  await expect(picture(page).getByTestId('pvc.www-web-2')).toBeVisible();
  await page.getByTestId('view.table').click();
  await expect(page.getByTestId('table.claim.www-web-2')).toContainText('waiting for web-2');
  await shot(page, 'flow-scale-2-claims-wait');
});

test('delete a pod: it returns with its name and its claim', async ({ page }) => {
  await openLab(page, 'web');
  await skip(page);
  await skip(page);
  await podIn(page, 'web-1').getByRole('button').click();
  await expect(page.getByTestId('inspector')).toContainText('www-web-1');
  await action(page, 'delete');
  await expect(lastEntry(page)).toContainText('$ kubectl delete pod web-1 --wait=false');
  await expect(podIn(page, 'web-1')).toHaveAttribute('data-state', 'terminating');
  await expect(page.getByTestId('live.narration')).toContainText('web-1 is Terminating');
  await shot(page, 'flow-delete-1-terminating');
  await stepUntil(page, async () => (await podIn(page, 'web-1').getAttribute('data-state')) === 'ready');
  await expect(page.getByTestId('inspector').getByRole('button', { name: 'www-web-1' })).toBeVisible();
  await expect(page.getByTestId('inspector.status')).toContainText('Running 1/1');
  await shot(page, 'flow-delete-2-back');
});

test('lose a node: NotReady, Terminating, force delete, ghost and replacement, heal', async ({ page }) => {
  await openLab(page, 'web');
  await skip(page);
  await skip(page);
  await inspect(page, 'Node', 'node-1');
  await expect(page.getByTestId('inspector')).toContainText('web-0');
  await action(page, 'partition');
  await expect(lastEntry(page)).toContainText('$ sim partition node-1');
  await skip(page);
  await expect(nodeIn(page, 'node-1')).toHaveAttribute('aria-label', /NotReady/);
  await expect(page.getByTestId('inspector.status')).toHaveText('NotReady');
  await shot(page, 'flow-node-1-notready');
  // The 300 s eviction wait, compressed by one skip.
  const before = Number(await page.getByTestId('clock').getAttribute('data-ms'));
  await skip(page);
  const after = Number(await page.getByTestId('clock').getAttribute('data-ms'));
  expect(after - before).toBeGreaterThanOrEqual(300_000);
  await expect(podIn(page, 'web-0')).toHaveAttribute('data-state', /terminating|unknown/);
  await expect(page.getByTestId('reasoning')).toContainText('web-0');
  await shot(page, 'flow-node-2-terminating');
  await inspect(page, 'Pod', 'web-0');
  await action(page, 'force-delete');
  await expect(lastEntry(page)).toContainText('$ kubectl delete pod web-0 --grace-period=0 --force');
  await expect(lastEntry(page)).toContainText('Warning: Immediate deletion does not wait');
  await expect(ghostIn(page, 'web-0')).toBeVisible();
  await stepUntil(page, async () => (await podIn(page, 'web-0').getAttribute('data-state')) === 'ready');
  await expect(ghostIn(page, 'web-0')).toBeVisible();
  await expect(page.getByTestId('inspector.ghost')).toContainText('two copies');
  await shot(page, 'flow-node-3-ghost-and-replacement');
  await page.getByTestId('view.table').click();
  await expect(page.getByTestId('table.pod.web-0.ghost')).toBeVisible();
  await expect(page.getByTestId('table.alert')).toContainText('Two web-0');
  await page.getByRole('button', { name: 'Picture' }).click();
  await inspect(page, 'Node', 'node-1');
  await action(page, 'heal');
  await expect(lastEntry(page)).toContainText('$ sim heal node-1');
  // A ghost going away changes no API object, so no marker stops a step there: play instead.
  await page.getByTestId('time.speed').selectOption('16');
  await page.getByTestId('time.play').click();
  await expect(ghostIn(page, 'web-0')).toHaveCount(0, { timeout: 15_000 });
  await page.getByTestId('time.play').click();
  await expect(nodeIn(page, 'node-1')).not.toHaveAttribute('aria-label', /NotReady/);
  await shot(page, 'flow-node-4-healed');
});

test('scrubbing back shows the cluster as it was then', async ({ page }) => {
  await openLab(page, 'web', 'view=table');
  await skip(page);
  await skip(page);
  await run(page, 'kubectl delete pod web-0 --wait=false');
  await step(page);
  await step(page);
  const scrubber = page.getByTestId('timeline.scrubber');
  await scrubber.fill('5000');
  await expect(page.getByTestId('clock')).toHaveText('0:05.0');
  await expect(page.getByTestId('table.pod.web-0')).toHaveAttribute('data-state', 'creating');
  await expect(page.getByTestId('table.pod.web-1')).toHaveCount(0);
  await expect(page.getByTestId('clock.past')).toBeVisible();
  // The watch stream and the terminal stop at the cursor too.
  await expect(page.getByTestId('stream.watch').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('terminal.entry').last()).toHaveClass(/is-future/);
  await shot(page, 'flow-scrub-1-at-5s');
  // Keyboard on the scrubber: End goes back to the newest moment.
  await scrubber.focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('table.pod.web-1')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('clock.past')).toHaveCount(0);
});

test('acting in the past forks the timeline', async ({ page }) => {
  await openLab(page, 'web');
  await skip(page);
  await skip(page);
  await run(page, 'kubectl scale sts web --replicas=3');
  await page.getByTestId('timeline.scrubber').fill('5000');
  await expect(page.getByTestId('terminal.entry').last()).toHaveClass(/is-future/);
  await run(page, 'kubectl get pods');
  await expect(page.getByTestId('terminal.entry')).toHaveCount(2);
  await expect(lastEntry(page)).toContainText('web-0');
  await expect(lastEntry(page)).not.toContainText('web-1');
});

test('terminal and picture agree', async ({ page }) => {
  await openLab(page, 'cattle-vs-cows');
  await settle(page);
  await run(page, 'kubectl get pods');
  const out = (await lastEntry(page).locator('.term-stdout').textContent()) ?? '';
  const rows = out
    .split('\n')
    .slice(1)
    .map((l) => l.trim().split(/\s+/));
  expect(rows.map((r) => r[0])).toHaveLength(6);
  await page.getByTestId('view.table').click();
  for (const [name, ready, status] of rows) {
    const row = page.getByTestId(`table.pod.${name}`);
    await expect(row).toContainText(status!);
    await expect(row).toContainText(ready!);
  }
  await page.getByRole('button', { name: 'Picture' }).click();
  for (const [name] of rows) await expect(podIn(page, name!)).toBeVisible();
  // A DNS SRV lookup fans out from the headless Service to its Ready pods.
  await run(page, 'dig SRV nginx.default.svc.cluster.local');
  await expect(picture(page).getByTestId('fanout')).toBeVisible();
  await expect(picture(page).getByTestId('fanout')).toHaveAttribute('aria-label', /^DNS answered with web-0, web-1/);
});

test('the StatefulSet’s controls: image, partition, strategy, and the immutable policy', async ({ page }) => {
  await openLab(page, 'web');
  await skip(page);
  await skip(page);
  await inspect(page, 'StatefulSet', 'web');
  await page.getByLabel('Partition').fill('1');
  await action(page, 'partition-set');
  await expect(lastEntry(page)).toContainText(
    `kubectl patch sts web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":1}}}}'`,
  );
  await page.getByLabel('Image').selectOption('registry.k8s.io/nginx-slim:0.8');
  await action(page, 'set-image');
  await expect(lastEntry(page)).toContainText('kubectl set image sts/web nginx=registry.k8s.io/nginx-slim:0.8');
  // The partition holds web-0 back: only web-1 is updated.
  await stepUntil(page, async () => (await podIn(page, 'web-1').getAttribute('data-state')) === 'ready');
  await action(page, 'policy');
  await expect(page.getByTestId('inspector.result')).toContainText('Forbidden: updates to statefulset spec');
  await expect(lastEntry(page).locator('.term-stderr')).toContainText('is invalid');
  await shot(page, 'flow-sts-immutable-policy');
});
