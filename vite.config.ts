/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  // Relative asset URLs, so the built app works from any sub-path of a static host.
  base: './',
  plugins: [react()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    // Keep Vitest off Playwright's e2e/*.spec.ts.
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
    environment: 'node',
    // Timelines get the command executor synchronously, as in every Node consumer.
    setupFiles: ['src/test-setup.ts'],
  },
});
