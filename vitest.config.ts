// Generous per-test time limits: CI machines are slower than a laptop, and many tests start the
// CLI as a child process. Speed is measured by the benchmarks in bench/, not here.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Stryker's sandbox holds a copy of the tests; never run them as ours
    exclude: ['**/node_modules/**', '**/.stryker-tmp/**', '**/dist/**'],
    // Stryker runs the tests in its sandbox against mutated source; building the CLI there would
    // only slow it down (tests that start the CLI cannot see a mutant anyway)
    globalSetup: process.env.STRYKER_MUTATOR_WORKER === undefined && process.env.SDPLAN_NO_BUILD === undefined ? ['test/global-setup.ts'] : [],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
