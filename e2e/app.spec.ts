// The page as a whole: presets, the terminal, keyboard-only time controls, side by side,
// accessibility in both themes.
import {
  PROJECTOR,
  clock,
  expect,
  expectNoAxeViolations,
  inspect,
  lastEntry,
  openLab,
  podIn,
  run,
  settle,
  shot,
  showStream,
  skip,
  test,
} from './fixtures.ts';

test.use({ viewport: PROJECTOR });

test('presets load their clusters', async ({ page }) => {
  await openLab(page, 'empty');
  await expect(page.getByTestId('cluster.picture').locator('[data-testid^="pod."]')).toHaveCount(0);
  await page.getByTestId('preset').selectOption('kubia');
  await expect(podIn(page, 'kubia-0')).toBeVisible();
  await expect(page.getByTestId('terminal.output')).toContainText('kubectl apply -f kubia-statefulset.yaml');
  await expect(page.getByTestId('live.announcement')).toContainText('Loaded the kubia preset');
  await page.getByTestId('preset').selectOption('cattle-vs-cows');
  await skip(page);
  await expect(page.getByTestId('cluster.picture').locator('[data-testid^="pod.cattle-"]')).toHaveCount(3);
  await page.getByTestId('preset').selectOption('web');
  await expect(podIn(page, 'web-0')).toBeVisible();
  await expect(page.getByTestId('clock')).toHaveText('0:00.0');
});

test('the terminal: history, Tab completion, errors, clear', async ({ page }) => {
  await openLab(page, 'web');
  const input = page.getByTestId('terminal.input');
  await input.fill('kubectl get po');
  await input.press('Tab');
  await expect(input).toHaveValue('kubectl get pods ');
  await input.pressSequentially('we');
  await input.press('Tab');
  await expect(input).toHaveValue('kubectl get pods web-0 ');
  await input.press('Enter');
  await expect(lastEntry(page)).toContainText(/web-0\s+0\/1\s+(Pending|ContainerCreating)/);
  await input.fill('sim part');
  await input.press('Tab');
  await input.pressSequentially('node');
  await input.press('Tab');
  await expect(input).toHaveValue('sim partition node-');
  await expect(page.getByTestId('terminal.options')).toHaveText(/node-1\s+node-2\s+node-3/);
  await input.fill('');
  // An empty line lets Tab move on, so the terminal never traps the keyboard.
  await input.press('Tab');
  await expect(input).not.toBeFocused();
  await run(page, 'kubectl scale sts web --replicas=-1');
  await expect(lastEntry(page).locator('.term-stderr')).toContainText('greater than or equal to 0');
  await run(page, 'frobnicate');
  await expect(lastEntry(page)).toContainText('sh: frobnicate: command not found');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('frobnicate');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('kubectl scale sts web --replicas=-1');
  await input.press('ArrowDown');
  await input.press('ArrowDown');
  await expect(input).toHaveValue('');
  await run(page, 'clear');
  await expect(page.getByTestId('terminal.entry')).toHaveCount(0);
  await shot(page, 'app-terminal-cleared');
});

test('time controls by keyboard alone', async ({ page }) => {
  await openLab(page, 'web');
  // Tab from the top of the page reaches the time controls.
  const play = page.getByTestId('time.play');
  for (let i = 0; i < 20 && !(await play.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(play).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(play).toHaveText(/Pause/);
  await page.keyboard.press('Enter');
  await expect(play).toHaveText(/Play/);
  // The page-wide keys, with focus on the page itself.
  await page.locator('body').click({ position: { x: 2, y: 590 } });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const t0 = await clock(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => clock(page)).toBeGreaterThan(t0);
  const t1 = await clock(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => clock(page)).toBeGreaterThan(t1);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => clock(page)).toBe(t1);
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => clock(page)).toBeGreaterThan(t1);
  await page.keyboard.press('Space');
  await expect(play).toHaveText(/Pause/);
  await page.keyboard.press('Space');
  await expect(play).toHaveText(/Play/);
  // Space typed in the terminal stays there.
  await page.getByTestId('terminal.input').focus();
  await page.keyboard.press('Space');
  await expect(play).toHaveText(/Play/);
  await expect(page.getByTestId('terminal.input')).toHaveValue(' ');
  // The speed select and the scrubber work from the keyboard too.
  await page.getByTestId('time.speed').selectOption('4');
  await page.getByTestId('timeline.scrubber').focus();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('clock')).toHaveText('0:00.0');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('clock')).toHaveText('0:01.0');
});

test('side by side: the same actions on cattle and on named cows', async ({ page }) => {
  await openLab(page, 'cattle-vs-cows', 'side=1');
  await settle(page);
  const halves = { rs: page.getByTestId('half.ReplicaSet'), sts: page.getByTestId('half.StatefulSet') };
  await expect(halves.rs.locator('[data-testid^="pod.cattle-"]')).toHaveCount(3);
  await expect(halves.sts.locator('[data-testid^="pod.web-"]')).toHaveCount(3);
  await expect(halves.rs.locator('[data-testid^="pod.web-"]')).toHaveCount(0);
  const cattleBefore = await halves.rs
    .locator('[data-testid^="pod.cattle-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  await shot(page, 'sbs-1-start');
  await page.getByTestId('sbs.delete-all').click();
  const entries = page.getByTestId('terminal.entry');
  await expect(entries.nth(-2)).toContainText('kubectl delete pods -l app=cattle --wait=false');
  await expect(entries.last()).toContainText('kubectl delete pods -l app=nginx --wait=false');
  await settle(page);
  // Cattle come back with new names; the cows with their old ones.
  const cattleAfter = await halves.rs
    .locator('[data-testid^="pod.cattle-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
  expect(cattleAfter.filter((n) => cattleBefore.includes(n))).toEqual([]);
  for (const n of ['web-0', 'web-1', 'web-2']) await expect(halves.sts.getByTestId(`pod.${n}`)).toBeVisible();
  await shot(page, 'sbs-2-after-delete-all');
  await page.getByTestId('sbs.scale-up').click();
  await expect(entries.nth(-2)).toContainText('kubectl scale rs cattle --replicas=4');
  await expect(entries.last()).toContainText('kubectl scale sts web --replicas=4');
  await page.getByTestId('sbs.lose-node').click();
  await expect(entries.last()).toContainText(/sim partition node-\d/);
});

for (const theme of ['light', 'dark'] as const) {
  test(`no axe violations in the ${theme} theme`, async ({ page }) => {
    await openLab(page, 'web', `theme=${theme}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await skip(page);
    await expectNoAxeViolations(page);
    await inspect(page, 'StatefulSet', 'web');
    await page.getByTestId('action.scale-up').click();
    await expectNoAxeViolations(page);
    await showStream(page);
    await page.getByTestId('stream.tab.events').click();
    await page.getByTestId('view.table').click();
    await expectNoAxeViolations(page);
    await page.getByTestId('view.side-by-side').click();
    await page.getByRole('button', { name: 'Picture' }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('group', { name: 'Side by side' }).getByRole('button').click();
    await skip(page);
    await expectNoAxeViolations(page);
  });
}

test('with motion on, a long wait plays as a time-lapse and playing moves the clock', async ({ page }) => {
  await page.goto('./?motion=full&preset=web');
  await skip(page);
  await skip(page);
  await inspect(page, 'Node', 'node-1');
  await page.getByTestId('action.partition').click();
  await skip(page);
  const from = await clock(page);
  await page.getByTestId('time.skip').click();
  await expect(page.getByTestId('clock.lapse')).toContainText('skipping 5 min');
  await expect(page.getByTestId('clock.lapse')).toHaveCount(0);
  expect((await clock(page)) - from).toBe(300_000);
  await page.getByTestId('time.speed').selectOption('16');
  await page.getByTestId('time.play').click();
  await expect.poll(() => clock(page)).toBeGreaterThan(from + 305_000);
  await page.getByTestId('time.play').click();
});

test('theme toggle and the narration region', async ({ page }) => {
  await openLab(page, 'web');
  const html = page.locator('html');
  const before = await html.getAttribute('data-theme');
  await page.getByTestId('theme').click();
  await expect(html).not.toHaveAttribute('data-theme', before ?? '');
  await skip(page);
  await expect(page.getByTestId('live.narration')).toContainText('web-0 is Ready');
  await expect(page.getByTestId('live.narration')).toContainText('web-1 was created');
});
