// The built app under its Content-Security-Policy: no violation while a student uses it, no inline
// script in the page, inline script refused, and the third-party licence list one click away.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, openLab, run, settle, test } from './fixtures.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
    __inlineRan?: boolean;
  }
}

test.beforeEach(async ({ page }) => {
  // Registered before any page script runs, so violations during start-up count too.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations!.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
    );
  });
});

const violations = (page: import('@playwright/test').Page) => page.evaluate(() => window.__cspViolations ?? []);

test('the built page carries a strict policy and breaks none of it', async ({ page }) => {
  await openLab(page, 'web');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
  expect(csp).not.toMatch(/unsafe-eval/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  // Every script is a file: none inline, no inline event handlers.
  const inline = await page.evaluate(() => ({
    scripts: [...document.scripts].filter((s) => !s.src).length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name)))
      .length,
  }));
  expect(inline).toEqual({ scripts: 0, handlers: 0 });
  // Use the lab: commands, YAML, the table and side-by-side views, the other language.
  await settle(page);
  await run(page, 'kubectl get pods -o yaml');
  await run(page, 'kubectl scale sts web --replicas=5');
  await run(page, 'sim partition node-2');
  await page.getByTestId('view.table').click();
  await page.getByTestId('view.side-by-side').click();
  await page.getByTestId('theme').click();
  await page.goto('./?motion=full&preset=kubia&lang=zh-CN');
  await settle(page);
  expect(await violations(page)).toEqual([]);
});

test('inline script is refused', async ({ page, consoleProblems }) => {
  await openLab(page, 'empty');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
    return window.__inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src-elem: inline/)]);
  // The browser reports the refusal on the console: that is expected here, nothing else.
  const isCsp = (p: string) => /Content Security Policy/i.test(p);
  await expect.poll(() => consoleProblems.filter(isCsp).length).toBe(1);
  consoleProblems.splice(0, consoleProblems.length, ...consoleProblems.filter((p) => !isCsp(p)));
});

test('no bundled script evaluates strings as code', () => {
  // Playwright's own evaluate() may eval under any policy, so this is checked on the files: the
  // policy has no 'unsafe-eval', and nothing in the bundle would need it.
  const dir = fileURLToPath(new URL('../dist/assets/', import.meta.url));
  const js = readdirSync(dir).filter((f) => f.endsWith('.js'));
  expect(js.length).toBeGreaterThan(0);
  for (const f of js) {
    const code = readFileSync(join(dir, f), 'utf8');
    expect(code, f).not.toMatch(/(^|[^\w$.])(eval\(|new Function\b|Function\(\s*['"`])/);
    expect(code, f).not.toMatch(/set(Timeout|Interval)\(\s*['"`]/);
  }
});

test('the third-party licence list is built and linked from the keys panel', async ({ page, request }) => {
  await openLab(page, 'web');
  await page.getByTestId('keys').click();
  const link = page.getByTestId('licenses');
  await expect(link).toHaveText('Third-party licences');
  const res = await request.get(`./${(await link.getAttribute('href'))!.replace(/^\.\//, '')}`);
  expect(res.ok()).toBe(true);
  const text = await res.text();
  for (const pkg of ['react@', 'react-dom@', 'zustand@', 'xstate@', 'd3-scale@'])
    expect(text, pkg).toContain(`  ${pkg}`);
  expect(text).toContain('Permission is hereby granted');
});
