import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Temporary files of the whole run under one folder, removed at the end.
    globalSetup: ['tests/global-setup.ts'],
    // Browser and PDF tests need far more than the default 5 s on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    env: { TZ: 'Europe/Oslo' },
  },
});
