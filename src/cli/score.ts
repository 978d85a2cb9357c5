// `sdplan score` and `sdplan due`: the evaluation committee's arithmetic, and the reminder list.
import { Option, type Command } from 'commander';
import { scorePlan, latestActualYear } from '../score/score-plan.js';
import { dueList } from '../score/due.js';
import { scoreCsv, scoreJson, scoreTable, type ScoreBy } from '../render/score-output.js';
import { explain } from '../render/explain.js';
import { dueOutput } from '../render/due-output.js';
import type { Lang } from '../render/labels.js';
import { UsageError } from './exit-code.js';
import { planDirs } from './plan-dirs.js';
import { loadValidPlan } from './load-valid-plan.js';

const parseYear = (v: string) => {
  if (!/^\d{4}$/.test(v)) throw new UsageError(`--year expects a 4-digit year, got "${v}"`);
  return Number(v);
};

interface ScoreOptions {
  year?: number;
  by: ScoreBy;
  format: 'table' | 'json' | 'csv';
  lang?: Lang;
  explain?: string;
}

export function registerScore(program: Command): void {
  program
    .command('score')
    .description('achievement rates, grades and progress toward targets for one evaluation year')
    .argument('[PLAN_DIR]', 'plan folder (default: the current folder)')
    .option('--year <year>', 'evaluation year (default: the latest year with any actual)', parseYear)
    .addOption(new Option('--by <level>', 'rows to show').choices(['indicator', 'task', 'strategy', 'goal', 'team', 'department', 'plan']).default('goal'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .addOption(new Option('--lang <lang>', 'language of names and labels (default: the plan\'s first language)').choices(['ko', 'en']))
    .option('--explain <ID>', 'show how one figure (indicator, task, strategy, goal, team, department or plan) was computed')
    .action(async (dir: string | undefined, opts: ScoreOptions) => {
      const [d] = planDirs(dir ? [dir] : []);
      const { plan } = loadValidPlan(d!);
      const year = opts.year ?? latestActualYear(plan);
      if (year === null) throw new UsageError('the plan has no actuals yet: give the evaluation year with --year');
      const lang: Lang = opts.lang ?? (plan.languages[0] === 'en' ? 'en' : 'ko');
      const score = scorePlan(plan, year);
      if (opts.explain !== undefined) {
        const text = explain(score, plan, opts.explain, lang);
        if (text === null) throw new UsageError(`no indicator, task, strategy, goal, team, department or plan has the ID ${opts.explain}`);
        process.stdout.write(text);
        return;
      }
      const out = opts.format === 'json' ? scoreJson(score, opts.by, plan, lang) : opts.format === 'csv' ? await scoreCsv(score, opts.by, plan, lang) : await scoreTable(score, opts.by, plan, lang);
      process.stdout.write(out);
    });

  program
    .command('due')
    .description('per team, the indicators that have a target for the year and no actual')
    .argument('[PLAN_DIR]', 'plan folder (default: the current folder)')
    .requiredOption('--year <year>', 'the year whose actuals are due', parseYear)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .addOption(new Option('--lang <lang>', 'language of names and labels').choices(['ko', 'en']))
    .action(async (dir: string | undefined, opts: { year: number; format: 'table' | 'json' | 'csv'; lang?: Lang }) => {
      const [d] = planDirs(dir ? [dir] : []);
      const { plan } = loadValidPlan(d!);
      const lang: Lang = opts.lang ?? (plan.languages[0] === 'en' ? 'en' : 'ko');
      process.stdout.write(await dueOutput(dueList(plan, opts.year), plan, opts.format, lang));
    });
}
