// Shared e2e helpers: every test opens the lab with motion off (deterministic frames), fails on
// any console error or warning, and drives the lab the way a student would.
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Locator, type Page } from '@playwright/test';

export { expect };

export const PROJECTOR = { width: 1024, height: 600 };
export const MONITOR = { width: 1920, height: 1080 };

export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
      await use(problems);
      expect(problems, 'console errors or warnings').toEqual([]);
    },
    { auto: true },
  ],
});

/** Opens the lab on a preset, motion off, plus any other URL parameters. */
export async function openLab(page: Page, preset = 'web', extra = ''): Promise<void> {
  await page.goto(`./?motion=off&preset=${preset}${extra ? `&${extra}` : ''}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export const picture = (page: Page) => page.getByTestId('cluster.picture');
export const podIn = (page: Page, name: string): Locator => picture(page).getByTestId(`pod.${name}`);
export const ghostIn = (page: Page, name: string): Locator => picture(page).getByTestId(`ghost.${name}`);
export const nodeIn = (page: Page, name: string): Locator =>
  picture(page).getByTestId(`node.${name}`).getByRole('button');

export async function clock(page: Page): Promise<number> {
  return Number(await page.getByTestId('clock').getAttribute('data-ms'));
}

export async function step(page: Page): Promise<void> {
  const before = await clock(page);
  await page.getByTestId('time.step').click();
  await expect.poll(() => clock(page)).not.toBe(before);
}

export async function skip(page: Page): Promise<void> {
  await page.getByTestId('time.skip').click();
  await expect(page.getByTestId('clock.lapse')).toHaveCount(0);
}

/** Skips until nothing more is going to happen. */
export async function settle(page: Page, max = 15): Promise<void> {
  const said = page.getByTestId('live.announcement');
  for (let i = 0; i < max; i++) {
    await skip(page);
    // The lab's 'announce.settled', in either language.
    if (/settled|稳定下来/.test((await said.textContent()) ?? '')) return;
  }
  throw new Error(`not settled after ${max} skips`);
}

/** Steps until `done` holds, at most `max` steps. */
export async function stepUntil(page: Page, done: () => Promise<boolean>, max = 20): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await done()) return;
    await step(page);
  }
  expect(await done(), `condition not reached within ${max} steps`).toBe(true);
}

export async function run(page: Page, line: string): Promise<void> {
  const input = page.getByTestId('terminal.input');
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
}

/** The last terminal entry's text. */
export const lastEntry = (page: Page): Locator => page.getByTestId('terminal.entry').last();

/** Picks an object in the inspector's chooser (the keyboard- and test-friendly way to select). */
export async function inspect(page: Page, kind: string, name: string): Promise<void> {
  const toggle = page.getByRole('group', { name: 'Show' }).getByRole('button', { name: 'Inspector' });
  if (await toggle.isVisible()) await toggle.click();
  await page.getByTestId('inspector.chooser').selectOption(`${kind}/${name}`);
  await expect(page.getByTestId('inspector').getByRole('heading', { level: 2 })).toContainText(name);
}

export async function action(page: Page, id: string): Promise<void> {
  await page.getByTestId(`action.${id}`).click();
}

/** On short screens the stream shares the sidebar with the inspector: bring it up. */
export async function showStream(page: Page): Promise<void> {
  const toggle = page.getByTestId('sidebar.stream');
  if (await toggle.isVisible()) await toggle.click();
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
