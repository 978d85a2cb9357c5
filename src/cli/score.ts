// `sdplan score` and `sdplan due`: the evaluation committee's arithmetic, and the reminder list.
import { Option, type Command } from 'commander';
import { scorePlan } from '../score/score-plan.js';
import { defaultYear } from '../score/evaluation-year.js';
import type { Plan } from '../model/plan.js';
import { dueList } from '../score/due.js';
import { multiTable, scoreCsvRows, scoreObject, scoreTable, type ScoreBy } from '../render/score-output.js';
import { manyCsv, manyJson, manyText } from '../render/plans-output.js';
import { explain } from '../render/explain.js';
import { dueRows, dueText } from '../render/due-output.js';
import { outputLang, type Lang } from '../render/labels.js';
import { UsageError } from './exit-code.js';
import { planDirs } from './plan-dirs.js';
import { loadValidPlan } from './load-valid-plan.js';
import { recordedScore, recordFor, recordInfo } from '../score/record-evaluation.js';
import { recordNote } from '../render/record-note.js';
import type { EvaluationRecord, RecordInfo } from '../model/evaluation-record.js';

const parseYear = (v: string) => {
  if (!/^\d{4}$/.test(v)) throw new UsageError(`--year expects a 4-digit year, got "${v}"`);
  return Number(v);
};

/** A year outside the plan is a usage error (exit 2), not an empty result. */
export function inPeriod(plan: Plan, year: number, option: string): Plan {
  if (year < plan.period.start || year > plan.period.end)
    throw new UsageError(`${option} ${year} is outside the period of ${plan.id}, ${plan.period.start}-${plan.period.end}`);
  return plan;
}

interface ScoreOptions {
  year?: number;
  by: ScoreBy;
  format: 'table' | 'json' | 'csv';
  lang?: Lang;
  explain?: string;
  recompute?: boolean;
}

/** A year's scores: the recorded ones for a recorded year (unless --recompute), else computed. */
function scoresFor(
  plan: Plan,
  records: readonly EvaluationRecord[],
  year: number,
  recompute: boolean,
): { score: ReturnType<typeof scorePlan>; recorded: RecordInfo | null } {
  const hit = recompute
    ? null
    : recordFor(
        records.filter((r) => r.plan === plan.id),
        year,
      );
  return hit ? { score: recordedScore(hit.record, hit.year, plan), recorded: recordInfo(hit.record) } : { score: scorePlan(plan, year), recorded: null };
}

export function registerScore(program: Command): void {
  program
    .command('score')
    .description('achievement rates, grades and progress toward targets for one evaluation year')
    .argument('[PLAN_DIR...]', 'plan folders (default: the current folder); several are compared side by side')
    .option('--year <year>', 'evaluation year (default: the latest year with actuals for at least half of what was due, per plan)', parseYear)
    .addOption(new Option('--by <level>', 'rows to show').choices(['indicator', 'task', 'strategy', 'goal', 'team', 'department', 'plan']).default('goal'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .addOption(new Option('--lang <lang>', "language of names and labels (default: the plan's first language)").choices(['ko', 'en']))
    .option('--explain <ID>', 'show how one figure (indicator, task, strategy, goal, team, department or plan) was computed')
    .option('--recompute', 'for a year that evaluations/*.yaml records, compute the figures today instead of showing the record')
    .action(async (dirs: string[], opts: ScoreOptions) => {
      const scored = planDirs(dirs).map((d) => {
        const { plan, records } = loadValidPlan(d);
        if (opts.year !== undefined) {
          inPeriod(plan, opts.year, '--year');
          return { plan, ...scoresFor(plan, records, opts.year, opts.recompute === true) };
        }
        const choice = defaultYear(plan);
        if (choice === null) throw new UsageError(`${plan.id} has no actuals yet: give the evaluation year with --year`);
        if (choice.low) {
          process.stderr.write(
            `sdplan: ${plan.id}: no year has actuals for half of what was due; scoring ${choice.year}, the latest year with any, where ${choice.measured} of ${choice.targeted} are measured\n`,
          );
        }
        return { plan, ...scoresFor(plan, records, choice.year, opts.recompute === true) };
      });
      const first = scored[0]!;
      const lang: Lang = outputLang(first.plan.languages, opts.lang);
      if (opts.explain !== undefined) {
        if (scored.length > 1) throw new UsageError('--explain takes one plan');
        const { plan, score } = first;
        const text = explain(score, plan, opts.explain, lang);
        if (text === null) throw new UsageError(`no indicator, task, strategy, goal, team, department or plan has the ID ${opts.explain}`);
        process.stdout.write(text);
        return;
      }
      const langOf = (p: typeof first.plan) => outputLang(p.languages, opts.lang);
      const FORMATS: Record<ScoreOptions['format'], () => Promise<string> | string> = {
        json: () =>
          manyJson(
            scored.map(({ plan, score, recorded }) => ({
              plan: plan.id,
              value: { ...scoreObject(score, opts.by, plan, langOf(plan)), ...(recorded ? { recorded } : {}) },
            })),
          ),
        csv: () => manyCsv(scored.map(({ plan, score }) => ({ plan: plan.id, value: scoreCsvRows(score, opts.by, plan, langOf(plan)) }))),
        // several plans side by side in one table (a provincial review)
        table: async () => {
          const notes = scored
            .flatMap(({ plan, recorded }) => (recorded ? [`${scored.length > 1 ? `${plan.id}: ` : ''}${recordNote(recorded, langOf(plan))}\n`] : []))
            .join('');
          // after the table: its heading stays the first line
          return (
            (scored.length > 1
              ? await multiTable(scored, opts.by, lang)
              : manyText([{ plan: first.plan.id, value: await scoreTable(first.score, opts.by, first.plan, lang) }])) + notes
          );
        },
      };
      process.stdout.write(await FORMATS[opts.format]());
    });

  program
    .command('due')
    .description('per team, the indicators that have a target for the year and no actual')
    .argument('[PLAN_DIR...]', 'plan folders (default: the current folder)')
    .requiredOption('--year <year>', 'the year whose actuals are due', parseYear)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .addOption(new Option('--lang <lang>', 'language of names and labels').choices(['ko', 'en']))
    .action(async (dirs: string[], opts: { year: number; format: 'table' | 'json' | 'csv'; lang?: Lang }) => {
      const results = planDirs(dirs)
        .map((d) => inPeriod(loadValidPlan(d).plan, opts.year, '--year'))
        .map((plan) => ({ plan, lang: outputLang(plan.languages, opts.lang), items: dueList(plan, opts.year) }));
      process.stdout.write(
        opts.format === 'json'
          ? manyJson(results.map((r) => ({ plan: r.plan.id, value: { year: opts.year, items: r.items } })))
          : opts.format === 'csv'
            ? await manyCsv(results.map((r) => ({ plan: r.plan.id, value: dueRows(r.items, r.plan, r.lang) })))
            : manyText(results.map((r) => ({ plan: r.plan.id, value: dueText(r.items, r.plan, r.lang) }))),
      );
    });
}
