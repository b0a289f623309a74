// The lab in Chinese: ?lang=zh-CN opens it in Chinese before the first paint, the header's switch
// changes the language (and the address, so a copied link keeps it), zh passes axe, and the
// Chinese layout holds at the projector and monitor sizes (screenshots to look at).
import { MONITOR, PROJECTOR, action, expect, expectNoAxeViolations, test } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';

async function openZh(page: Page, extra = ''): Promise<void> {
  await page.goto(`./?motion=off&preset=web&lang=zh-CN${extra}`);
  await expect(page.getByRole('heading', { level: 1, name: 'StatefulSet 实验室' })).toBeVisible();
}

async function skipZh(page: Page): Promise<void> {
  await page.getByRole('button', { name: '跳到下一个值得看的时刻' }).click();
  await expect(page.getByTestId('clock.lapse')).toHaveCount(0);
}

async function inspectZh(page: Page, kind: string, name: string): Promise<void> {
  const toggle = page.getByRole('group', { name: '显示' }).getByRole('button', { name: '检查器' });
  if (await toggle.isVisible()) await toggle.click();
  await page.getByTestId('inspector.chooser').selectOption(`${kind}/${name}`);
  await expect(page.getByTestId('inspector').getByRole('heading', { level: 2 })).toContainText(name);
}

/** Nothing sticks out of the page or out of its box. */
async function expectNoOverflow(page: Page, boxes: Locator[]): Promise<void> {
  const doc = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, w: window.innerWidth }));
  expect(doc.sw, 'page wider than the window').toBeLessThanOrEqual(doc.w);
  for (const box of boxes) {
    const over = await box.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(over, 'a box overflows sideways').toBeLessThanOrEqual(1);
  }
}

test('opens in Chinese from ?lang=zh-CN and keeps kubectl’s words', async ({ page }) => {
  await openZh(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle('StatefulSet 实验室');
  await expect(page.getByRole('button', { name: '播放' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '终端' })).toBeVisible();
  await expect(page.getByTestId('lang.zh-CN')).toHaveAttribute('aria-pressed', 'true');
  await skipZh(page);
  // The controller's reasoning is explained in Chinese; pod names and STATUS stay as kubectl prints them.
  await expect(page.getByTestId('reasoning')).toContainText(/就绪/);
  await inspectZh(page, 'Pod', 'web-0');
  await expect(page.getByTestId('inspector.status')).toContainText('Running 1/1');
  await expect(page.getByTestId('inspector')).toContainText('强制删除');
  // The terminal prints what kubectl prints, in English.
  const input = page.getByTestId('terminal.input');
  await input.fill('kubectl get pods');
  await input.press('Enter');
  await expect(page.getByTestId('terminal.entry').last()).toContainText('NAME');
  await expect(page.getByTestId('live.announcement')).toContainText('kubectl get pods：完成');
});

test('the switch changes the language, keeps the other URL parameters, and is keyboard reachable', async ({ page }) => {
  await openZh(page, '&theme=dark');
  await expectNoAxeViolations(page);
  const english = page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' });
  await english.focus();
  await expect(english).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  const url = new URL(page.url());
  expect(url.searchParams.get('lang')).toBe('en');
  expect(url.searchParams.get('theme')).toBe('dark');
  expect(url.searchParams.get('preset')).toBe('web');
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('button', { name: '播放' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('lang')).toBe('zh-CN');
  // A reload keeps the language the student chose.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'StatefulSet 实验室' })).toBeVisible();
});

for (const [sizeName, viewport] of Object.entries({ projector: PROJECTOR, monitor: MONITOR })) {
  test(`Chinese screens at ${sizeName}: no overflow, zero axe violations`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openZh(page);
    const header = page.locator('.app-header');
    const timebar = page.locator('.timebar');
    await expectNoOverflow(page, [header, timebar]);
    await page.screenshot({ path: `test-results/screens/zh-${sizeName}-1-start.png` });
    await skipZh(page);
    await inspectZh(page, 'StatefulSet', 'web');
    await expectNoOverflow(page, [header, timebar, page.getByTestId('inspector')]);
    await page.screenshot({ path: `test-results/screens/zh-${sizeName}-2-statefulset.png` });
    await page.getByText('快捷键', { exact: true }).click();
    await page.screenshot({ path: `test-results/screens/zh-${sizeName}-3-keys.png` });
    await page.getByText('快捷键', { exact: true }).click();
    await inspectZh(page, 'Node', 'node-1');
    await action(page, 'partition');
    await skipZh(page);
    await skipZh(page);
    await inspectZh(page, 'Pod', 'web-0');
    await action(page, 'force-delete');
    await skipZh(page);
    await expect(page.getByTestId('alert')).toBeVisible();
    await page.screenshot({ path: `test-results/screens/zh-${sizeName}-4-ghost.png` });
    await expectNoAxeViolations(page);
    const stream = page.getByTestId('sidebar.stream');
    if (await stream.isVisible()) await stream.click();
    await page.screenshot({ path: `test-results/screens/zh-${sizeName}-5-stream.png` });
    await page.getByTestId('view.table').click();
    await expectNoOverflow(page, [header, timebar]);
    await page.screenshot({ path: `test-results/screens/zh-${sizeName}-6-table.png` });
    await expectNoAxeViolations(page);
    await page.getByTestId('preset').selectOption('cattle-vs-cows');
    await page.getByTestId('view.side-by-side').click();
    await page.getByRole('button', { name: '图示' }).click();
    await skipZh(page);
    await expectNoOverflow(page, [header, timebar]);
    await page.screenshot({ path: `test-results/screens/zh-${sizeName}-7-side-by-side.png` });
    await expectNoAxeViolations(page);
  });
}
