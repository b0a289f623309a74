// Browser benchmarks (headless Chromium at 1366×768 against the built app under `vite preview`):
// load to interactive, JavaScript shipped before the first interaction, click-to-paint of one Step
// at 10 and 200 pods, frame times while playing 50 pods, and heap growth over a long autoplay.
// A benchmark, not a test: slow numbers are printed, never failed on.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import type { Figure } from './engine.ts';

const VIEWPORT = { width: 1366, height: 768 };
/** The playback loop's fastest speed (SPEEDS in src/store/lab.ts). */
const TOP_SPEED = 16;
const HEAP_VIRTUAL_MS = 30 * 60_000;
const HEAP_WALL_BUDGET_MS = 110_000;
/** Issue 8's budgets for the Step's click-to-paint p95, by pod count. */
const STEP_BUDGET_MS: Record<number, number> = { 10: 16, 200: 50 };

/** Where `vite preview` serves dist/ (set once the server is up). */
let baseURL = '';

async function newPage(browser: Browser): Promise<Page> {
  const ctx = await browser.newContext({ viewport: VIEWPORT, baseURL });
  // tsx (esbuild keepNames) wraps named functions in page callbacks with `__name(…)`: give the page one.
  await ctx.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  return ctx.newPage();
}

/** Builds dist/ from the sources as they are (a few seconds), so the figures never describe a stale build. */
function build(): void {
  console.log('building dist/ for the browser benchmarks…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function startPreview(port: number): Promise<ChildProcess> {
  const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stopPreview(child);
  throw new Error(`vite preview did not answer on ${url}`);
}

function stopPreview(child: ChildProcess): void {
  if (child.exitCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM'); // the whole group: npx and the vite it started
  } catch {
    child.kill('SIGTERM');
  }
}

function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
}

const round1 = (x: number) => Number(x.toFixed(1));

async function run(page: Page, line: string): Promise<void> {
  const input = page.getByTestId('terminal.input');
  await input.fill(line);
  await input.press('Enter');
  await page.waitForFunction(
    () => (document.querySelector('[data-testid="terminal.input"]') as HTMLInputElement | null)?.value === '',
    undefined,
    { timeout: 60_000 },
  );
}

async function podCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('[data-testid="cluster.picture"] [data-testid^="pod."]').length);
}

/** A fresh page on the empty preset with `replicas` pods of web scaled up and settled. */
async function worldWith(browser: Browser, replicas: number, motion: 'off' | 'full'): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`./?preset=empty${motion === 'off' ? '&motion=off' : ''}`);
  await page.getByTestId('terminal.input').waitFor();
  await run(page, 'kubectl apply -f web.yaml');
  await run(page, `kubectl scale sts web --replicas=${replicas}`);
  // OrderedReady brings pods up one at a time: 200 on the 3-node cluster need about 21 virtual minutes.
  await run(page, `sleep ${Math.max(120, replicas * 8)}`);
  await run(page, 'clear');
  return page;
}

/**
 * Navigation start → picture and terminal present and the terminal enabled. JavaScript: what had
 * arrived by then (what the first interaction needed), and everything fetched once the network is
 * idle (adds what loads after the first paint: the command executor).
 */
async function loadFigures(browser: Browser): Promise<Figure[]> {
  const page = await newPage(browser);
  const js = new Map<string, Promise<{ raw: number; gz: number }>>();
  page.on('response', (r) => {
    const type = r.headers()['content-type'] ?? '';
    if (r.request().resourceType() !== 'script' && !/javascript/.test(type) && !/\.m?js(\?|$)/.test(r.url())) return;
    js.set(
      r.url(),
      r.body().then(
        (b) => ({ raw: b.length, gz: gzipSync(b, { level: 9 }).length }),
        () => ({ raw: 0, gz: 0 }),
      ),
    );
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __interactive?: number; __scripts?: string[] };
    const check = () => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="terminal.input"]');
      const picture = document.querySelector('[data-testid="cluster.picture"]');
      if (input && picture && !input.disabled && !input.readOnly) {
        const now = performance.now();
        w.__interactive = now;
        // Scripts whose download had finished by now (the page itself is fetched before any).
        w.__scripts = performance
          .getEntriesByType('resource')
          .filter((e) => /\.m?js(\?|$)/.test(e.name) && (e as PerformanceResourceTiming).responseEnd <= now)
          .map((e) => e.name);
        return true;
      }
      return false;
    };
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  });
  await page.goto('./?preset=web', { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __interactive?: number }).__interactive !== undefined);
  const { ms, scripts } = await page.evaluate(() => {
    const w = window as unknown as { __interactive: number; __scripts: string[] };
    return { ms: w.__interactive, scripts: w.__scripts };
  });
  await page.waitForLoadState('networkidle');
  // It accepts input: a keystroke lands in the field.
  const input = page.getByTestId('terminal.input');
  await input.pressSequentially('k');
  const accepted = (await input.inputValue()) === 'k';
  await page.context().close();
  const all = await Promise.all([...js].map(async ([url, size]) => ({ url, ...(await size) })));
  const before = all.filter((s) => scripts.includes(s.url));
  const kB = (list: { gz: number }[]) => list.reduce((a, s) => a + s.gz, 0) / 1024;
  const rawKB = (list: { raw: number }[]) => list.reduce((a, s) => a + s.raw, 0) / 1024;
  return [
    {
      name: 'browser: load to interactive',
      value: Math.round(ms),
      unit: 'ms',
      note: accepted ? 'picture + terminal present, input enabled' : 'terminal did NOT accept a keystroke',
    },
    {
      name: 'browser: JS before first interaction (gzip)',
      value: round1(kB(before)),
      unit: 'kB',
      note: `${before.length} file(s), ${rawKB(before).toFixed(1)} kB uncompressed`,
      budget: { max: 160 },
    },
    {
      name: 'browser: JS once the network is idle (gzip)',
      value: round1(kB(all)),
      unit: 'kB',
      note: `${all.length} file(s): adds what loads after the first paint`,
    },
  ];
}

/** Click on Step → the next paint after the DOM changed, 20 times, at `replicas` pods. */
async function stepFigures(browser: Browser, replicas: number): Promise<Figure[]> {
  const t0 = performance.now();
  const page = await worldWith(browser, replicas, 'off');
  const pods = await podCount(page);
  // A rolling update gives every Step something to show.
  await run(page, 'kubectl set image sts web nginx=nginx:1.27');
  const setupS = (performance.now() - t0) / 1000;
  const samples: number[] = [];
  const tracing = await startTracing(page);
  for (let i = 0; i < 20; i++) {
    samples.push(
      await page.evaluate(
        (i) =>
          new Promise<number>((resolve) => {
            performance.mark(`bench-step-${i}`);
            const button = document.querySelector<HTMLButtonElement>('button[aria-label="Step to the next change"]')!;
            let start = 0;
            const observer = new MutationObserver(() => {
              observer.disconnect();
              // The rAF callback runs in the frame that renders the change; a task posted from it
              // runs once that frame's style, layout and paint are done ("after next paint").
              requestAnimationFrame(() => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => resolve(performance.now() - start);
                channel.port2.postMessage(null);
              });
            });
            observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
            start = performance.now();
            button.click();
          }),
        i,
      ),
    );
  }
  await page.evaluate(() => performance.mark('bench-step-end'));
  const cpu = await mainThreadCpuPerStep(tracing);
  await page.context().close();
  const note = `${pods} pods in the picture, rolling update, motion off, 20 steps; setup ${setupS.toFixed(0)} s`;
  return [
    {
      name: `browser: Step click-to-paint p50 @${replicas} pods`,
      value: round1(quantile(samples, 0.5)),
      unit: 'ms',
      note,
    },
    {
      name: `browser: Step click-to-paint p95 @${replicas} pods`,
      value: round1(quantile(samples, 0.95)),
      unit: 'ms',
      ...(STEP_BUDGET_MS[replicas] ? { budget: { max: STEP_BUDGET_MS[replicas] } } : {}),
    },
    {
      name: `browser: Step main-thread CPU p95 @${replicas} pods`,
      value: round1(quantile(cpu, 0.95)),
      unit: 'ms',
      note: `thread time of the renderer's main-thread tasks per step (p50 ${round1(quantile(cpu, 0.5))} ms): what a step costs, whatever else the machine runs`,
    },
  ];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  tts?: number;
}

/** Starts a Chromium trace of the page's user-timing marks. */
async function startTracing(page: Page): Promise<{ cdp: CDPSession; events: TraceEvent[]; done: Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'blink.user_timing', transferMode: 'ReportEvents' });
  return { cdp, events, done };
}

/**
 * Main-thread CPU time from one `bench-step-<i>` mark to the next: the marks carry the thread's
 * clock (tts), which stands still while the OS runs other processes, so this is what a step costs
 * the renderer (its click, render, layout and paint, and the harness's little round trip).
 */
async function mainThreadCpuPerStep(tracing: Awaited<ReturnType<typeof startTracing>>): Promise<number[]> {
  await tracing.cdp.send('Tracing.end');
  await tracing.done;
  const marks = tracing.events
    .filter((e) => e.name.startsWith('bench-step-') && e.tts !== undefined)
    .sort((a, b) => a.ts - b.ts);
  return marks.slice(1).map((m, i) => (m.tts! - marks[i]!.tts!) / 1000);
}

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

const clockMs = (page: Page) =>
  page.evaluate(() => Number(document.querySelector('[data-testid="clock"]')?.getAttribute('data-ms')));

/** rAF deltas over ~5 s of wall time, measured inside the page. */
function frameDeltas(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const out: number[] = [];
        let last = 0;
        const end = performance.now() + 5000;
        const frame = (now: number) => {
          if (last) out.push(now - last);
          last = now;
          if (now < end) requestAnimationFrame(frame);
          else resolve(out);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/** Frame times while playing a rolling update of `replicas` pods at top speed. */
async function frameFigures(browser: Browser, replicas: number): Promise<Figure[]> {
  const page = await worldWith(browser, replicas, 'full');
  await run(page, 'kubectl set image sts web nginx=nginx:1.27');
  await page.getByTestId('time.speed').selectOption(String(TOP_SPEED));
  await page.getByTestId('time.play').click();
  const deltas = await frameDeltas(page);
  await page.getByTestId('time.play').click();
  await page.context().close();
  const mean = deltas.reduce((a, d) => a + d, 0) / Math.max(1, deltas.length);
  return [
    {
      name: `browser: frame time p95 playing @${replicas} pods`,
      value: round1(quantile(deltas, 0.95)),
      unit: 'ms',
      note: `mean ${round1(mean)} ms, ${deltas.length} frames, ${TOP_SPEED}×, motion full`,
    },
  ];
}

/** Plays 50 pods at top speed: rAF deltas for ~5 s, then heap growth over (up to) 30 virtual minutes. */
async function playFigures(browser: Browser): Promise<Figure[]> {
  const page = await worldWith(browser, 50, 'full');
  const pods = await podCount(page);
  await run(page, 'kubectl set image sts web nginx=nginx:1.27');
  await page.getByTestId('time.speed').selectOption(String(TOP_SPEED));
  const cdp = await page.context().newCDPSession(page);
  const heap0 = await heapMB(cdp);
  const clock0 = await clockMs(page);
  const wall0 = performance.now();
  await page.getByTestId('time.play').click();
  const deltas = await frameDeltas(page);
  // Keep playing until 30 virtual minutes have passed or the wall budget is spent.
  while ((await clockMs(page)) - clock0 < HEAP_VIRTUAL_MS && performance.now() - wall0 < HEAP_WALL_BUDGET_MS)
    await page.waitForTimeout(1000);
  await page.getByTestId('time.play').click();
  const virtualMin = ((await clockMs(page)) - clock0) / 60_000;
  const wallS = (performance.now() - wall0) / 1000;
  const heap1 = await heapMB(cdp);
  await page.context().close();
  const mean = deltas.reduce((a, d) => a + d, 0) / Math.max(1, deltas.length);
  const note = `${pods} pods, rolling update, ${TOP_SPEED}×, motion full, ${deltas.length} frames`;
  return [
    {
      name: 'browser: frame time p95 playing @50 pods',
      value: round1(quantile(deltas, 0.95)),
      unit: 'ms',
      note,
      budget: { max: 20 },
    },
    { name: 'browser: frame time mean playing @50 pods', value: round1(mean), unit: 'ms' },
    {
      name: 'browser: heap growth over autoplay',
      value: round1(heap1 - heap0),
      unit: 'MB',
      budget: { max: 20 },
      note: `${virtualMin.toFixed(1)} virtual min in ${wallS.toFixed(0)} s wall at ${TOP_SPEED}×; ${heap0.toFixed(1)} → ${heap1.toFixed(1)} MB after GC`,
    },
  ];
}

/** `BENCH_ONLY=step` (a regular expression) runs only the groups it matches: engine, load, step@10… */
export function wanted(group: string): boolean {
  const only = process.env.BENCH_ONLY;
  return !only || new RegExp(only).test(group);
}

export async function browserFigures(): Promise<Figure[]> {
  if (!['load', 'step@10', 'step@200', 'frame@10', 'play@50', 'frame@200'].some(wanted)) return [];
  build();
  const port = await freePort();
  const preview = await startPreview(port);
  const stop = () => stopPreview(preview);
  process.once('exit', stop);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
    });
    baseURL = `http://127.0.0.1:${port}/`;
    const groups: [string, () => Promise<Figure[]>][] = [
      ['load', () => loadFigures(browser!)],
      ['step@10', () => stepFigures(browser!, 10)],
      ['step@200', () => stepFigures(browser!, 200)],
      ['frame@10', () => frameFigures(browser!, 10)],
      ['play@50', () => playFigures(browser!)],
      ['frame@200', () => frameFigures(browser!, 200)],
    ];
    const out: Figure[] = [];
    for (const [name, measure] of groups) if (wanted(name)) out.push(...(await measure()));
    return out;
  } finally {
    await browser?.close();
    stop();
    process.removeListener('exit', stop);
  }
}
