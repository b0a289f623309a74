import AxeBuilder from '@axe-core/playwright';
import { expect, test, type ConsoleMessage } from '@playwright/test';

test.describe('first page', () => {
  let consoleProblems: string[];

  test.beforeEach(({ page }) => {
    consoleProblems = [];
    page.on('console', (msg: ConsoleMessage) => {
      if (msg.type() === 'error' || msg.type() === 'warning') {
        consoleProblems.push(`${msg.type()}: ${msg.text()}`);
      }
    });
    page.on('pageerror', (err) => consoleProblems.push(`pageerror: ${err.message}`));
  });

  test('runs a command from the terminal and passes axe', async ({ page }) => {
    await page.goto('./');

    await expect(page).toHaveTitle('StatefulSet Lab');
    await expect(page.getByRole('heading', { level: 1, name: 'StatefulSet Lab' })).toBeVisible();
    await expect(page.getByTestId('clock')).toHaveText('0s');
    await expect(page.getByTestId('cluster.view')).toContainText('kubectl get nodes');

    const input = page.getByTestId('terminal.input');
    await input.fill('kubectl get nodes');
    await input.press('Enter');

    const output = page.getByTestId('terminal.output');
    await expect(output).toContainText('$ kubectl get nodes');
    await expect(input).toHaveValue('');
    await expect(output).toContainText(/node-1\s+Ready\s+<none>\s+2d\s+v1\.35\.0/);

    // History: ArrowUp recalls the last command.
    await input.press('ArrowUp');
    await expect(input).toHaveValue('kubectl get nodes');
    await input.press('ArrowDown');
    await expect(input).toHaveValue('');

    // The virtual clock advances through the session.
    await page.getByRole('button', { name: 'Advance 5s' }).click();
    await expect(page.getByTestId('clock')).toHaveText('5s');

    // The tutorial's StatefulSet comes up in order, and the cluster view follows.
    await input.fill('kubectl apply -f web.yaml');
    await input.press('Enter');
    await expect(output).toContainText('statefulset.apps/web created');
    const view = page.getByTestId('cluster.view');
    await expect(view).toContainText(/web-0\s+0\/1\s+(Pending|ContainerCreating)/);
    await expect(view).not.toContainText('web-1');
    for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Advance 5s' }).click();
    await expect(view).toContainText(/web-0\s+1\/1\s+Running/);
    await expect(view).toContainText(/web-1\s+1\/1\s+Running/);
    await expect(view).toContainText(/www-web-1\s+Bound/);

    // Bad input gets a kubectl-style error and changes nothing.
    await input.fill('kubectl scale sts web --replicas=-1');
    await input.press('Enter');
    await expect(output).toContainText('COUNT must be greater than or equal to 0');
    await expect(view).toContainText(/web\s+2\/2/);

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);

    expect(consoleProblems).toEqual([]);
  });
});
