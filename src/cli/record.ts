// `sdplan record`: writes the evaluation of a period as a plain file in the plan folder
// (evaluations/<start>-<end>.yaml), to be reviewed in its pull request like any change. A record
// is a public record: an existing one is replaced only with --force, and the committee's part
// of it is carried over.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Command } from 'commander';
import { recordEvaluation } from '../score/record-evaluation.js';
import { evaluationYaml } from '../render/evaluation-yaml.js';
import { headCommit } from '../diff/git-adapter.js';
import { UsageError } from './exit-code.js';
import { parsePeriod } from './period-option.js';
import { planDirs } from './plan-dirs.js';
import { loadValidPlan } from './load-valid-plan.js';
import { lockForWrite, writePlanFiles } from './write-journal.js';

const PUBLISHED_SCHEMA = 'https://sdplan.github.io/schemas/v1/evaluation.schema.json';

function version(): string {
  try {
    return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The schema link for evaluations/: beside the one plan.yaml names (one folder deeper), else the published schema. */
export function schemaLink(planYaml: string): string {
  const m = /^# yaml-language-server: \$schema=(\S+)\/plan\.schema\.json\s*$/m.exec(planYaml.split('\n')[0] ?? '');
  if (!m) return PUBLISHED_SCHEMA;
  const base = m[1]!;
  return /^[a-z]+:\/\//.test(base) || base.startsWith('/') ? `${base}/evaluation.schema.json` : `../${base}/evaluation.schema.json`;
}

export function registerRecord(program: Command): void {
  program
    .command('record')
    .description(
      'record the evaluation of a period as evaluations/<start>-<end>.yaml in the plan folder: every rate, grade, status and coverage, with the plan revision and sdplan version',
    )
    .argument('[PLAN_DIR]', 'plan folder (default: the current folder)')
    .requiredOption('--period <years>', 'the years evaluated, e.g. 2018-2019', parsePeriod)
    .option('--force', 'replace an existing record of the period (it is a public record: review the change)')
    .action((dir: string | undefined, opts: { period: { start: number; end: number }; force?: boolean }) => {
      const d = planDirs(dir === undefined ? [] : [dir])[0]!;
      // one writer at a time, and the plan's own checks (a link out of the plan, side files, the
      // journal): the existence check below is made under the lock
      lockForWrite(d, 'record');
      const loaded = loadValidPlan(d);
      const { plan, period } = { plan: loaded.plan, period: opts.period };
      if (period.start < plan.period.start || period.end > plan.period.end) {
        throw new UsageError(`--period ${period.start}-${period.end} is outside the period of ${plan.id}, ${plan.period.start}-${plan.period.end}`);
      }
      const rel = `evaluations/${period.start}-${period.end}.yaml`;
      const path = join(d, rel);
      if (existsSync(path) && !opts.force) {
        throw new UsageError(`${rel} already records ${period.start}-${period.end}: a recorded evaluation is a public record; give --force to record it again`);
      }
      const record = recordEvaluation(plan, period, { commit: headCommit(d), sdplan: version() }, rel);
      const previous = loaded.docs.find((x) => x.file === rel)?.value;
      const committee =
        typeof previous === 'object' && previous !== null && 'committee' in previous ? (previous as { committee: unknown }).committee : undefined;
      const planYaml = loaded.sources.text(loaded.plan.src.file) ?? readFileSync(join(d, 'plan.yaml'), 'utf8');
      writePlanFiles(d, [[rel, evaluationYaml(record, schemaLink(planYaml), committee)]], 'record');
      process.stdout.write(
        `Recorded ${plan.id} ${period.start}-${period.end} in ${rel}${record.computedWith.commit ? ` (commit ${record.computedWith.commit.slice(0, 12)})` : ''}. Review it in a pull request.\n`,
      );
    });
}
