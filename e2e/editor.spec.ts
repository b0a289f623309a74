// The manifest panel: edit the live StatefulSet, review the diff, apply and watch the picture;
// syntax errors point at their line and apply nothing; the gallery; import of a real cluster's
// dump; export as a List; accessibility and screenshots at projector and monitor sizes.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  expect,
  expectNoAxeViolations,
  lastEntry,
  MONITOR,
  openLab,
  podIn,
  PROJECTOR,
  run,
  settle,
  shot,
  test,
} from './fixtures.ts';

const panel = (page: Page) => page.getByTestId('editor.panel');

async function openPanel(page: Page): Promise<void> {
  await page.getByTestId('editor.open').click();
  await expect(panel(page).getByRole('heading', { name: 'Manifests' })).toBeFocused();
  await expect(panel(page).getByRole('textbox', { name: 'Manifest (YAML)' })).toBeVisible();
}

/** Finds `find` with the editor's own search (from the top) and types `replace` over it. */
async function replaceInEditor(page: Page, find: string, replace: string): Promise<void> {
  await panel(page).locator('.cm-content').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+f');
  const search = panel(page).getByRole('textbox', { name: 'Find' });
  // Typed key by key: the search panel takes its query on keyup.
  await search.fill('');
  await search.pressSequentially(find);
  await search.press('Enter');
  await search.press('Escape');
  await expect(panel(page).locator('.cm-content')).toBeFocused();
  await page.keyboard.insertText(replace);
}

async function terminalEntries(page: Page): Promise<number> {
  return page.getByTestId('terminal.entry').count();
}

test.describe('manifest editor', () => {
  test('edit replicas and the partition, review the diff, apply, and the picture follows', async ({ page }) => {
    await page.setViewportSize(MONITOR);
    await openLab(page, 'web');
    await settle(page);
    await openPanel(page);
    await expect(panel(page).getByTestId('editor.object')).toHaveValue('StatefulSet/web');
    await expect(panel(page).locator('.cm-content')).toContainText('kind: StatefulSet');

    await replaceInEditor(page, 'replicas: 2', 'replicas: 4');
    await replaceInEditor(page, 'partition: 0', 'partition: 2');
    await expect(panel(page).getByText('Unsaved edits')).toBeVisible();
    await panel(page).getByTestId('editor.review').click();
    const diff = panel(page).getByTestId('editor.diff');
    await expect(diff).toContainText('statefulset.apps/web');
    await expect(diff).toContainText('configured');
    await expect(diff.getByRole('row', { name: /^spec\.replicas 2 4$/ })).toBeVisible();
    await expect(diff.getByRole('row', { name: /^spec\.updateStrategy\.rollingUpdate\.partition 0 2$/ })).toBeVisible();
    await shot(page, 'editor-diff-1920');
    await expectNoAxeViolations(page);

    await diff.getByTestId('editor.apply').click();
    await expect(lastEntry(page)).toContainText('kubectl apply -f web-statefulset.yaml');
    await expect(lastEntry(page)).toContainText('statefulset.apps/web configured');
    await expect(panel(page).getByTestId('editor.outcome')).toContainText('statefulset.apps/web configured');
    await settle(page);
    await expect(podIn(page, 'web-2')).toBeVisible();
    await expect(podIn(page, 'web-3')).toBeVisible();
    // The editor follows the live object again (no unsaved edits).
    await expect(panel(page).locator('.cm-content')).toContainText('partition: 2');
    await expect(panel(page).getByText('Unsaved edits')).toHaveCount(0);

    // A partitioned rollout: a new image reaches only the ordinals at or above the partition.
    await replaceInEditor(page, 'image: registry.k8s.io/nginx-slim:0.7', 'image: registry.k8s.io/nginx-slim:0.8');
    await panel(page).getByTestId('editor.review').click();
    await expect(panel(page).getByRole('row', { name: /spec\.template\.spec\.containers\[0\]\.image/ })).toContainText(
      'nginx-slim:0.8',
    );
    await panel(page).getByTestId('editor.apply').click();
    await expect(lastEntry(page)).toContainText('statefulset.apps/web configured');
    await settle(page);
    await run(
      page,
      "kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}={.spec.containers[0].image} {end}'",
    );
    await expect(lastEntry(page)).toContainText(
      'web-0=registry.k8s.io/nginx-slim:0.7 web-1=registry.k8s.io/nginx-slim:0.7 web-2=registry.k8s.io/nginx-slim:0.8 web-3=registry.k8s.io/nginx-slim:0.8',
    );
  });

  test('a syntax error shows its line and column and applies nothing', async ({ page }) => {
    await page.setViewportSize(PROJECTOR);
    await openLab(page, 'web');
    await openPanel(page);
    const before = await terminalEntries(page);
    await replaceInEditor(page, 'replicas: 2', 'replicas: [2');
    await panel(page).getByTestId('editor.review').click();
    const problems = panel(page).getByTestId('editor.problems');
    await expect(problems).toContainText(/Line \d+, column \d+:/);
    await expect(problems).toContainText('error converting YAML to JSON');
    await expect(panel(page).locator('.cm-lintRange-error')).toHaveCount(1);
    await expect(panel(page).getByTestId('editor.apply')).toHaveCount(0);
    expect(await terminalEntries(page)).toBe(before);
    await shot(page, 'editor-error-1024');
    await expectNoAxeViolations(page);

    // A schema error: the selector no longer matches the template's labels, in kubectl's words.
    await panel(page).getByRole('button', { name: 'Discard edits' }).click();
    // The first `app: nginx` is the selector's (the template's labels come after it).
    await replaceInEditor(page, 'app: nginx', 'app: other');
    await panel(page).getByTestId('editor.review').click();
    await expect(panel(page).getByTestId('editor.problems')).toContainText(
      '`selector` does not match template `labels`',
    );
    expect(await terminalEntries(page)).toBe(before);
  });

  test('a gallery example is a click away and applies', async ({ page }) => {
    await page.setViewportSize(PROJECTOR);
    await openLab(page, 'empty');
    await openPanel(page);
    await panel(page).getByTestId('editor.view.gallery').click();
    await expect(panel(page).getByTestId('gallery.web-canary')).toContainText('partition');
    await shot(page, 'editor-gallery-1024');
    await expectNoAxeViolations(page);
    await panel(page).getByTestId('gallery.web-canary').click();
    await expect(panel(page).getByTestId('editor.gallery-note')).toBeVisible();
    await expect(panel(page).locator('.cm-content')).toContainText('partition: 2');
    await panel(page).getByTestId('editor.review').click();
    await expect(panel(page).getByTestId('editor.diff')).toContainText('statefulset.apps/web');
    await expect(panel(page).getByTestId('editor.diff')).toContainText('created');
    await panel(page).getByTestId('editor.apply').click();
    await expect(lastEntry(page)).toContainText('kubectl apply -f web-canary.yaml');
    await expect(lastEntry(page)).toContainText('statefulset.apps/web created');
    await settle(page);
    for (const p of ['web-0', 'web-1', 'web-2']) await expect(podIn(page, p)).toBeVisible();
    await expect(panel(page).getByTestId('editor.object')).toHaveValue('StatefulSet/web');
  });

  test("a real cluster's dump opens in the lab", async ({ page }) => {
    await page.setViewportSize(MONITOR);
    await openLab(page, 'empty');
    await openPanel(page);
    await panel(page).getByTestId('editor.view.import').click();
    await panel(page).getByTestId('editor.import.file').setInputFiles('src/manifests/fixtures/kind-web.yaml.txt');
    await expect(panel(page).getByTestId('editor.import.text')).toHaveValue(/kind: List/);
    await panel(page).getByTestId('editor.import.run').click();
    await expect(panel(page).getByTestId('editor.import.report')).toContainText('with 3 pods');
    await expect(panel(page).getByTestId('editor.import.report')).toContainText('kube-system');
    for (const p of ['web-0', 'web-1', 'web-2']) await expect(podIn(page, p)).toBeVisible();
    await shot(page, 'editor-import-1920');
    await expectNoAxeViolations(page);
    // The student goes on simulating from it.
    await run(page, 'kubectl scale sts web --replicas=4');
    await expect(lastEntry(page)).toContainText('statefulset.apps/web scaled');
    await settle(page);
    await expect(podIn(page, 'web-3')).toBeVisible();

    // Bad input: a clear error, and the lab keeps what it had.
    await panel(page).getByTestId('editor.import.text').fill('items: [');
    await panel(page).getByTestId('editor.import.run').click();
    await expect(panel(page).getByTestId('editor.import.error')).toContainText('error');
    await expect(podIn(page, 'web-3')).toBeVisible();

    // A file dropped on the import view.
    const dump = readFileSync('src/manifests/fixtures/minikube-kubia.yaml.txt', 'utf8');
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'minikube.yaml', { type: 'application/yaml' }));
      return dt;
    }, dump);
    await panel(page).getByTestId('editor.import').dispatchEvent('drop', { dataTransfer });
    await expect(panel(page).getByTestId('editor.import.text')).toHaveValue(/kind: List/);
    await panel(page).getByTestId('editor.import.run').click();
    await expect(panel(page).getByTestId('editor.import.report')).toContainText('with 3 pods');
    for (const p of ['kubia-0', 'kubia-1', 'kubia-2']) await expect(podIn(page, p)).toBeVisible();
    await expect(podIn(page, 'web-0')).toHaveCount(0);
    // The editor shows the imported cluster's StatefulSet.
    await panel(page).getByTestId('editor.view.edit').click();
    await expect(panel(page).getByTestId('editor.object')).toHaveValue('StatefulSet/kubia');
  });

  test('unsaved edits are kept when the live object changes, and the panel says so', async ({ page }) => {
    await page.setViewportSize(MONITOR);
    await openLab(page, 'web');
    await openPanel(page);
    await replaceInEditor(page, 'partition: 0', 'partition: 1');
    await run(page, 'kubectl scale sts web --replicas=3');
    await expect(panel(page).getByTestId('editor.stale')).toContainText('The live object has changed');
    await expect(panel(page).locator('.cm-content')).toContainText('partition: 1');
    await panel(page).getByTestId('editor.stale').getByRole('button', { name: 'Load the live object' }).click();
    await expect(panel(page).getByTestId('editor.stale')).toHaveCount(0);
    await expect(panel(page).locator('.cm-content')).toContainText('partition: 0');
    await expect(panel(page).getByText('Unsaved edits')).toHaveCount(0);
  });

  test('export downloads a List, and Escape closes the panel', async ({ page }) => {
    await page.setViewportSize(PROJECTOR);
    await openLab(page, 'web');
    await openPanel(page);
    await panel(page).getByTestId('editor.view.export').click();
    await expect(panel(page).getByTestId('editor.export.yaml')).toContainText('kind: List');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel(page).getByTestId('editor.export.download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('statefulset-lab.yaml');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(/^apiVersion: v1\nitems:\n/);
    expect(text).toContain('kind: StatefulSet');
    expect(text).toContain('kind: List');
    await shot(page, 'editor-export-1024');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await expect(page.getByTestId('editor.open')).toBeFocused();
    // The shortcut opens it again.
    await page.keyboard.press('e');
    await expect(panel(page)).toBeVisible();
  });

  test('an example meant for another sandbox offers one, and applies there', async ({ page }) => {
    await page.setViewportSize(MONITOR);
    await openLab(page, 'web');
    await openPanel(page);
    await panel(page).getByTestId('editor.view.gallery').click();
    await panel(page).getByTestId('gallery.kubia-manual').click();
    await expect(panel(page).getByTestId('editor.gallery-note')).toContainText('manual storage');
    await panel(page).getByTestId('editor.fresh-sandbox').click();
    await expect(panel(page).getByTestId('editor.fresh-sandbox')).toHaveCount(0);
    await expect(podIn(page, 'web-0')).toHaveCount(0);
    await panel(page).getByTestId('editor.review').click();
    await panel(page).getByTestId('editor.apply').click();
    await expect(lastEntry(page)).toContainText('statefulset.apps/kubia created');
    await settle(page);
    await run(page, 'kubectl get pvc data-kubia-0 -o jsonpath={.spec.volumeName}');
    await expect(lastEntry(page)).toContainText(/pv-[abc]/);
  });

  test('in Chinese', async ({ page }) => {
    await page.setViewportSize(PROJECTOR);
    await openLab(page, 'web', 'lang=zh-CN');
    await page.getByTestId('editor.open').click();
    await expect(panel(page).getByRole('heading', { name: '清单' })).toBeFocused();
    await panel(page).getByTestId('editor.view.gallery').click();
    await expect(panel(page).getByTestId('gallery.web')).toContainText('StatefulSet 基础教程');
    await shot(page, 'editor-gallery-zh-1024');
    await expectNoAxeViolations(page);
  });

  test('dark theme and the projector size', async ({ page }) => {
    await page.setViewportSize(PROJECTOR);
    await openLab(page, 'web', 'theme=dark');
    await openPanel(page);
    await shot(page, 'editor-dark-1024');
    await expectNoAxeViolations(page);
    // Tab does not get stuck in the editor: it moves on, and Shift+Tab comes back.
    const code = panel(page).getByRole('textbox', { name: 'Manifest (YAML)' });
    await code.focus();
    await page.keyboard.press('Tab');
    await expect(panel(page).getByTestId('editor.review')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(code).toBeFocused();
  });
});
