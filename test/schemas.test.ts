// The JSON Schemas: generated from one source, complete for editors, referenced by the sample plan.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, SAMPLE } from './helpers.js';

const names = ['plan', 'goals', 'indicators', 'tasks', 'governance', 'evaluation'];
const schema = (n: string) => JSON.parse(readFileSync(join(ROOT, 'schemas', `${n}.schema.json`), 'utf8')) as Record<string, unknown>;

function propertiesWithoutDescription(node: unknown, path: string, out: string[]): string[] {
  if (typeof node !== 'object' || node === null) return out;
  const o = node as Record<string, unknown>;
  if (o.properties && typeof o.properties === 'object') {
    for (const [k, v] of Object.entries(o.properties as Record<string, Record<string, unknown>>)) {
      if (typeof v.description !== 'string' || v.description.length < 8) out.push(`${path}/properties/${k}`);
    }
  }
  for (const [k, v] of Object.entries(o)) propertiesWithoutDescription(v, `${path}/${k}`, out);
  return out;
}

describe('schemas', () => {
  it('are up to date with schemas/generate.mjs', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'schemas', 'generate.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each(names)('%s: 2020-12, $id, title, a description on every property, closed objects', (n) => {
    const s = schema(n);
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.$id).toBe(`https://sdplan.github.io/schemas/v1/${n}.schema.json`);
    expect(typeof s.title).toBe('string');
    expect(propertiesWithoutDescription(s, '#', [])).toEqual([]);
    expect(s.additionalProperties).toBe(false);
  });

  it('every YAML file of the sample plan names a schema that exists', () => {
    const files = ['plan.yaml', 'goals.yaml', 'indicators.yaml', 'governance.yaml', ...readdirSync(join(SAMPLE, 'tasks')).map((f) => `tasks/${f}`)];
    for (const f of files) {
      const first = readFileSync(join(SAMPLE, f), 'utf8').split('\n')[0]!;
      const m = /^# yaml-language-server: \$schema=(.+)$/.exec(first);
      expect(m, f).not.toBeNull();
      const target = resolve(dirname(join(SAMPLE, f)), m![1]!);
      const kind = f.startsWith('tasks/') ? 'tasks' : f.replace('.yaml', '');
      expect(target).toBe(join(ROOT, 'schemas', `${kind}.schema.json`));
    }
  });
});
