import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    // One Chromium at a time: the machines have two cores.
    fileParallelism: false,
    testTimeout: 90_000,
    // Every UI check waits for its state (expect.poll), up to this long: a slow machine is not a failure.
    expect: { poll: { timeout: 15_000, interval: 50 } },
    hookTimeout: 120_000,
    reporters: process.env.CI_JSON ? ['default', ['json', { outputFile: 'test-results/e2e.json' }]] : ['default'],
  },
});
