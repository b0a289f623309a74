import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two checkouts on one machine run their e2e suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * Which Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
 * browser (undefined). Playwright's CDN is unreachable on some CI machines, so a system Chromium wins.
 */
function resolveChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

function playwrightBrowserInstalled(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

const executablePath = resolveChromium();

// Warn once (in the runner, not in each worker) when no browser can be found at all.
if (!executablePath && !playwrightBrowserInstalled() && process.env.TEST_WORKER_INDEX === undefined) {
  console.error(
    [
      '',
      'StatefulSet Lab e2e: no Chromium found. Get one of:',
      '  - Debian/Ubuntu:  sudo apt-get install -y chromium   (used automatically from /usr/bin/chromium)',
      "  - Playwright's own browser:  npx playwright install chromium",
      '  - any Chromium binary:  CHROMIUM_PATH=/path/to/chromium npm run e2e',
      '',
    ].join('\n'),
  );
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1, // sized for 2-core CI machines
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath, args: ['--disable-gpu'] },
      },
    },
  ],
  webServer: {
    // Test the production bundle, served as a static host would.
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
