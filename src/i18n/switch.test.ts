import { expect, it } from 'vitest';
import { loadCourseText, loadLocale, t } from './index.ts';

it("switching language once a lesson was shown brings that language's course text too", async () => {
  await loadLocale('en');
  await loadCourseText('en');
  expect(t('zh-CN', 'cattle-vs-cows.welcome.title')).toMatch(/^\[\[/);
  await loadLocale('zh-CN');
  expect(t('zh-CN', 'ui.lesson.next')).toMatch(/[\u4e00-\u9fff]/);
  expect(t('zh-CN', 'cattle-vs-cows.welcome.title')).toMatch(/[\u4e00-\u9fff]/);
});
