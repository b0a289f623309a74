// The header's Classroom menu: open it (if closed) and pick an item.
import { expect, type Page } from '@playwright/test';

export async function classroomMenu(page: Page, item: 'present' | 'notes' | 'share' | 'embed'): Promise<void> {
  const button = page.getByTestId(`classroom.${item}`);
  if (!(await button.isVisible())) await page.getByTestId('classroom.menu').click();
  await button.click();
}

/** The text of the Share or Embed dialog, once the dialog is open with it. */
export async function dialogText(page: Page, id: 'share' | 'embed'): Promise<string> {
  await expect(page.getByTestId(`${id}.dialog`)).toBeVisible();
  const field = page.getByTestId(`${id}.text`);
  await expect(field).not.toHaveValue('');
  return field.inputValue();
}
