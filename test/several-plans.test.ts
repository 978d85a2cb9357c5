// Every command that takes a plan folder takes several: rows and findings carry the plan's ID.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, cli, makePlan, BASE, edit } from './helpers.js';

afterAll(cleanup);

const two = () => [makePlan(), makePlan({ 'plan.yaml': BASE['plan.yaml']!.replace('id: mini', 'id: other') })];

describe('several plans', () => {
  it('score --by plan compares them side by side, with progress counts', () => {
    const out = JSON.parse(cli(['score', '--by', 'plan', '--year', '2018', '-f', 'json', ...two()]).stdout);
    type Row = { id: string; rate: number; measured: number; targeted: number; progress_counts: Record<string, number> };
    expect(
      out.plans.map((p: { plan: string; year: number; rows: Row[] }) => [p.plan, p.year, ...p.rows.map((r) => [r.id, r.rate, r.measured, r.targeted])]),
    ).toEqual([
      ['mini', 2018, ['mini', 0.8, 1, 1]],
      ['other', 2018, ['other', 0.8, 1, 1]],
    ]);
    expect(out.plans[0].rows[0].progress_counts).toEqual({ substantial_progress: 1 });
    const csv = cli(['score', '--by', 'plan', '--year', '2018', '-f', 'csv', ...two()]).stdout.split('\n');
    expect(csv[0]).toBe('plan,year,id,kind,name,rate,grade,measured,targeted,coverage,weighting');
    expect(csv[2]).toMatch(/^other,2018,other,plan,/);
  });

  it('validate names each plan; overlaps, due, coherence, cooperation, map and export give one array or table', () => {
    const [a, b] = two();
    const bad = makePlan(edit('tasks/a.yaml', 'lead: team-a', 'lead: team-z'));
    const v = JSON.parse(cli(['validate', a!, bad, '-f', 'json']).stdout);
    expect(v.plans.map((p: { plan: string; counts: { error: number } }) => [p.plan, p.counts.error])).toEqual([
      ['mini', 0],
      ['mini', 1],
    ]);
    // one shape for every command: {plans: [{plan, ...}]} for several, {plan, ...} for one
    for (const args of [
      ['overlaps', '--no-fail'],
      ['due', '--year', '2018'],
      ['coherence'],
      ['cooperation'],
      ['map'],
      ['export', 'tasks'],
      ['score', '--year', '2018'],
    ]) {
      const out = JSON.parse(cli([...args, '-f', 'json', a!, b!]).stdout);
      expect(Object.keys(out), args[0]).toEqual(['plans']);
      expect(
        out.plans.map((p: { plan: string }) => p.plan),
        args[0],
      ).toEqual(['mini', 'other']);
      const one = JSON.parse(cli([...args, '-f', 'json', b!]).stdout);
      expect(one, args[0]).toEqual(out.plans[1]);
    }
    const csv = cli(['export', 'targets', a!, b!]).stdout.trim().split('\n');
    expect(csv[0]).toBe('plan,indicator,year,target');
    expect(csv.filter((l) => l.startsWith('other,'))).toHaveLength(4);
  });

  it('CSV of several plans keeps multi-line cells whole (rows are stringified once, never split on newlines)', async () => {
    const [a] = two();
    const b = makePlan({
      'plan.yaml': BASE['plan.yaml']!.replace('id: mini', 'id: other'),
      'tasks/a.yaml': BASE['tasks/a.yaml']!.replace('title: {ko: 과제, en: Task}', 'title: {ko: "첫 줄\\n둘째 줄\\nT-99,x", en: Task}'),
    });
    const { parse } = await import('csv-parse/sync');
    const rows = parse(cli(['export', 'tasks', a!, b]).stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [r.plan, r.id])).toEqual([
      ['mini', 'T-01'],
      ['mini', 'T-02'],
      ['other', 'T-01'],
      ['other', 'T-02'],
    ]);
    expect(rows[2]!.title_ko).toBe('첫 줄\n둘째 줄\nT-99,x');
  });

  it('JSON outputs are byte-identical across time zones and locales', () => {
    for (const args of [
      ['score', 'plans/dangjin-2035', '--by', 'indicator', '-f', 'json'],
      ['overlaps', 'plans/dangjin-2035', '-f', 'json', '--no-fail'],
      ['validate', 'plans/dangjin-2035', '-f', 'json'],
    ]) {
      const x = cli(args).stdout;
      const y = cli(args, { env: { TZ: 'America/Adak', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' } }).stdout;
      expect(y, args[0]).toBe(x);
    }
  });
});
