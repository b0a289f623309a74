// Permalinks: Share produces a URL that reopens exactly what is on screen (a sandbox's commands
// and the moment on its timeline); damaged or hostile links get a clear message and a clean start.
import { clock, expect, expectNoAxeViolations, openLab, podIn, run, step, test } from './fixtures.ts';
import { classroomMenu, dialogText } from './classroom.ts';

test.use({ viewport: { width: 1280, height: 800 } });

async function terminalText(page: import('@playwright/test').Page) {
  return (await page.getByTestId('terminal.output').innerText()).replace(/\s+/g, ' ');
}

test('a sandbox timeline round-trips: the same terminal, picture and moment', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openLab(page, 'web');
  await run(page, 'kubectl scale sts web --replicas=4');
  for (let i = 0; i < 4; i++) await step(page);
  await run(page, 'kubectl get pods -o wide');
  await run(page, 'kubectl delete pod web-0');
  for (let i = 0; i < 1; i++) await step(page);
  // Seek back into the past: the link must restore this moment, not the head.
  await page.getByTestId('time.back').click();
  const at = await clock(page);
  const text = await terminalText(page);
  const picture = await page
    .getByTestId('cluster.picture')
    .locator('[data-testid^="pod."]')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-testid')}`).sort());
  const desc = await page.getByTestId('cluster.picture').locator('desc').textContent();

  await classroomMenu(page, 'share');
  const url = await dialogText(page, 'share');
  expect(url).toMatch(/#s=1\.[A-Za-z0-9_-]+$/);
  await page.getByTestId('share.copy').click();
  await expect(page.getByTestId('share.status')).toHaveText('Link copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await expectNoAxeViolations(page);

  const other = await context.newPage();
  await other.goto(url.replace('?', '?motion=off&'));
  await expect(podIn(other, 'web-1')).toBeVisible();
  expect(await clock(other)).toBe(at);
  expect(await terminalText(other)).toBe(text);
  const picture2 = await other
    .getByTestId('cluster.picture')
    .locator('[data-testid^="pod."]')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-testid')}`).sort());
  expect(picture2).toEqual(picture);
  expect(await other.getByTestId('cluster.picture').locator('desc').textContent()).toBe(desc);
  await expect(other.getByTestId('classroom.notice')).toHaveCount(0);
  await other.close();
});

test('a seed and a script in the URL build the starting sandbox', async ({ page }) => {
  await openLab(
    page,
    'empty',
    `seed=7&script=${encodeURIComponent('kubectl apply -f web.yaml\nkubectl scale sts web --replicas=3')}`,
  );
  await expect(page.getByTestId('terminal.output')).toContainText('statefulset.apps/web scaled');
  await expect(podIn(page, 'web-0')).toBeVisible();
});

for (const [name, hash, message] of [
  [
    'cut short',
    '#s=1.q1ZKzs8tyEnVUUpKLFKyMrAxMDHQUcrJz0vXUUpKzEvOSMxJTSxOTVGyUjLQUUrJL0ktTlXIzUxOU7JSMjUwMDAFAA',
    'damaged',
  ],
  ['garbage', '#s=1.!!!!', 'damaged'],
  ['from the future', '#s=9.AAAA', 'newer version'],
  ['not deflate', '#s=1.aGVsbG8gd29ybGQ', 'damaged'],
] as const) {
  test(`a ${name} link says so and starts clean`, async ({ page }) => {
    await page.goto(`./?motion=off&preset=web${hash}`);
    await expect(page.getByTestId('classroom.notice')).toContainText(message);
    await expect(page.getByTestId('classroom.notice')).toContainText('starts from the beginning');
    await expect(podIn(page, 'web-0')).toBeVisible();
    expect(await clock(page)).toBe(0);
    // The bad payload is gone from the address, so a reload starts clean.
    expect(new URL(page.url()).hash).toBe('');
    await expectNoAxeViolations(page);
  });
}

test('a hostile but well-formed link is refused without running anything', async ({ page }) => {
  // A valid deflate of JSON that breaks the rules: times going backwards, too many nodes.
  const payload = await page.evaluate(async () => {
    const json = JSON.stringify({
      o: { n: 5000 },
      i: [
        [5, 'kubectl get pods'],
        [1, 'kubectl get pods'],
      ],
      c: 0,
    });
    const s = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(s).arrayBuffer());
    return btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  });
  await page.goto(`./?motion=off&preset=web#s=1.${payload}`);
  await expect(page.getByTestId('classroom.notice')).toContainText('does not describe a valid lab');
  await expect(page.getByTestId('terminal.output')).not.toContainText('kubectl get pods');
});

test('in Chinese, the message about a damaged link is in Chinese', async ({ page }) => {
  await page.goto('./?motion=off&lang=zh-CN#s=1.%%%');
  await expect(page.getByTestId('classroom.notice')).toContainText('链接已损坏');
});
