// The in-process tests that reach src/check/rules, for Stryker (bench/mutate/rules.json).
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.js';

export default mergeConfig(base, defineConfig({ test: { include: ['test/rules.test.ts', 'test/rule-implausible.test.ts', 'test/branches.test.ts', 'test/suppression.test.ts', 'test/real-indicators.test.ts', 'test/overlaps.test.ts', 'test/interactions.test.ts'] } }));
