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
    // The lead adds assertions on the engine's output (NAME/STATUS columns) once the executor lands.

    // History: ArrowUp recalls the last command.
    await input.press('ArrowUp');
    await expect(input).toHaveValue('kubectl get nodes');
    await input.press('ArrowDown');
    await expect(input).toHaveValue('');

    // The virtual clock advances through the session.
    await page.getByRole('button', { name: 'Advance 5s' }).click();
    await expect(page.getByTestId('clock')).toHaveText('5s');

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);

    expect(consoleProblems).toEqual([]);
  });
});
