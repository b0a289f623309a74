// The shell's strings and the course's text load apart: a page starts with the shell table only.
import { describe, expect, it } from 'vitest';
import { loadCourseText, loadLocale, t } from './index.ts';

describe('course text', () => {
  it('comes with loadCourseText, not with the shell table', async () => {
    await loadLocale('zh-CN');
    expect(t('zh-CN', 'ui.lesson.next')).toBe('下一步');
    expect(t('zh-CN', 'goal.pod.missing', { pod: 'web-2' })).toBe('[[goal.pod.missing]]');
    await loadCourseText('zh-CN');
    expect(t('zh-CN', 'goal.pod.missing', { pod: 'web-2' })).toContain('web-2');
    expect(t('zh-CN', 'ui.lesson.next')).toBe('下一步');
    expect(t('en', 'ui.lesson.next')).toBe('[[ui.lesson.next]]');
  });
});
