// The classroom tools on a lesson: the clicker steps through the lesson's steps, Share and the Embed
// dialog point at the lesson and step on screen, and the link reopens exactly there.
import { expect, test } from './fixtures.ts';
import { classroomMenu, dialogText } from './classroom.ts';

test.use({ viewport: { width: 1024, height: 768 } });

const stepOf = (page: import('@playwright/test').Page) => page.getByTestId('lesson.stepOf');

test('presenter keys step through a lesson, and Share reopens the same lesson and step', async ({ page, context }) => {
  await page.goto('./?motion=off&present=1&lesson=scaling&step=2');
  await expect(stepOf(page)).toHaveText('Step 2 of 7');
  const first = await page.getByTestId('lesson').getAttribute('data-step');
  await page.keyboard.press('PageDown');
  await expect(stepOf(page)).toHaveText('Step 3 of 7');
  await page.keyboard.press('PageUp');
  await expect(stepOf(page)).toHaveText('Step 2 of 7');
  expect(await page.getByTestId('lesson').getAttribute('data-step')).toBe(first);
  await page.keyboard.press('ArrowRight');
  await expect(stepOf(page)).toHaveText('Step 3 of 7');
  await expect(page).toHaveURL(/lesson=scaling&step=3/);

  await classroomMenu(page, 'share');
  const url = await dialogText(page, 'share');
  expect(url).toMatch(/[?&]lesson=scaling&step=3/);
  const other = await context.newPage();
  await other.goto(url.replace('?', '?motion=off&'));
  await expect(stepOf(other)).toHaveText('Step 3 of 7');
  expect(await other.getByTestId('lesson').getAttribute('data-step')).toBe(
    await page.getByTestId('lesson').getAttribute('data-step'),
  );
  await other.close();

  await page.keyboard.press('Escape');
  await classroomMenu(page, 'embed');
  const snippet = await dialogText(page, 'embed');
  expect(snippet).toContain('<iframe');
  expect(snippet).toMatch(/lesson=scaling&amp;step=3|lesson=scaling&step=3/);
});
