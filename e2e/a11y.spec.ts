// Accessibility sweep: every interactive element reached by Tab shows a visible focus indicator,
// and nothing interactive is out of the keyboard's reach; reduced motion means no animation at
// all; the live regions narrate; axe finds nothing in the modes the other specs don't visit.
import type { Page } from '@playwright/test';
import { PROJECTOR, expect, expectNoAxeViolations, openLab, picture, run, skip, test } from './fixtures.ts';

test.use({ viewport: PROJECTOR });

interface Focused {
  id: string;
  /** How the focus shows: outline, halo, or the picture's focus ring; '' when it does not. */
  indicator: string;
}

/** Describes the focused element and how its focus is drawn. */
const focused = (page: Page) =>
  page.evaluate((): Focused | null => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const label = el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? el.id ?? '';
    const id = `${el.tagName.toLowerCase()}${label ? `[${label}]` : ''}:${(el.textContent ?? '').trim().slice(0, 30)}`;
    const cs = getComputedStyle(el);
    const px = (v: string) => parseFloat(v) || 0;
    // SVG figures draw a focus ring of their own (CSS outlines and shadows don't show on SVG).
    if (el instanceof SVGElement) {
      const ring = el.querySelector(':scope > .cp-focus');
      const r = ring && getComputedStyle(ring);
      if (
        r &&
        r.stroke !== 'none' &&
        px(r.strokeWidth) >= 2 &&
        px(r.strokeOpacity || '1') > 0.5 &&
        px(r.opacity || '1') > 0.5
      )
        return { id, indicator: `ring ${r.strokeWidth}` };
      return { id, indicator: '' };
    }
    if (cs.outlineStyle !== 'none' && px(cs.outlineWidth) >= 2) return { id, indicator: `outline ${cs.outlineWidth}` };
    if (cs.boxShadow && cs.boxShadow !== 'none') return { id, indicator: 'box-shadow' };
    return { id, indicator: '' };
  });

/** Interactive elements a mouse user could use right now. */
const interactive = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement | SVGElement>(
        'a[href], button:not([disabled]), select:not([disabled]), input:not([disabled]), textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])',
      ),
    ]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const shown = el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true });
        return shown && r.width > 0 && r.height > 0 && !el.closest('[inert],[aria-hidden="true"]');
      })
      .map((el) => {
        el.setAttribute('data-a11y-probe', '');
        return el.outerHTML.slice(0, 80);
      }),
  );

async function tabThrough(page: Page): Promise<{ seen: Focused[]; untouched: string[] }> {
  await interactive(page);
  // Start from the top: focus the body itself (a click elsewhere would leave the starting point there).
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  const seen: Focused[] = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    // Tab stays in the terminal only with text in it; it is empty here.
    const f = await focused(page);
    if (!f) break;
    if (seen.some((s) => s.id === f.id) && seen[0]?.id === f.id) break;
    seen.push(f);
    await page.evaluate(() => document.activeElement?.removeAttribute('data-a11y-probe'));
  }
  const untouched = await page.evaluate(() =>
    [...document.querySelectorAll('[data-a11y-probe]')].map((el) => el.outerHTML.slice(0, 100)),
  );
  return { seen, untouched };
}

for (const theme of ['light', 'dark'] as const) {
  test(`every control is reachable by Tab with a visible focus (${theme})`, async ({ page }) => {
    await openLab(page, 'web', `theme=${theme}`);
    await skip(page);
    await skip(page);
    const { seen, untouched } = await tabThrough(page);
    expect(seen.length).toBeGreaterThan(15);
    expect(seen.filter((s) => !s.indicator).map((s) => s.id)).toEqual([]);
    expect(untouched).toEqual([]);
    // The same in the table view and side by side.
    await page.getByTestId('view.table').click();
    await page.getByTestId('view.side-by-side').click();
    const again = await tabThrough(page);
    expect(again.seen.filter((s) => !s.indicator).map((s) => s.id)).toEqual([]);
    expect(again.untouched).toEqual([]);
  });
}

test('reduced motion: the system setting is honoured and nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?preset=web');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Motion' })).toHaveValue('reduced');
  await run(page, 'kubectl scale sts web --replicas=3');
  for (let i = 0; i < 4; i++) {
    await page.getByTestId('time.skip').click();
    // No time-lapse either: the clock jumps.
    await expect(page.getByTestId('clock.lapse')).toHaveCount(0);
    const running = await page.evaluate(() =>
      document
        .getAnimations()
        .filter((a) => a.playState === 'running')
        .map(
          (a) => `${(a.effect as KeyframeEffect | null)?.target?.getAttribute('class') ?? '?'}: ${a.constructor.name}`,
        ),
    );
    expect(running).toEqual([]);
  }
  await run(page, 'dig SRV nginx.default.svc.cluster.local +short');
  expect(await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length)).toBe(0);
});

test('the live regions narrate commands, time and the cluster', async ({ page }) => {
  await openLab(page, 'web');
  const said = page.getByTestId('live.announcement');
  const narration = page.getByTestId('live.narration');
  await expect(said).toHaveAttribute('aria-live', 'polite');
  await expect(narration).toHaveAttribute('aria-live', 'polite');
  await run(page, 'kubectl scale sts web --replicas=2');
  await expect(said).toContainText('kubectl scale sts web --replicas=2: done');
  await run(page, 'kubectl get pods nope');
  await expect(said).toContainText('failed');
  await skip(page);
  await expect(narration).not.toBeEmpty();
  await page.getByTestId('time.play').click();
  await expect(said).toHaveText('Playing.');
  await page.getByTestId('time.play').click();
  await expect(said).toHaveText('Paused.');
});

test('no axe violations: reduced motion, dark, Chinese, keys panel open, table view', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'dark' });
  await page.goto('./?preset=cattle-vs-cows&lang=zh-CN');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await skip(page);
  await page.getByTestId('keys').click();
  await expectNoAxeViolations(page);
  await page.getByTestId('view.table').click();
  await expectNoAxeViolations(page);
  await page.getByTestId('theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expectNoAxeViolations(page);
});

test('colour is never the only signal: each pod state has its own glyph, nodes say theirs in words', async ({
  page,
}) => {
  await openLab(page, 'web');
  await run(page, 'kubectl scale sts web --replicas=3');
  await skip(page);
  await run(page, 'sim partition node-1');
  for (let i = 0; i < 3; i++) await skip(page);
  await run(page, 'kubectl scale sts web --replicas=5');
  await skip(page);
  // Each pod: its state, the shape of its badge (geometry only, no colour), its accessible name.
  const pods = await picture(page)
    .locator('[data-testid^="pod."]')
    .evaluateAll((els) =>
      els.map((el) => {
        const badge = el.querySelector('.cp-badge');
        const shape = badge
          ? [...badge.querySelectorAll('*')]
              .map((n) => `${n.tagName}:${n.getAttribute('d') ?? n.getAttribute('r') ?? ''}`)
              .join(' ')
          : '';
        return {
          state: el.getAttribute('data-state') ?? '',
          shape,
          label: el.querySelector('[role="button"]')?.getAttribute('aria-label') ?? '',
        };
      }),
    );
  const shapes = new Map<string, string>();
  for (const p of pods) {
    expect(p.shape, p.state).not.toBe('');
    expect(shapes.get(p.state) ?? p.shape, p.state).toBe(p.shape);
    shapes.set(p.state, p.shape);
    expect(p.label).toMatch(
      /: (Running|Pending|ContainerCreating|Terminating|Unknown|Completed|Error|ErrImagePull|ImagePullBackOff)/,
    );
  }
  // Several states are on screen, and no two share a glyph.
  expect(shapes.size).toBeGreaterThan(1);
  expect(new Set(shapes.values()).size).toBe(shapes.size);
  await expect(picture(page).getByTestId('node.node-1').locator('.cp-node-status')).toHaveText(/NotReady|Unknown/);
  await expect(picture(page).getByTestId('node.node-2').locator('.cp-node-status')).toHaveText(/Ready/);
});
