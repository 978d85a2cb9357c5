// Generous per-test time limits: CI machines are slower than a laptop, and many tests start the
// CLI as a child process. Speed is measured by the benchmarks in bench/, not here.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
