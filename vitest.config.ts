import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

/**
 * How many e2e files run at once: one unless E2E_WORKERS says more. On a quiet machine a second
 * file can use the time the first leaves a core idle; on a crowded one (eight sessions sharing two
 * cores) two at once ran past the 120 s test timeout, so it is a choice, not the default.
 */
const E2E_WORKERS = Math.max(1, Math.floor(Number(process.env.E2E_WORKERS)) || 1);

// Three projects: `unit` in Node, `e2e` (the built app) and `browser` in Debian's Chromium (no downloaded browser).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        // Whole-app tests: built and served with `vite preview` once per run (global-setup.ts), each file
        // driving Debian's Chromium with playwright-core (tests/e2e/harness.ts).
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          maxWorkers: E2E_WORKERS,
          // Their own group, after unit and browser: the projects of a group share one worker count.
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
