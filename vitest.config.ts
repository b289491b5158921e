import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // A few unit tests start the project's commands as a user would: never bound by the machine's speed.
          testTimeout: 120_000,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/build/**', 'tests/browser/**'],
          globalSetup: ['tests/temp-setup.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // Build and browser tests run the real Eleventy CLI; give them time on a 2-core machine.
          testTimeout: 240_000,
          hookTimeout: 300_000,
          // The sample site is built once for every build and browser test.
          globalSetup: ['tests/temp-setup.ts', 'tests/global-setup.ts'],
        },
      },
    ],
  },
});
