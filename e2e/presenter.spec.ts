// Presenter mode: a projector at 1024×768, a clicker's keys, the blank screen, the presenter
// window kept in sync over a BroadcastChannel, and no axe violations.
import { clock, expect, expectNoAxeViolations, openLab, podIn, run, shot, test } from './fixtures.ts';
import { classroomMenu } from './classroom.ts';

test.use({ viewport: { width: 1024, height: 768 } });

test('?present=1: large type, secondary panels hidden, picture and terminal stay', async ({ page }) => {
  await openLab(page, 'web', 'present=1');
  await expect(page.locator('html')).toHaveAttribute('data-present', '');
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeHidden();
  await expect(page.getByTestId('preset')).toBeHidden();
  await expect(page.getByTestId('terminal.input')).toBeVisible();
  await expect(podIn(page, 'web-0')).toBeVisible();
  const rootSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(rootSize).toBeGreaterThanOrEqual(20);
  const field = page.locator('.cp-field').first();
  expect(Number((await field.evaluate((el) => getComputedStyle(el).strokeWidth)).replace('px', ''))).toBeGreaterThan(3);
  await run(page, 'kubectl get pods');
  await shot(page, 'presenter-1024x768-light');
  await expectNoAxeViolations(page);
});

test('the header toggle turns presenter mode on and off', async ({ page }) => {
  await openLab(page, 'web');
  const toggle = page.getByTestId('classroom.present');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await classroomMenu(page, 'present');
  await expect(page.locator('html')).toHaveAttribute('data-present', '');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // The menu closed behind the click, so the class sees the picture, not a menu.
  await expect(toggle).toBeHidden();
  await classroomMenu(page, 'present');
  await expect(page.locator('html')).not.toHaveAttribute('data-present');
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
});

test('clicker keys step, blank and go full screen; keys typed into the terminal stay there', async ({ page }) => {
  await openLab(page, 'web', 'present=1');
  // Enough to happen for three steps: five pods start one after another.
  await run(page, 'kubectl scale sts web --replicas=5');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  expect(await clock(page)).toBe(0);
  await page.keyboard.press('PageDown');
  await expect.poll(() => clock(page)).toBeGreaterThan(0);
  const first = await clock(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => clock(page)).toBeGreaterThan(first);
  const second = await clock(page);
  await page.keyboard.press('Space');
  await expect.poll(() => clock(page)).toBeGreaterThan(second);
  // Space stepped rather than played.
  await expect(page.getByRole('button', { name: /^Play/ })).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect.poll(() => clock(page)).toBe(second);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => clock(page)).toBe(first);

  await page.keyboard.press('b');
  await expect(page.getByTestId('classroom.blank')).toBeVisible();
  await shot(page, 'presenter-blank');
  await page.keyboard.press('.');
  await expect(page.getByTestId('classroom.blank')).toHaveCount(0);

  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);

  const input = page.getByTestId('terminal.input');
  await input.click();
  await input.pressSequentially('b f . ');
  await input.press('ArrowLeft');
  await expect(input).toHaveValue('b f . ');
  await expect(page.getByTestId('classroom.blank')).toHaveCount(0);
  expect(await clock(page)).toBe(first);
});

test('the presenter window follows the lab window and drives it', async ({ page, context }) => {
  await openLab(page, 'web', 'present=1');
  const popupPromise = context.waitForEvent('page');
  await classroomMenu(page, 'notes');
  const notes = await popupPromise;
  await expect(notes.getByTestId('notes.window')).toBeVisible();
  await expect(notes.getByTestId('notes.title')).toHaveText('Sandbox');
  await expect(notes.getByTestId('notes.text')).toContainText('Last command: kubectl apply -f web.yaml');
  await expect(notes.getByTestId('notes.next')).toContainText('Up next');
  await notes.getByTestId('notes.nextButton').click();
  await expect.poll(() => clock(page)).toBeGreaterThan(0);
  await expect(notes.getByTestId('notes.position')).not.toHaveText('0:00.0');
  await run(page, 'kubectl get pods');
  await expect(notes.getByTestId('notes.text')).toContainText('Last command: kubectl get pods');
  await notes.getByRole('button', { name: 'Blank the screen' }).click();
  await expect(page.getByTestId('classroom.blank')).toBeVisible();
  await expect(notes.getByRole('button', { name: 'Show the lab again' })).toBeVisible();
  await notes.setViewportSize({ width: 720, height: 560 });
  await shot(notes, 'presenter-notes-window');
  await expectNoAxeViolations(notes);
  await notes.close();
});

test('presenter mode in the dark theme and in Chinese has no axe violations', async ({ page }) => {
  await openLab(page, 'web', 'present=1&theme=dark&lang=zh-CN');
  await expect(page.getByTestId('classroom.menu')).toHaveText('课堂');
  await page.getByTestId('classroom.menu').click();
  await expect(page.getByTestId('classroom.present')).toHaveText('演示');
  await shot(page, 'presenter-menu-zh');
  await shot(page, 'presenter-1024x768-dark-zh');
  await expectNoAxeViolations(page);
});
