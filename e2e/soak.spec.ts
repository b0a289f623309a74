// Browser soak: thousands of random things a student does (typed commands, clicks on pods, nodes
// and buttons, play/pause, steps, seeks, skips, keyboard shortcuts, chaos) against the built app.
// Every batch: the engine's invariants hold (read through the read-only ?test=1 probe), nothing
// went to the console; at the end the JS heap after garbage collection is where it was after the
// first round. SOAK_ACTIONS=5000 for a long run; SOAK_SEED for other random sequences.
import fc from 'fast-check';
import type { CDPSession, Page } from '@playwright/test';
import { line, usefulLine } from '../src/commands/fuzz-grammar.ts';
import type { LabProbe } from '../src/app/testProbe.ts';
import { expect, test } from './fixtures.ts';

const ACTIONS = Number(process.env.SOAK_ACTIONS ?? 250);
const SEED = Number(process.env.SOAK_SEED ?? 20261126);
/** Actions between resets; the first reset's heap is the baseline. */
const ROUND = Math.min(150, Math.ceil(ACTIONS / 2));
const CHECK_EVERY = 25;
/** Heap growth allowed between the first round's end and the last's, after GC, same preset. */
const HEAP_BUDGET_MB = 20;

/** mulberry32: a small seeded generator, so a failing soak replays with its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const probe = (page: Page) => page.evaluate(() => window.__labProbe!());

async function heapMb(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

async function typeCommand(page: Page, text: string): Promise<void> {
  const input = page.getByTestId('terminal.input');
  await input.fill(text);
  await input.press('Enter');
  // Only a line the shell accepted clears the input; an empty one leaves it empty anyway.
  await expect(input).toHaveValue('');
}

/**
 * Clicks (or, with `keyboard`, focuses and presses Enter on) one of the visible buttons matching
 * `selector`; false when none is there. Nodes are partly covered by their pods, so the picture's
 * figures are activated from the keyboard, as a keyboard user would.
 */
async function clickOne(page: Page, selector: string, pick: number, keyboard = false): Promise<boolean> {
  const all = page.locator(selector).filter({ visible: true });
  const n = await all.count();
  if (!n) return false;
  const target = all.nth(Math.floor(pick * n));
  try {
    if (keyboard) {
      await target.focus({ timeout: 2000 });
      await target.press('Enter', { timeout: 2000 });
    } else await target.click({ timeout: 2000 });
    return true;
  } catch (e) {
    // The picture re-rendered between counting and clicking: that button is gone, not broken.
    if (e instanceof Error && /Timeout/.test(e.name + e.message) && (await target.count()) === 0) return false;
    throw e;
  }
}

test('soak: random actions keep the engine consistent and the heap flat', async ({ page, consoleProblems }) => {
  // Generous: a shared 2-core CI box can be slow; a hang still fails, at the action that hung.
  test.setTimeout(Math.max(300_000, ACTIONS * 1500));
  const random = rng(SEED);
  const commands = fc.sample(fc.oneof({ weight: 3, arbitrary: usefulLine }, { weight: 1, arbitrary: line }), {
    seed: SEED,
    numRuns: ACTIONS,
  });
  await page.goto('./?motion=off&preset=web&test=1');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  const log: string[] = [];
  const done = { commands: 0, clicks: 0, missed: 0, keys: 0, checks: 0 };
  let heapAfterFirstRound = 0;
  let slowest = 0;

  const actions: [number, (r: number) => Promise<string>][] = [
    [
      30,
      async () => {
        const c = commands[done.commands++ % commands.length]!;
        await typeCommand(page, c);
        return `type ${JSON.stringify(c)}`;
      },
    ],
    [
      10,
      async (r) =>
        (await clickOne(page, '[data-testid^="pod."] [role="button"], [data-testid^="pod."][role="button"]', r, true))
          ? 'click pod'
          : 'no pod',
    ],
    [
      5,
      async (r) =>
        (await clickOne(page, '[data-testid^="node."] [role="button"]', r, true)) ? 'click node' : 'no node',
    ],
    [8, async (r) => ((await clickOne(page, '[data-testid^="action."]:enabled', r)) ? 'click action' : 'no action')],
    [6, async () => (await page.getByTestId('time.play').click(), 'play/pause')],
    [8, async () => (await page.getByTestId('time.step').click(), 'step')],
    [6, async () => (await page.getByTestId('time.skip').click(), 'skip')],
    [
      5,
      async (r) => {
        const scrubber = page.getByTestId('timeline.scrubber');
        await scrubber.focus();
        const key = ['Home', 'End', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown'][Math.floor(r * 6)]!;
        await page.keyboard.press(key);
        return `seek ${key}`;
      },
    ],
    [
      6,
      async (r) => {
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        const key = ['ArrowRight', 'ArrowLeft', 'Shift+ArrowRight', 'Space', 'k', 'PageDown'][Math.floor(r * 6)]!;
        await page.keyboard.press(key);
        return `key ${key}`;
      },
    ],
    [3, async () => (await page.getByTestId('view.table').click(), 'table view')],
    [
      3,
      async () => (
        await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Picture' }).click(),
        'picture view'
      ),
    ],
    [2, async () => (await page.getByTestId('view.side-by-side').click(), 'side by side')],
    [2, async () => (await page.getByTestId('theme').click(), 'theme')],
    [
      3,
      async (r) => {
        const toggle = page.getByTestId('sidebar.stream');
        if (await toggle.isVisible()) await toggle.click();
        return (await clickOne(page, '[data-testid^="stream.tab."]:enabled', r)) ? 'stream tab' : 'no stream tab';
      },
    ],
    [
      2,
      async (r) => {
        const s = ['web', 'kubia', 'cattle-vs-cows', 'empty'][Math.floor(r * 4)]!;
        await page.getByTestId('preset').selectOption(s);
        return `preset ${s}`;
      },
    ],
  ];
  const total = actions.reduce((s, [w]) => s + w, 0);

  const check = async (i: number) => {
    const p: LabProbe = await probe(page);
    const ctx = `after action ${i} (seed ${SEED}):\n${log.slice(-8).join('\n')}`;
    expect(p.invariants.broken, ctx).toEqual([]);
    if (!p.forced) expect(p.invariants.duplicates, `${ctx}\nat most one, nothing forced`).toEqual([]);
    expect(p.cursor, ctx).toBeLessThanOrEqual(p.head);
    expect(consoleProblems, ctx).toEqual([]);
    done.checks++;
  };

  /**
   * Back to the same starting point, then the heap after GC: compared like with like (a
   * timeline's history grows by design; a leak survives the reset).
   */
  const reset = async (): Promise<number> => {
    if (/Pause/.test((await page.getByTestId('time.play').textContent()) ?? ''))
      await page.getByTestId('time.play').click();
    await page.getByTestId('preset').selectOption('kubia');
    await page.getByTestId('preset').selectOption('web');
    await page.getByTestId('view.table').click();
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Picture' }).click();
    const mb = await heapMb(cdp);
    log.push(`heap ${mb.toFixed(1)} MB`);
    if (!heapAfterFirstRound) heapAfterFirstRound = mb;
    return mb;
  };

  for (let i = 1; i <= ACTIONS; i++) {
    let r = random() * total;
    const [, act] = actions.find(([w]) => (r -= w) < 0) ?? actions[0]!;
    const t0 = Date.now();
    const what = await act(random());
    const ms = Date.now() - t0;
    log.push(`${i}: ${what}${ms > 3000 ? ` (slow: ${ms} ms)` : ''}`);
    slowest = Math.max(slowest, ms);
    if (what.startsWith('click') || what.startsWith('no ')) done[what.startsWith('no ') ? 'missed' : 'clicks']++;
    else if (what.startsWith('key') || what.startsWith('seek')) done.keys++;
    if (i % CHECK_EVERY === 0) await check(i);
    if (i % ROUND === 0) await reset();
  }
  await check(ACTIONS);
  const end = await reset();
  console.info(
    `soak: ${ACTIONS} actions (${JSON.stringify(done)}), heap after round 1 ${heapAfterFirstRound.toFixed(1)} MB, at end ${end.toFixed(1)} MB, slowest action ${slowest} ms`,
  );
  expect(end - heapAfterFirstRound).toBeLessThan(HEAP_BUDGET_MB);
});
