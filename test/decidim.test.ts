// The Decidim results CSV as Decidim's accountability importer reads it: `;` (Decidim's default
// column separator), a title in every plan language, progress as percent complete (0..100), dates
// that parse, and ids filled from a Decidim export so a re-import updates instead of duplicating.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { cleanup, cli } from './helpers.js';

afterAll(cleanup);

type Row = Record<string, string>;
const results = (args: string[] = []) => parse(cli(['export', 'tasks', 'plans/dangjin-2035', '-f', 'decidim', ...args]).stdout, { columns: true, delimiter: ';' }) as Row[];

describe('export -f decidim', () => {
  it('parses with Decidim\'s default separator, every row valid', () => {
    const rows = results();
    expect(rows).toHaveLength(118);
    for (const r of rows) {
      expect(r['title/ko'] !== '' && r['title/en'] !== '', r.external_id).toBe(true);
      expect(Number.isNaN(Date.parse(r.start_date!)) || Number.isNaN(Date.parse(r.end_date!)), r.external_id).toBe(false);
      if (r.progress !== '') expect(Number(r.progress) >= 0 && Number(r.progress) <= 100, r.external_id).toBe(true);
    }
  });

  it('progress is completion toward the final target, not the year\'s rate; the rate and grade go in the description', () => {
    const t = results().find((r) => r.external_id === 'T-0101')!;
    expect(t.progress).toBe('42.3');
    expect(t['description/en']).toBe('Achievement 2019: 84.6% (grade B)');
    expect(t['description/ko']).toBe('2019년 달성률 84.6% (B등급)');
    // a task is "finished" (100) only when its final targets are reached
    expect(results().filter((r) => r.progress === '100').length).toBeLessThan(10);
  });

  it('--col-sep for an instance with another separator; --ids fills id by external_id', () => {
    const comma = cli(['export', 'tasks', 'plans/dangjin-2035', '-f', 'decidim', '--col-sep', ',']).stdout;
    expect(comma.split('\n')[0]).toBe('id,parent/id,title/ko,title/en,description/ko,description/en,start_date,end_date,progress,external_id,weight');
    const exported = join(mkdtempSync(join(tmpdir(), 'sdplan-decidim-')), 'results.csv');
    const ids = results().map((r, k) => `${1000 + k};${r.external_id};${r['title/ko']}`);
    writeFileSync(exported, `\ufeffid;external_id;title/ko\n${ids.join('\n')}\n`);
    const again = results(['--ids', exported]);
    expect(again.every((r) => r.id !== '')).toBe(true);
    expect(again.find((r) => r.external_id === 'T-0101')!.id).toBe('1000');
    expect(cli(['export', 'tasks', 'plans/dangjin-2035', '-f', 'decidim', '--col-sep', ';;']).code).toBe(2);
  });
});
