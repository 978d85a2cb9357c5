// The in-process tests that reach the scoring (src/score), for Stryker (bench/mutate/score.json).
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.js';

export default mergeConfig(base, defineConfig({ test: { include: ['test/score-formulas.test.ts', 'test/score-units.test.ts', 'test/score-plan.test.ts', 'test/branches.test.ts', 'test/real-indicators.test.ts'] } }));
