// Screenshots of the key moments at the projector size and on a large monitor, in both themes,
// to look at (test-results/screens/, not committed). Each also checks nothing overflows the page.
import { MONITOR, PROJECTOR, action, expect, inspect, openLab, shot, showStream, skip, test } from './fixtures.ts';

const SIZES = { projector: PROJECTOR, monitor: MONITOR, tablet: { width: 768, height: 1024 } };

for (const [sizeName, viewport] of Object.entries(SIZES)) {
  for (const theme of sizeName === 'tablet' ? (['light'] as const) : (['light', 'dark'] as const)) {
    test(`screens at ${sizeName} in ${theme}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const name = (s: string) => `${sizeName}-${theme}-${s}`;
      await openLab(page, 'web', `theme=${theme}`);
      await shot(page, name('1-start'));
      if (sizeName === 'tablet')
        await page.screenshot({ path: `test-results/screens/${name('1-full')}.png`, fullPage: true });
      await skip(page);
      await inspect(page, 'Pod', 'web-0');
      await shot(page, name('2-web-0-ready'));
      await showStream(page);
      await page.getByTestId('stream.tab.events').click();
      await page.getByTestId('keys').click();
      await shot(page, name('2b-events-and-keys'));
      await page.getByTestId('keys').click();
      await page.getByTestId('stream.tab.watch').click();
      await shot(page, name('2c-watch'));
      await skip(page);
      await inspect(page, 'Node', 'node-1');
      await action(page, 'partition');
      await skip(page);
      await skip(page);
      await inspect(page, 'Pod', 'web-0');
      await action(page, 'force-delete');
      await skip(page);
      await shot(page, name('3-ghost'));
      await page.getByTestId('view.table').click();
      await shot(page, name('4-table'));
      await page.getByTestId('preset').selectOption('cattle-vs-cows');
      await page.getByTestId('view.side-by-side').click();
      await page.getByRole('button', { name: 'Picture' }).click();
      await skip(page);
      await skip(page);
      await shot(page, name('5-side-by-side'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(overflow, 'horizontal page overflow').toBe(false);
    });
  }
}
