import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

/**
 * How many e2e files run at once: two unless E2E_WORKERS says otherwise. Each file drives its own
 * Chromium with software WebGL (Mesa's llvmpipe, see scripts/chromium.mjs); two files keep a two-core
 * machine about 95% busy (quiet 2-core machine: the e2e project in 9.7 min with llvmpipe; with
 * SwiftShader it was 16.7 min, 18.2 with one file at a time; since flows run once and resize for
 * their layout checks, the whole npm test took 8.9 min there; with the office-file, file-format and two-tab tests of issue 12, 12.0 min. On a crowded machine set E2E_WORKERS=1.
 */
const E2E_WORKERS = Math.max(1, Math.floor(Number(process.env.E2E_WORKERS)) || 2);

// Three projects: `unit` in Node, `e2e` (the built app) and `browser` in Debian's Chromium (no downloaded browser).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // Worker threads, and modules loaded once per worker rather than once per file: the unit files
          // mock nothing and share no module state (they pass in any order: --sequence.shuffle), and
          // loading src/ again for each of 80 files was most of their time (2-core machine: 64 s → 25 s).
          pool: 'threads',
          isolate: false,
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
