// Fuzzing the YAML and CSV readers with random and truncated bytes (bounded, seeded): each input
// gives values or findings, never an exception.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../src/load/plan-files.js';
import { parseYamlText } from '../../src/load/parse-yaml.js';
import { readActuals } from '../../src/load/read-actuals.js';
import { SAMPLE } from '../helpers.js';

const yamlSample = readFileSync(join(SAMPLE, 'tasks', 'g07-energy.yaml'));
const csvSample = readFileSync(join(SAMPLE, 'actuals', 'tasks-2019.csv'));
const RUNS = { numRuns: 400, seed: 7 };

function read(kind: 'tasks' | 'actuals', bytes: Uint8Array) {
  const rel = kind === 'tasks' ? 'tasks/f.yaml' : 'actuals/f.csv';
  const raw = checkText({ kind, rel, abs: rel }, bytes);
  if (!('text' in raw)) return [raw];
  return kind === 'tasks' ? (parseYamlText(rel, raw.text).ok ? [] : ['finding']) : readActuals(rel, raw.text).findings;
}

/** Some bytes of a real file with random bytes written over a stretch of it. */
const mangled = (sample: Uint8Array) =>
  fc.tuple(fc.nat({ max: sample.length }), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, junk]) => {
    const b = new Uint8Array(sample);
    b.set(junk.subarray(0, Math.max(0, b.length - at)), at);
    return b;
  });

describe('fuzzing the readers', () => {
  for (const [kind, sample] of [
    ['tasks', yamlSample],
    ['actuals', csvSample],
  ] as const) {
    it(`${kind}: random bytes`, () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => void expect(() => read(kind, bytes)).not.toThrow()),
        RUNS,
      );
    });
    it(`${kind}: truncated`, () => {
      fc.assert(
        fc.property(fc.nat({ max: sample.length }), (n) => void expect(() => read(kind, sample.subarray(0, n))).not.toThrow()),
        RUNS,
      );
    });
    it(`${kind}: overwritten with junk`, () => {
      fc.assert(
        fc.property(mangled(sample), (bytes) => void expect(() => read(kind, bytes)).not.toThrow()),
        RUNS,
      );
    });
  }
});
