// Every command that takes a plan folder takes several: rows and findings carry the plan's ID.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, cli, makePlan, BASE, edit } from './helpers.js';

afterAll(cleanup);

const two = () => [makePlan(), makePlan({ 'plan.yaml': BASE['plan.yaml']!.replace('id: mini', 'id: other') })];

describe('several plans', () => {
  it('score --by plan compares them side by side, with progress counts', () => {
    const out = JSON.parse(cli(['score', '--by', 'plan', '--year', '2018', '-f', 'json', ...two()]).stdout);
    expect(out.plans).toEqual(['mini', 'other']);
    expect(out.rows.map((r: { plan: string; id: string; rate: number; measured: number; targeted: number }) => [r.plan, r.id, r.rate, r.measured, r.targeted])).toEqual([
      ['mini', 'mini', 0.8, 1, 1],
      ['other', 'other', 0.8, 1, 1],
    ]);
    expect(out.rows[0].progress_counts).toEqual({ substantial_progress: 1 });
  });

  it('validate names each plan; overlaps, due, coherence, cooperation, map and export give one array or table', () => {
    const [a, b] = two();
    const bad = makePlan(edit('tasks/a.yaml', 'lead: team-a', 'lead: team-z'));
    const v = JSON.parse(cli(['validate', a!, bad, '-f', 'json']).stdout);
    expect(v.map((p: { plan: string; counts: { error: number } }) => [p.plan, p.counts.error])).toEqual([['mini', 0], ['mini', 1]]);
    for (const args of [['overlaps', '--no-fail'], ['due', '--year', '2018'], ['coherence'], ['cooperation'], ['map']]) {
      const out = JSON.parse(cli([...args, '-f', 'json', a!, b!]).stdout);
      expect(Array.isArray(out) && out.length, args[0]).toBe(2);
    }
    const csv = cli(['export', 'targets', a!, b!]).stdout.trim().split('\n');
    expect(csv[0]).toBe('plan,indicator,year,target');
    expect(csv.filter((l) => l.startsWith('other,'))).toHaveLength(4);
  });

  it('JSON outputs are byte-identical across time zones and locales', () => {
    for (const args of [['score', 'plans/dangjin-2035', '--by', 'indicator', '-f', 'json'], ['overlaps', 'plans/dangjin-2035', '-f', 'json', '--no-fail'], ['validate', 'plans/dangjin-2035', '-f', 'json']]) {
      const x = cli(args).stdout;
      const y = cli(args, { env: { TZ: 'America/Adak', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' } }).stdout;
      expect(y, args[0]).toBe(x);
    }
  });
});
