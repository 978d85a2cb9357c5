import { defineRule } from '../rule.js';
import type { Finding } from '../../model/diagnostic.js';
import { compareRecord } from '../../score/reconcile.js';

// A recorded evaluation is a public record: score and report show it as recorded, and this rule
// says which of its figures a computation today would give otherwise, and why. One finding per
// ID whose figure differs, at its line in the record; IDs that differ only because the method
// changed are counted in one finding per year (a changed cap would otherwise list every ID).
const KEY = { plan: 'plan', goal: 'goals', strategy: 'strategies', team: 'teams', department: 'departments', task: 'tasks', indicator: 'indicators' } as const;

const cov = (c: { measured: number; targeted: number } | null) => (c ? `${c.measured}/${c.targeted}` : 'none');

export default defineRule({
  id: 'evaluation/recomputed-differs',
  run({ plan, records }) {
    const out: Finding[] = [];
    for (const record of records ?? []) {
      if (record.plan !== plan.id) continue;
      const period = `${record.period.start}-${record.period.end}`;
      const { differences } = compareRecord(record, plan);
      const methodOnly = new Map<number, string[]>();
      for (const d of differences) {
        if (d.causes.length === 1 && d.causes[0] === 'method-changed') {
          methodOnly.set(d.year, [...(methodOnly.get(d.year) ?? []), d.id]);
          continue;
        }
        const path = d.level === 'plan' ? `/years/${d.year}/plan` : `/years/${d.year}/${KEY[d.level]}/${d.id.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        out.push({
          rule: 'evaluation/recomputed-differs',
          file: record.file,
          path,
          atKey: d.level !== 'plan',
          args: {
            period,
            year: d.year,
            level: d.level,
            id: d.id,
            presence: d.presence,
            causes: d.causes.join(','),
            recorded: d.recorded ?? 'none',
            recordedGrade: d.grades.recorded ?? 'none',
            recordedCoverage: cov(d.coverage.recorded),
            now: d.now ?? 'none',
            nowGrade: d.grades.now ?? 'none',
            nowCoverage: cov(d.coverage.now),
          },
        });
      }
      for (const [year, ids] of [...methodOnly].sort((a, b) => a[0] - b[0])) {
        out.push({
          rule: 'evaluation/recomputed-differs',
          file: record.file,
          path: `/years/${year}`,
          atKey: true,
          args: { period, year, level: 'method', count: ids.length, ids: ids.join(', '), causes: 'method-changed' },
        });
      }
    }
    return out;
  },
});
