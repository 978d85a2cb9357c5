// The in-process tests, for Stryker (npm run mutate): the property, fuzz and scale suites cover
// every rule and would run for each of its mutants, and tests that start the CLI or a browser
// cannot see a mutant at all.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        '**/node_modules/**',
        '**/.stryker-tmp/**',
        '**/dist/**',
        'test/property/**',
        'test/report-browser.test.ts',
        'test/package.test.ts',
        'test/hardening.test.ts',
      ],
    },
  }),
);
