import { expect, test, shot, PROJECTOR, MONITOR } from './fixtures.ts';

test('smoke', async ({ page }) => {
  await page.setViewportSize(MONITOR);
  await page.goto('./?motion=off&lesson=cattle-vs-cows');
  await expect(page.getByTestId('lesson')).toBeVisible();
  await expect(page.getByTestId('lesson.stepOf')).toHaveText('Step 1 of 6');
  await shot(page, 'smoke-1920');
  await page.setViewportSize(PROJECTOR);
  await shot(page, 'smoke-1024');
});
