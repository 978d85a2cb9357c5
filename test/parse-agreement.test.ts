// The fast path (js-yaml, values) and the positions path (yaml) must read every value alike.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseYamlText } from '../src/load/parse-yaml.js';
import { SAMPLE } from './helpers.js';

const files = ['plan.yaml', 'goals.yaml', 'indicators.yaml', 'governance.yaml', ...readdirSync(join(SAMPLE, 'tasks')).map((f) => `tasks/${f}`)];

const TRICKY = `
date: 2019-12-20
yes_no: [yes, no, on, off, y, n]
nums: [0o14, 0x1F, 1e3, .5, -0, +12, 1_000, .inf, -.Inf, .nan]
nulls: [~, null, Null]
bools: [true, True, FALSE]
quoted: ["7.2", '13.2.2', "2018"]
keys: {2018: 5, "2019": 6, 1.5: x}
multi: |
  line one
  line two
folded: >-
  one
  two
`;

describe('js-yaml and yaml agree', () => {
  it.each(files)('on %s of the sample plan', (f) => {
    const text = readFileSync(join(SAMPLE, f), 'utf8');
    const fast = parseYamlText(f, text);
    expect(fast.ok).toBe(true);
    expect(fast.ok && fast.value).toEqual(parse(text));
  });

  it('on YAML 1.2 core-schema corner cases', () => {
    const fast = parseYamlText('x.yaml', TRICKY);
    expect(fast.ok).toBe(true);
    const slow = parse(TRICKY) as Record<string, unknown>;
    const value = fast.ok ? (fast.value as Record<string, unknown>) : {};
    // Both read a date as text and "yes" as text (YAML 1.2), never as a Date or a boolean.
    expect(value.date).toBe('2019-12-20');
    expect(value.yes_no).toEqual(['yes', 'no', 'on', 'off', 'y', 'n']);
    for (const key of ['date', 'yes_no', 'nulls', 'bools', 'quoted', 'keys', 'multi', 'folded']) {
      expect(value[key], key).toEqual(slow[key]);
    }
    // Where the two libraries differ (underscores in numbers), the value is a string in one:
    // the schema rejects both, so a plan cannot silently mean two different things.
    const [a, b] = [(value.nums as unknown[])[6], (slow.nums as unknown[])[6]];
    expect(typeof a === 'number' && typeof b === 'number' ? a === b : true).toBe(true);
  });
});

// YAML 1.1 loaders (PyYAML, js-yaml 3, ajv-cli) read an unquoted 2019-12-20 as a date, which the
// schema then rejects; the sample plan quotes every date so that any loader reads the same text.
describe('the sample plan reads alike in YAML 1.1 loaders', () => {
  const isDate = (v: unknown): boolean =>
    v instanceof Date || (Array.isArray(v) ? v.some(isDate) : v !== null && typeof v === 'object' && Object.values(v).some(isDate));
  it.each([...files, 'evaluations/2018-2019.yaml'])('%s holds no value a YAML 1.1 loader reads as a date', async (f) => {
    const jsyaml = await import('js-yaml');
    // js-yaml's default schema still resolves timestamps, as YAML 1.1 does
    const value = jsyaml.load(readFileSync(join(SAMPLE, f), 'utf8'), { schema: jsyaml.DEFAULT_SCHEMA });
    expect(isDate(value)).toBe(false);
  });
});
