/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './build/csp.ts';
import { licensesPlugin } from './build/licenses.ts';

export default defineConfig({
  // Relative asset URLs, so the built app works from any sub-path of a static host.
  base: './',
  plugins: [
    react(),
    cspPlugin(),
    licensesPlugin({ nodeModules: fileURLToPath(new URL('./node_modules', import.meta.url)), app: 'StatefulSet Lab' }),
  ],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    // Keep Vitest off Playwright's e2e/*.spec.ts.
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
    // Timelines get the command executor synchronously, as in every Node consumer.
    setupFiles: ['src/test-setup.ts'],
  },
});
