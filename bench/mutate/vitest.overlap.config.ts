// The in-process tests that reach the overlap scoring, for Stryker (bench/mutate/overlap.json).
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.js';

export default mergeConfig(base, defineConfig({ test: { include: ['test/overlaps.test.ts', 'test/overlap-scoring.test.ts', 'test/branches.test.ts'] } }));
