// Generous per-test time limits: CI machines are slower than a laptop, and many tests start the
// CLI as a child process. Speed is measured by the benchmarks in bench/, not here.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Stryker runs the tests in its sandbox against mutated source; building the CLI there would
    // only slow it down (tests that start the CLI cannot see a mutant anyway)
    globalSetup: process.env.STRYKER_MUTATOR_WORKER === undefined && process.env.SDPLAN_NO_BUILD === undefined ? ['test/global-setup.ts'] : [],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
