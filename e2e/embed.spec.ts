// Embed mode across two origins: the example host page (public/embed-example.html) served on one
// port embeds the lab served on another, drives it through postMessage and hears its events and
// its height; messages from a foreign origin are ignored; two embeds stay independent; the embed
// dialog's snippet works; click-to-load; no axe violations.
import type { Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, shot, test } from './fixtures.ts';
import { classroomMenu, dialogText } from './classroom.ts';
import { HOST_ORIGIN, HOST_PORT, LAB_ORIGIN, SUB_PATH, startHost } from './host-server.ts';

let host: Server;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await new Promise((r) => host.close(r));
});

test.use({ viewport: { width: 1280, height: 900 } });

interface LabMessage {
  protocol: string;
  version: number;
  type: string;
  [k: string]: unknown;
}

const hostUrl = (extra = '', origin = HOST_ORIGIN) =>
  `${origin}/embed-example.html?lab=${encodeURIComponent(`${LAB_ORIGIN}/`)}&motion=off${extra}`;

const events = (page: Page, id: 'a' | 'b') =>
  page.evaluate((k) => (window as unknown as { labEvents: Record<string, LabMessage[]> }).labEvents[k]!, id);

const lastOf = async (page: Page, id: 'a' | 'b', type: string) =>
  (await events(page, id)).filter((m) => m.type === type).at(-1);

const send = (page: Page, id: 'a' | 'b', msg: Record<string, unknown>) =>
  page.evaluate(
    ([k, m]) => (window as unknown as { sendToLab: (id: string, m: unknown) => void }).sendToLab(k as string, m),
    [id, msg] as const,
  );

const frameClock = async (f: FrameLocator) => Number(await f.getByTestId('clock').getAttribute('data-ms'));

test('the host page drives the lab through messages and hears ready, step, state and resize', async ({ page }) => {
  await page.goto(hostUrl());
  const lab = page.frameLocator('#lab-a');
  await expect.poll(async () => (await lastOf(page, 'a', 'ready'))?.embedId).toBe('a');
  const ready = (await lastOf(page, 'a', 'ready'))!;
  expect(ready).toMatchObject({ protocol: 'statefulset-lab', version: 1, kind: 'sandbox', step: 0 });
  // The lab never takes the keyboard before the reader clicks into it.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

  // Auto-sizing: the lab reports its content height and the host sizes the iframe to it.
  await expect.poll(async () => (await lastOf(page, 'a', 'resize'))?.height).toBeGreaterThan(400);
  const height = Number((await lastOf(page, 'a', 'resize'))?.height);
  await expect
    .poll(() => page.locator('#lab-a').evaluate((el) => el.getBoundingClientRect().height))
    .toBeCloseTo(height + 2, 0);
  await expect.poll(async () => JSON.stringify((await lastOf(page, 'a', 'state'))?.state)).toContain('"web-0"');

  await send(page, 'a', { type: 'run', command: 'kubectl scale sts web --replicas=3', requestId: 'r1' });
  await expect
    .poll(async () => (await events(page, 'a')).find((m) => m.requestId === 'r1'))
    .toMatchObject({
      type: 'done',
      exitCode: 0,
    });
  await expect(lab.getByTestId('terminal.output')).toContainText('statefulset.apps/web scaled');

  await send(page, 'a', { type: 'next' });
  await expect.poll(async () => (await lastOf(page, 'a', 'step'))?.step as number).toBeGreaterThan(0);
  const stepped = await frameClock(lab);
  expect(stepped).toBeGreaterThan(0);
  await send(page, 'a', { type: 'goto', step: 0 });
  await expect.poll(() => frameClock(lab)).toBe(0);
  await expect.poll(async () => (await lastOf(page, 'a', 'step'))?.step).toBe(0);

  await send(page, 'a', { type: 'play' });
  await expect.poll(async () => ((await lastOf(page, 'a', 'state'))?.state as { playing: boolean }).playing).toBe(true);
  await send(page, 'a', { type: 'pause' });
  await expect
    .poll(async () => ((await lastOf(page, 'a', 'state'))?.state as { playing: boolean }).playing)
    .toBe(false);

  // A malformed message: a clear error back, the lab unchanged.
  const before = await frameClock(lab);
  await send(page, 'a', { type: 'goto', step: -3 });
  await expect.poll(async () => (await lastOf(page, 'a', 'error'))?.error).toBe('bad-step');
  expect((await lastOf(page, 'a', 'error'))?.message).toMatch(/non-negative integer/);
  await send(page, 'a', { type: 'explode' });
  await expect.poll(async () => (await lastOf(page, 'a', 'error'))?.error).toBe('unknown-type');
  expect(await frameClock(lab)).toBe(before);

  await send(page, 'a', { type: 'reset' });
  await expect(lab.getByTestId('terminal.output')).not.toContainText('kubectl scale sts web');
  await expect.poll(() => frameClock(lab)).toBe(0);

  await page.locator('#lab-a').scrollIntoViewIfNeeded();
  await shot(page, 'embed-host-page');
});

test('the host page’s buttons drive the lab', async ({ page }) => {
  await page.goto(hostUrl());
  const lab = page.frameLocator('#lab-a');
  await expect.poll(async () => (await lastOf(page, 'a', 'ready'))?.type).toBe('ready');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(lab.getByTestId('terminal.output')).toContainText('statefulset.apps/web scaled');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect.poll(() => frameClock(lab)).toBeGreaterThan(0);
});

test('messages from a foreign origin, or from anything but the parent, are ignored', async ({ page }) => {
  // The same host page, but on an origin the embed does not allow (localhost is not 127.0.0.1).
  await page.goto(hostUrl(`&allow=${encodeURIComponent(HOST_ORIGIN)}`, `http://localhost:${HOST_PORT}`));
  const lab = page.frameLocator('#lab-a');
  await expect(lab.getByTestId('terminal.output')).toContainText('kubectl apply -f web.yaml');
  await send(page, 'a', { type: 'run', command: 'kubectl scale sts web --replicas=4' });
  await send(page, 'a', { type: 'next' });
  await page.waitForTimeout(500);
  await expect(lab.getByTestId('terminal.output')).not.toContainText('replicas=4');
  expect(await frameClock(lab)).toBe(0);
  // Not a word of its state went to the foreign page.
  expect(await events(page, 'a')).toEqual([]);

  // From the lab's own origin, but a sibling frame rather than the parent: ignored too.
  await page.goto(hostUrl());
  await expect.poll(async () => (await lastOf(page, 'a', 'ready'))?.type).toBe('ready');
  const sibling = page.frames().find((f) => f.url().includes('id=b'))!;
  await sibling.evaluate(() =>
    parent.frames[0]!.postMessage(
      { protocol: 'statefulset-lab', version: 1, type: 'run', command: 'kubectl scale sts web --replicas=4' },
      '*',
    ),
  );
  await page.waitForTimeout(500);
  await expect(page.frameLocator('#lab-a').getByTestId('terminal.output')).not.toContainText('replicas=4');
});

test('two embeds on one page stay independent', async ({ page }) => {
  await page.goto(hostUrl());
  const a = page.frameLocator('#lab-a');
  const b = page.frameLocator('#lab-b');
  await expect.poll(async () => (await lastOf(page, 'b', 'ready'))?.embedId).toBe('b');
  await expect(b.getByTestId('cluster.picture').getByTestId('pod.kubia-0')).toBeVisible();
  // b shows only the panels it asked for, and takes no typing (read-only).
  await expect(b.getByTestId('terminal.input')).toBeHidden();
  await expect(b.getByRole('complementary', { name: 'Details' })).toBeHidden();

  await send(page, 'a', { type: 'run', command: 'kubectl scale sts web --replicas=3' });
  await send(page, 'a', { type: 'next' });
  await expect.poll(() => frameClock(a)).toBeGreaterThan(0);
  expect(await frameClock(b)).toBe(0);
  await expect(b.getByTestId('cluster.picture').getByTestId('pod.web-0')).toHaveCount(0);

  await send(page, 'b', { type: 'next' });
  await send(page, 'b', { type: 'next' });
  await expect.poll(() => frameClock(b)).toBeGreaterThan(0);
  await page.locator('#lab-b').scrollIntoViewIfNeeded();
  await shot(page, 'embed-host-page-second');
  const aClock = await frameClock(a);
  await send(page, 'b', { type: 'reset' });
  await expect.poll(() => frameClock(b)).toBe(0);
  expect(await frameClock(a)).toBe(aClock);
  // Each keeps its own storage namespace.
  const keys = await a.locator('html').evaluate(() => {
    localStorage.setItem('statefulset-lab:embed.a:probe', '1');
    return Object.keys(localStorage);
  });
  expect(keys.every((k) => !k.startsWith('statefulset-lab:embed.b:'))).toBe(true);
});

test('the embed dialog’s two-line snippet embeds what is on screen, and the host can drive it', async ({ page }) => {
  await page.goto('./?motion=off&preset=web');
  const input = page.getByTestId('terminal.input');
  await input.fill('kubectl scale sts web --replicas=3');
  await input.press('Enter');
  await classroomMenu(page, 'embed');
  const snippet = await dialogText(page, 'embed');
  expect(snippet.split('\n')).toHaveLength(2);
  expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?lang=en&amp;embed=1&amp;preset=web#s=1\./);
  await page.getByTestId('embed.copy').click();
  await expect(page.getByTestId('embed.status')).not.toBeEmpty();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');

  await page.goto(`${HOST_ORIGIN}/embed-example.html`);
  await page.evaluate((html) => {
    const box = document.createElement('div');
    box.innerHTML = html;
    document.body.append(box);
  }, snippet);
  const frame = page.frameLocator('iframe[title="StatefulSet Lab"]');
  await expect(frame.getByTestId('terminal.output')).toContainText('statefulset.apps/web scaled');
  await expect(frame.getByTestId('cluster.picture')).toBeVisible();
});

test('click to load: a deferred embed shows a start button and autoplays only once started', async ({ page }) => {
  await page.goto('./?embed=1&defer=1&autoplay=1&motion=off');
  await expect(page.getByTestId('classroom.poster')).toBeVisible();
  await expect(page.getByTestId('cluster.picture')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start the lab' }).click();
  await expect(page.getByTestId('cluster.picture')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Pause/ })).toBeVisible();
});

test('embed mode has no site chrome and no axe violations, on its own and in the host page', async ({ page }) => {
  test.slow(); // three axe passes, one of them over two frames
  await page.goto('./?embed=1&motion=off&preset=web');
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('StatefulSet Lab, embedded');
  await expectNoAxeViolations(page);
  await page.goto('./?embed=1&motion=off&preset=web&readonly=1&panels=picture,time&lang=zh-CN');
  await expect(page.getByTestId('terminal.input')).toBeHidden();
  await expectNoAxeViolations(page);
  await page.goto(hostUrl());
  await expect.poll(async () => (await lastOf(page, 'b', 'ready'))?.type).toBe('ready');
  // In the host page every rule holds but landmark-unique: two copies of one widget (and the
  // host's own <main>) necessarily repeat the same landmarks, each inside its own titled frame.
  const axe = await new AxeBuilder({ page }).disableRules(['landmark-unique']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('bad parameters are named, and the lab starts anyway', async ({ page }) => {
  await page.goto('./?embed=1&motion=off&speed=999&seed=abc&panels=nope');
  const notice = page.getByTestId('classroom.notice');
  for (const name of ['speed', 'seed', 'panels']) await expect(notice).toContainText(name);
  await expect(page.getByTestId('cluster.picture')).toBeVisible();
  await expectNoAxeViolations(page);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('the built lab works from a sub-path: links and snippets keep it', async ({ page }) => {
  const base = `${HOST_ORIGIN}${SUB_PATH}`;
  await page.goto(`${base}?motion=off&preset=web`);
  await expect(page.getByTestId('cluster.picture').getByTestId('pod.web-0')).toBeVisible();
  await classroomMenu(page, 'share');
  const url = await dialogText(page, 'share');
  expect(url.startsWith(`${base}?`)).toBe(true);
  await page.keyboard.press('Escape');
  await classroomMenu(page, 'embed');
  expect(await dialogText(page, 'embed')).toContain(`src="${base}?`);
  await page.goto(`${base}?embed=1&motion=off&preset=kubia`);
  await expect(page.getByTestId('cluster.picture').getByTestId('pod.kubia-0')).toBeVisible();
});
