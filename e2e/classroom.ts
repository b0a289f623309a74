// The header's Classroom menu: open it (if closed) and pick an item.
import type { Page } from '@playwright/test';

export async function classroomMenu(page: Page, item: 'present' | 'notes' | 'share' | 'embed'): Promise<void> {
  const button = page.getByTestId(`classroom.${item}`);
  if (!(await button.isVisible())) await page.getByTestId('classroom.menu').click();
  await button.click();
}
