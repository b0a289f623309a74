// The course in the browser: lessons 1 and 9 clicked through in English and in Chinese, a
// reload mid-lesson, links to a step (good and damaged), lesson 1 by keyboard alone, axe in
// lesson mode, and screenshots at the projector and monitor sizes.
import type { Page } from '@playwright/test';
import { registerAllLocales } from '../src/i18n/all.ts';
import { COURSE_INDEX } from '../src/lessons/course-index.ts';
import { t as translate, type Lang, type MessageKey } from '../src/i18n/index.ts';
import { MONITOR, PROJECTOR, expect, expectNoAxeViolations, lastEntry, run, shot, test } from './fixtures.ts';

registerAllLocales();

const LANGS: readonly Lang[] = ['en', 'zh-CN'];

const lesson = (page: Page) => page.getByTestId('lesson');
const heading = (page: Page) => lesson(page).getByRole('heading', { level: 2 });
const terminalInput = (page: Page) => page.getByTestId('terminal.input');

async function openLesson(page: Page, lang: Lang, query: string): Promise<void> {
  await page.goto(`./?motion=off&lang=${lang}&${query}`);
  await expect(lesson(page)).toBeVisible();
}

/** Checks the panel shows step `n` (1-based) of `total`, titled `title`. */
async function atStep(page: Page, lang: Lang, n: number, total: number, title: MessageKey): Promise<void> {
  const t = (key: MessageKey, p?: Record<string, string | number>) => translate(lang, key, p);
  await expect(page.getByTestId('lesson.stepOf')).toHaveText(t('ui.lesson.stepOf', { n, total }));
  await expect(heading(page)).toContainText(t(title).split('{')[0]!);
}

for (const lang of LANGS) {
  const t = (key: MessageKey, p?: Record<string, string | number>) => translate(lang, key, p);

  test(`lesson 1, cattle and named cows, completely (${lang})`, async ({ page }) => {
    test.slow();
    await page.setViewportSize(MONITOR);
    await openLesson(page, lang, 'lesson=cattle-vs-cows');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await atStep(page, lang, 1, 6, 'cattle-vs-cows.welcome.title');
    await expect(page.getByTestId('half.ReplicaSet')).toBeVisible();
    // The step's nodes are ringed in the picture, and named in the panel.
    await expect(page.getByTestId('picture.highlights').first().locator('rect')).not.toHaveCount(0);
    await lesson(page).getByTestId('lesson.run').click();
    await expect(lastEntry(page)).toContainText('kubectl get nodes');
    await expect(lesson(page).getByText(t('ui.lesson.commandsRan'))).toBeVisible();
    await shot(page, `lesson1-${lang}-1920-welcome`);
    await lesson(page).getByTestId('lesson.next').click();

    await atStep(page, lang, 2, 6, 'cattle-vs-cows.meet.title');
    await lesson(page).getByTestId('lesson.run').click();
    await expect(lastEntry(page)).toContainText('kubectl get pods -o wide');
    await lesson(page).getByTestId('lesson.next').click();

    // Next without running: the lesson runs the step's commands for the student.
    await atStep(page, lang, 3, 6, 'cattle-vs-cows.disks.title');
    await lesson(page).getByTestId('lesson.next').click();
    await expect(page.getByTestId('terminal.output')).toContainText('kubectl describe pvc shared-data');

    // Predict, then reveal: the terminal waits for the answer.
    await atStep(page, lang, 4, 6, 'cattle-vs-cows.lose-some.title');
    await expect(terminalInput(page)).toBeDisabled();
    await expect(page.getByTestId('terminal.locked')).toHaveText(t('ui.lesson.predictLocked'));
    await expect(lesson(page).getByTestId('lesson.answer')).toBeDisabled();
    await lesson(page)
      .getByRole('radio', { name: t('cattle-vs-cows.lose-some.same') })
      .check();
    await shot(page, `lesson1-${lang}-1920-predict`);
    await lesson(page).getByTestId('lesson.answer').click();
    const verdict = lesson(page).getByTestId('lesson.verdict');
    await expect(verdict).toContainText(t('ui.lesson.incorrect'));
    await expect(verdict).toContainText(t('cattle-vs-cows.lose-some.same.why'));
    await expect(verdict).toContainText(t('ui.lesson.theAnswer', { answer: t('cattle-vs-cows.lose-some.cows') }));
    await expect(terminalInput(page)).toBeEnabled();
    await expect(page.getByTestId('terminal.output')).not.toContainText('kubectl delete pod web-1');
    await lesson(page).getByTestId('lesson.reveal').click();
    await expect(lesson(page).getByTestId('lesson.revealed')).toContainText(t('cattle-vs-cows.lose-some.reveal'));
    await expect(page.getByTestId('terminal.output')).toContainText('kubectl delete pod web-1 --wait=false');
    await shot(page, `lesson1-${lang}-1920-revealed`);

    // A reload keeps the step and the answer.
    await page.reload();
    await atStep(page, lang, 4, 6, 'cattle-vs-cows.lose-some.title');
    await expect(lesson(page).getByTestId('lesson.verdict')).toContainText(t('ui.lesson.incorrect'));
    await lesson(page).getByTestId('lesson.next').click();

    // The challenge: a wrong attempt, typed; the check says what differs; a hint; the solution.
    await atStep(page, lang, 5, 6, 'cattle-vs-cows.grow.title');
    await run(page, 'kubectl scale rs cattle --replicas=4');
    await lesson(page).getByTestId('lesson.check').click();
    const goal = lesson(page).getByTestId('lesson.goal');
    await expect(goal).toContainText(t('ui.lesson.goalNotMet', { why: '' }).trim());
    await expect(goal).toContainText('cattle-');
    await lesson(page).getByTestId('lesson.hint').click();
    await expect(lesson(page).getByTestId('lesson.hints')).toContainText(t('cattle-vs-cows.grow.hint1'));
    await lesson(page).getByTestId('lesson.showSolution').click();
    await expect(lesson(page).getByTestId('lesson.solution')).toContainText('kubectl scale sts web --replicas=4');
    await shot(page, `lesson1-${lang}-1920-challenge`);
    await lesson(page).getByTestId('lesson.runSolution').click();
    await expect(goal).toContainText(t('ui.lesson.goalMet'));
    await expect(page.getByTestId('cluster.picture').getByTestId('pod.web-3')).toBeVisible();
    await lesson(page).getByTestId('lesson.next').click();

    await atStep(page, lang, 6, 6, 'cattle-vs-cows.recap.title');
    await expect(lesson(page)).toContainText(t('cattle-vs-cows.recap.p1'));
    await lesson(page).getByTestId('lesson.next').click();
    await expect(lesson(page).getByTestId('lesson.complete')).toContainText(t('ui.lesson.complete'));
    await shot(page, `lesson1-${lang}-1920-complete`);

    // The course menu knows.
    await page.getByTestId('course.button').click();
    await expect(page.getByTestId('course.state.cattle-vs-cows')).toContainText(t('ui.lesson.progress.finished'));
    await expect(page.getByTestId('course.state.node-failure')).toContainText(t('ui.lesson.progress.none'));
    await shot(page, `course-menu-${lang}-1920`);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('course.menu')).not.toBeVisible();
    await lesson(page).getByTestId('lesson.nextLesson').click();
    await atStep(page, lang, 1, 8, 'stable-identity.ordinals.title');
  });

  test(`lesson 9, when a node fails, completely (${lang})`, async ({ page }) => {
    test.slow();
    await page.setViewportSize(PROJECTOR);
    await openLesson(page, lang, 'lesson=node-failure');
    await atStep(page, lang, 1, 12, 'node-failure.normal.title');
    await lesson(page).getByTestId('lesson.run').click();
    await expect(page.getByTestId('terminal.output')).toContainText('kubectl wait --for=condition=Ready pod/kubia-1');
    await lesson(page).getByTestId('lesson.next').click();

    // Act by clicking the command.
    await atStep(page, lang, 2, 12, 'node-failure.cut.title');
    const command = lesson(page).getByTestId('lesson.command');
    const partition = (await command.textContent())!.trim();
    expect(partition).toMatch(/^sim partition node-\d$/);
    const node = partition.split(' ')[2]!;
    await expect(page.getByTestId('picture.highlights').locator(`[data-highlight="node:${node}"]`)).toHaveCount(1);
    await shot(page, `lesson9-${lang}-1024-act`);
    await command.click();
    await expect(lastEntry(page)).toContainText(partition);
    await expect(lesson(page).getByTestId('lesson.goal')).toContainText(t('ui.lesson.goalMet'));
    await lesson(page).getByTestId('lesson.next').click();

    // A right prediction.
    await atStep(page, lang, 3, 12, 'node-failure.not-ready.title');
    await expect(terminalInput(page)).toBeDisabled();
    await lesson(page).getByTestId('lesson.option.running').check();
    await lesson(page).getByTestId('lesson.answer').click();
    await expect(lesson(page).getByTestId('lesson.verdict')).toContainText(t('ui.lesson.correct'));
    await lesson(page).getByTestId('lesson.reveal').click();
    await expect(lesson(page).getByTestId('lesson.revealed')).toBeVisible();
    await shot(page, `lesson9-${lang}-1024-revealed`);
    await lesson(page).getByTestId('lesson.next').click();

    await atStep(page, lang, 4, 12, 'node-failure.countdown.title');
    await lesson(page).getByTestId('lesson.next').click();

    await atStep(page, lang, 5, 12, 'node-failure.stuck.title');
    await lesson(page).getByTestId('lesson.option.stuck').check();
    await lesson(page).getByTestId('lesson.answer').click();
    await expect(lesson(page).getByTestId('lesson.verdict')).toContainText(t('ui.lesson.correct'));
    await lesson(page).getByTestId('lesson.reveal').click();
    await lesson(page).getByTestId('lesson.next').click();

    await atStep(page, lang, 6, 12, 'node-failure.graceful.title');
    await lesson(page).getByTestId('lesson.run').click();
    await lesson(page).getByTestId('lesson.next').click();

    // The challenge, solved by typing: heal the node and wait for kubia-0 to come back.
    await atStep(page, lang, 7, 12, 'node-failure.way-out.title');
    await lesson(page).getByTestId('lesson.check').click();
    await expect(lesson(page).getByTestId('lesson.goal')).toContainText(t('ui.lesson.goalNotMet', { why: '' }).trim());
    await lesson(page).getByTestId('lesson.hint').click();
    await expect(lesson(page).getByTestId('lesson.hints')).toContainText(t('node-failure.way-out.hint1').slice(0, 8));
    await shot(page, `lesson9-${lang}-1024-challenge`);
    await run(page, `sim heal ${node}`);
    await run(page, 'kubectl wait --for=delete pod/kubia-0 --timeout=120s');
    await run(page, 'kubectl wait --for=condition=Ready pod/kubia-0 --timeout=60s');
    await expect(lesson(page).getByTestId('lesson.goal')).toContainText(t('ui.lesson.goalMet'));
    await lesson(page).getByTestId('lesson.next').click();

    // The student's own answer: the lesson goes on from its own cluster, and says so.
    await atStep(page, lang, 8, 12, 'node-failure.again.title');
    await expect(lesson(page).getByTestId('lesson.continued')).toHaveText(t('ui.lesson.continued'));
    await lesson(page).getByTestId('lesson.next').click();

    await atStep(page, lang, 9, 12, 'node-failure.force.title');
    await lesson(page).getByTestId('lesson.option.refused').check();
    await lesson(page).getByTestId('lesson.answer').click();
    await expect(lesson(page).getByTestId('lesson.verdict')).toContainText(t('node-failure.force.refused.why'));
    await lesson(page).getByTestId('lesson.reveal').click();
    await lesson(page).getByTestId('lesson.next').click();

    await atStep(page, lang, 10, 12, 'node-failure.clean-up.title');
    await lesson(page).getByTestId('lesson.next').click();
    await atStep(page, lang, 11, 12, 'node-failure.out-of-service.title');
    await lesson(page).getByTestId('lesson.next').click();
    await atStep(page, lang, 12, 12, 'node-failure.recap.title');
    await shot(page, `lesson9-${lang}-1024-recap`);
    await lesson(page).getByTestId('lesson.next').click();
    await expect(lesson(page).getByTestId('lesson.complete')).toBeVisible();
    await expect(lesson(page).getByTestId('lesson.nextLesson')).toContainText(t('updates.title'));

    // Back to the sandbox: the scenario picker returns, the lesson panel goes.
    await lesson(page).getByTestId('lesson.leave').click();
    await expect(lesson(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/lesson=/);
  });

  test(`a link opens lesson 9 at step 5 (${lang})`, async ({ page }) => {
    await page.setViewportSize(PROJECTOR);
    await openLesson(page, lang, 'lesson=node-failure&step=5');
    await atStep(page, lang, 5, 12, 'node-failure.stuck.title');
    await expect(terminalInput(page)).toBeDisabled();
    // Earlier steps ran: the partition is in the terminal.
    await expect(page.getByTestId('terminal.output')).toContainText('sim partition');
    await expect(page).toHaveURL(/[?&]lang=/);
    await lesson(page).getByTestId('lesson.back').click();
    await atStep(page, lang, 4, 12, 'node-failure.countdown.title');
    await expect(page).toHaveURL(/lesson=node-failure&step=4/);
  });

  test(`a damaged link gets a message and a clean start (${lang})`, async ({ page }) => {
    await page.setViewportSize(PROJECTOR);
    await page.goto(`./?motion=off&lang=${lang}&lesson=no-such-lesson`);
    const menu = page.getByTestId('course.menu');
    await expect(menu).toBeVisible();
    await expect(menu.getByTestId('lesson.notice')).toContainText(
      t('ui.lesson.badLesson', { lesson: 'no-such-lesson' }),
    );
    await expect(page).not.toHaveURL(/lesson=/);
    await shot(page, `bad-link-${lang}-1024`);
    await page.goto(`./?motion=off&lang=${lang}&lesson=scaling&step=42`);
    await atStep(page, lang, 1, 7, 'scaling.up.title');
    await expect(lesson(page).getByTestId('lesson.notice')).toContainText(
      t('ui.lesson.badStep', { step: '42', total: 7 }),
    );
    await expect(page).toHaveURL(/lesson=scaling&step=1/);
  });

  for (const theme of ['light', 'dark'] as const)
    test(`no axe violations in lesson mode (${lang}, ${theme})`, async ({ page }) => {
      test.slow();
      await page.setViewportSize(PROJECTOR);
      await openLesson(page, lang, `theme=${theme}&lesson=cattle-vs-cows&step=4`);
      await expectNoAxeViolations(page);
      await lesson(page).getByTestId('lesson.option.same').check();
      await lesson(page).getByTestId('lesson.answer').click();
      await lesson(page).getByTestId('lesson.reveal').click();
      await lesson(page).getByTestId('lesson.next').click();
      await lesson(page).getByTestId('lesson.check').click();
      await lesson(page).getByTestId('lesson.hint').click();
      await lesson(page).getByTestId('lesson.showSolution').click();
      await expectNoAxeViolations(page);
      await shot(page, `axe-${lang}-${theme}-1024-challenge`);
      await page.getByTestId('course.button').click();
      await expect(page.getByTestId('course.menu')).toBeVisible();
      await expectNoAxeViolations(page);
    });

  test(`screenshots of lesson mode (${lang})`, async ({ page }) => {
    for (const [size, name] of [
      [PROJECTOR, '1024'],
      [MONITOR, '1920'],
    ] as const) {
      await page.setViewportSize(size);
      await openLesson(page, lang, 'lesson=node-failure&step=3');
      await shot(page, `lesson9-${lang}-${name}-predict`);
      await openLesson(page, lang, 'lesson=cattle-vs-cows&step=1');
      await shot(page, `lesson1-${lang}-${name}-start`);
    }
  });
}

// Every lesson, end to end, letting the lesson do each step (Next runs what the student skips):
// no step throws, no console error, every lesson reaches its end, in both languages.
test('every lesson plays to its end', async ({ page }) => {
  test.setTimeout(240_000);
  for (const [i, entry] of COURSE_INDEX.entries()) {
    const lang = LANGS[i % 2]!;
    await openLesson(page, lang, `lesson=${entry.id}`);
    for (let n = 1; n <= entry.steps; n++) {
      await expect(page.getByTestId('lesson.stepOf')).toHaveText(
        translate(lang, 'ui.lesson.stepOf', { n, total: entry.steps }),
      );
      await lesson(page).getByTestId('lesson.next').click();
    }
    await expect(lesson(page).getByTestId('lesson.complete')).toBeVisible();
  }
  await page.getByTestId('course.button').click();
  for (const entry of COURSE_INDEX)
    await expect(page.getByTestId(`course.state.${entry.id}`)).toContainText(
      translate(LANGS[(COURSE_INDEX.length - 1) % 2]!, 'ui.lesson.progress.finished'),
    );
});

test('the first visit offers the course; it starts lesson 1', async ({ page }) => {
  await page.setViewportSize(PROJECTOR);
  await page.goto('./?motion=off');
  await expect(page.getByTestId('course.invite')).toBeVisible();
  await shot(page, 'invite-en-1024');
  await page.getByTestId('course.invite.start').click();
  await atStep(page, 'en', 1, 6, 'cattle-vs-cows.welcome.title');
  await page.reload();
  await expect(page.getByTestId('course.invite')).toHaveCount(0);
});

test('the visible language switch turns the lesson into Chinese and back', async ({ page }) => {
  await openLesson(page, 'en', 'lesson=node-failure&step=5');
  await atStep(page, 'en', 5, 12, 'node-failure.stuck.title');
  await expect(page.getByTestId('lang.zh-CN')).toHaveText('中文');
  await page.getByTestId('lang.zh-CN').click();
  await atStep(page, 'zh-CN', 5, 12, 'node-failure.stuck.title');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveURL(/lang=zh-CN/);
  await page.reload();
  await atStep(page, 'zh-CN', 5, 12, 'node-failure.stuck.title');
  await expect(page.getByTestId('lang.en')).toHaveText('English');
  await page.getByTestId('lang.en').click();
  await atStep(page, 'en', 5, 12, 'node-failure.stuck.title');
});

test('forget my progress', async ({ page }) => {
  await openLesson(page, 'en', 'lesson=scaling&step=3');
  await page.getByTestId('course.button').click();
  await expect(page.getByTestId('course.state.scaling')).toContainText('step 3 of 7');
  await page.getByTestId('course.forget').click();
  await expect(page.getByTestId('course.state.scaling')).toContainText('Not started');
  await page.getByTestId('course.sandbox').click();
  await expect(lesson(page)).toHaveCount(0);
  await expect(page.getByTestId('preset')).toBeVisible();
});

test('lesson 1 by keyboard alone', async ({ page }) => {
  test.slow();
  await page.setViewportSize(PROJECTOR);
  await page.goto('./?motion=off&lang=en');
  const focused = () => page.locator(':focus');
  /** Tabs until `target` has the focus (at most `max` presses). */
  const tabTo = async (target: ReturnType<Page['getByTestId']>, max = 60) => {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error('could not reach the control with Tab');
  };
  await tabTo(page.getByTestId('course.button'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('course.menu')).toBeVisible();
  await tabTo(page.getByTestId('course.open.cattle-vs-cows'));
  await page.keyboard.press('Enter');
  await atStep(page, 'en', 1, 6, 'cattle-vs-cows.welcome.title');
  // A lesson the student opened takes the focus to its first step.
  await expect(focused()).toHaveAttribute('id', 'lesson-heading');
  // Steps 1–3: Run, then Next.
  for (const [n, title] of [
    [1, 'cattle-vs-cows.welcome.title'],
    [2, 'cattle-vs-cows.meet.title'],
    [3, 'cattle-vs-cows.disks.title'],
  ] as const) {
    await atStep(page, 'en', n, 6, title);
    await tabTo(page.getByTestId('lesson.run'));
    await page.keyboard.press('Enter');
    // The Run button goes away: the focus moves on to Next, not back to the top of the page.
    await expect(page.getByTestId('lesson.next')).toBeFocused();
    await page.keyboard.press('Enter');
  }
  // The prediction: arrows pick an option, Space checks it, Enter locks it in.
  await atStep(page, 'en', 4, 6, 'cattle-vs-cows.lose-some.title');
  await expect(focused()).toHaveAttribute('id', 'lesson-heading');
  await tabTo(page.getByTestId('lesson.option.same'));
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('lesson.option.cows')).toBeChecked();
  await tabTo(page.getByTestId('lesson.answer'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lesson.verdict')).toContainText('Right!');
  await expect(page.getByTestId('lesson.reveal')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lesson.revealed')).toBeVisible();
  await expect(page.getByTestId('lesson.next')).toBeFocused();
  await page.keyboard.press('Enter');
  // The challenge, typed into the terminal, then checked.
  await atStep(page, 'en', 5, 6, 'cattle-vs-cows.grow.title');
  await tabTo(terminalInput(page));
  for (const line of [
    'kubectl scale rs cattle --replicas=4',
    'kubectl scale sts web --replicas=4',
    'kubectl rollout status sts/web',
    'kubectl wait --for=condition=Ready pod -l app=cattle --timeout=60s',
  ]) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
    await expect(terminalInput(page)).toHaveValue('');
  }
  await expect(page.getByTestId('lesson.goal')).toContainText('Goal reached.');
  await tabTo(page.getByTestId('lesson.next'));
  await page.keyboard.press('Enter');
  await atStep(page, 'en', 6, 6, 'cattle-vs-cows.recap.title');
  await tabTo(page.getByTestId('lesson.next'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lesson.complete')).toBeVisible();
  await expect(focused()).toHaveAttribute('id', 'lesson-heading');
});
