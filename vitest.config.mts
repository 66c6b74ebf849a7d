import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    globalSetup: ['test/unit/global-setup.ts'],
    testTimeout: 30_000,
    reporters: process.env.CI_JSON ? ['default', ['json', { outputFile: 'test-results/unit.json' }]] : ['default'],
  },
});
