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
const results = (args: string[] = []) =>
  parse(cli(['export', 'tasks', 'plans/dangjin-2035', '-f', 'decidim', ...args]).stdout, { columns: true, delimiter: ';' }) as Row[];

describe('export -f decidim', () => {
  it("parses with Decidim's default separator, every row valid", () => {
    const rows = results();
    expect(rows).toHaveLength(118);
    for (const r of rows) {
      expect(r['title/ko'] !== '' && r['title/en'] !== '', r.external_id).toBe(true);
      expect(Number.isNaN(Date.parse(r.start_date!)) || Number.isNaN(Date.parse(r.end_date!)), r.external_id).toBe(false);
      if (r.progress !== '') expect(Number(r.progress) >= 0 && Number(r.progress) <= 100, r.external_id).toBe(true);
    }
  });

  it("progress is completion toward the final target, not the year's rate; the rate and grade go in the description", () => {
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
    // Ruby's CSV keeps a BOM in the first header, so Decidim would match no row by id
    const bom = cli(['export', 'tasks', 'plans/dangjin-2035', '-f', 'decidim', '--bom']);
    expect([bom.code, bom.stdout]).toEqual([2, '']);
    expect(bom.stderr).toContain('--bom cannot be used with --format decidim');
    // goals and strategies as parent results: linked by Decidim's own ids once they are known
    const first = results(['--parents']);
    expect(first).toHaveLength(118 + 17 + 57);
    expect(first.slice(0, 2).map((r) => [r.external_id, r['parent/id']])).toEqual([
      ['G01', ''],
      ['G01-S1', ''],
    ]);
    const known = first.map((r, k) => `${5000 + k};${r.external_id}`);
    writeFileSync(exported, `id;external_id\n${known.join('\n')}\n`);
    const linked = results(['--parents', '--ids', exported]);
    const strategy = linked.find((r) => r.external_id === 'G01-S1')!;
    expect(strategy['parent/id']).toBe(linked.find((r) => r.external_id === 'G01')!.id);
    expect(linked.find((r) => r.external_id === 'T-0101')!['parent/id']).toBe(strategy.id);
  });
});

describe('export csv and json: documented columns, real lists, every language, nulls', () => {
  it('tasks: a column per plan language, lists as arrays in JSON and space-separated in CSV, null where nothing is written', () => {
    const json = JSON.parse(cli(['export', 'tasks', 'plans/dangjin-2035', '-f', 'json']).stdout) as {
      plan: string;
      what: string;
      rows: Array<Record<string, unknown>>;
    };
    expect([json.plan, json.what, json.rows.length]).toEqual(['dangjin-2035', 'tasks', 118]);
    const t = json.rows.find((r) => r.id === 'T-0701')!;
    expect(Object.keys(t)).toEqual([
      'id',
      'title_ko',
      'title_en',
      'description_ko',
      'description_en',
      'goal',
      'strategy',
      'also_goals',
      'lead',
      'partners',
      'start',
      'end',
      'budget_total',
      'replaces',
      'target_groups',
      'areas',
    ]);
    expect(Array.isArray(t.partners) && Array.isArray(t.replaces) && Array.isArray(t.also_goals)).toBe(true);
    expect(t.description_en === null || typeof t.description_en === 'string').toBe(true);
    const csv = parse(cli(['export', 'tasks', 'plans/dangjin-2035']).stdout, { columns: true }) as Row[];
    const c = csv.find((r) => r.id === 'T-0701')!;
    expect(c.partners).toBe((t.partners as string[]).join(' '));
  });

  it('goals, strategies and per-year budgets are exportable', () => {
    const goals = JSON.parse(cli(['export', 'goals', 'plans/dangjin-2035', '-f', 'json']).stdout).rows as Array<{
      id: string;
      sdg_targets: string[];
      strategies: string[];
    }>;
    expect(goals).toHaveLength(17);
    expect(goals[0]).toMatchObject({ id: 'G01', sdg_targets: ['1.2', '1.3'], strategies: ['G01-S1', 'G01-S2', 'G01-S3'] });
    expect(cli(['export', 'strategies', 'plans/dangjin-2035']).stdout.split('\n')[0]).toBe('id,goal,title_ko,title_en');
    const budgets = parse(cli(['export', 'budgets', 'plans/dangjin-2035']).stdout, { columns: true }) as Row[];
    expect(budgets[0]).toEqual({ task: 'T-0101', year: '2018', amount: '490000000', currency: 'KRW' });
    const total = JSON.parse(cli(['export', 'tasks', 'plans/dangjin-2035', '-f', 'json']).stdout).rows.find(
      (r: { id: string }) => r.id === 'T-0101',
    ).budget_total;
    expect(budgets.filter((b) => b.task === 'T-0101').reduce((a, b) => a + Number(b.amount), 0)).toBe(total);
  });
});
