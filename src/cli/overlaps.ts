// `sdplan overlaps`, `coherence`, `cooperation` and `map`: duplicates, conflicts and who should cooperate.
import { Option, type Command } from 'commander';
import { findOverlaps } from '../overlap/find-overlaps.js';
import { findConflicts } from '../overlap/conflicts.js';
import { taskDocs } from '../overlap/task-docs.js';
import { coherenceMatrix } from '../overlap/coherence.js';
import { cooperationLists } from '../overlap/cooperation.js';
import { planMap } from '../overlap/plan-map.js';
import { overlapCsv, overlapJson, overlapMarkdown, overlapTable, type OverlapReport } from '../render/overlap-output.js';
import { coherenceGrid, coherenceJson, cooperationText } from '../render/coherence-output.js';
import { mapDot, mapJson, mapMarkdown, mapMermaid, picker } from '../render/map-output.js';
import { outputLang, type Lang } from '../render/labels.js';
import type { Plan } from '../model/plan.js';
import { GOAL_CODES } from '../sdg/catalog-codes.js';
import { EXIT_FINDINGS, UsageError } from './exit-code.js';
import { planDirs } from './plan-dirs.js';
import { loadValidPlan } from './load-valid-plan.js';
import { combine } from './several-plans.js';

const langOf = (plan: Plan, lang?: Lang): Lang => outputLang(plan.languages, lang);
const langOption = () => new Option('--lang <lang>', 'language of names and labels (default: the plan\'s first language)').choices(['ko', 'en']);
const plansOf = (dirs: string[]) => planDirs(dirs).map((d) => loadValidPlan(d).plan);

export function registerOverlaps(program: Command): void {
  program
    .command('overlaps')
    .description('pairs of tasks that likely duplicate each other, and conflicts between tasks')
    .argument('[PLAN_DIR...]', 'plan folders (default: the current folder); each is checked on its own')
    .option('--threshold <T>', 'report pairs scoring at least this (default: plan.yaml overlaps.threshold, else 0.38)', (v) => {
      const t = Number(v);
      if (!(t >= 0 && t <= 1) || v.trim() === '') throw new UsageError(`--threshold expects a number from 0 to 1, got "${v}"`);
      return t;
    })
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv', 'md']).default('table'))
    .addOption(langOption())
    .option('--no-fail', 'exit 0 even when an unaccepted pair is found (for reports)')
    .action(async (dirs: string[], opts: { threshold?: number; format: 'table' | 'json' | 'csv' | 'md'; lang?: Lang; fail: boolean }) => {
      const plans = planDirs(dirs).map((d) => loadValidPlan(d).plan);
      const outs: string[] = [];
      let unaccepted = false;
      for (const plan of plans) {
        const lang = langOf(plan, opts.lang);
        const threshold = opts.threshold ?? plan.overlapThreshold;
        const docs = taskDocs(plan);
        const report: OverlapReport = { plan: plan.id, threshold, pairs: findOverlaps(plan, { threshold, docs }), conflicts: findConflicts(plan, docs) };
        unaccepted ||= report.pairs.some((p) => !p.accepted);
        outs.push(
          opts.format === 'json' ? overlapJson(report, lang)
          : opts.format === 'md' ? overlapMarkdown(report, plan, lang)
          : opts.format === 'csv' ? await overlapCsv(report, lang)
          : await overlapTable(report, plan, lang),
        );
      }
      process.stdout.write(combine(plans, outs, opts.format));
      if (opts.fail && unaccepted) process.exitCode = EXIT_FINDINGS;
    });

  program
    .command('coherence')
    .description('goal-by-goal matrix of tasks whose declared effects help or hurt other goals\' indicators')
    .argument('[PLAN_DIR...]', 'plan folders (default: the current folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'md']).default('table'))
    .addOption(langOption())
    .action((dirs: string[], opts: { format: 'table' | 'json' | 'md'; lang?: Lang }) => {
      const plans = plansOf(dirs);
      const outs = plans.map((plan) => {
        const c = coherenceMatrix(plan);
        return opts.format === 'json' ? coherenceJson(c) : coherenceGrid(c, langOf(plan, opts.lang), opts.format === 'md');
      });
      process.stdout.write(combine(plans, outs, opts.format));
    });

  program
    .command('cooperation')
    .description('for each team, the other teams with tasks under the same goals or strategies')
    .argument('[PLAN_DIR...]', 'plan folders (default: the current folder)')
    .option('--team <ID>', 'only this team')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'md']).default('table'))
    .addOption(langOption())
    .action((dirs: string[], opts: { team?: string; format: 'table' | 'json' | 'md'; lang?: Lang }) => {
      const plans = plansOf(dirs);
      const outs = plans.map((plan) => {
        let lists = cooperationLists(plan);
        if (opts.team !== undefined) {
          lists = lists.filter((l) => l.team === opts.team);
          if (lists.length === 0) throw new UsageError(`no team ${opts.team} in ${plan.id}`);
        }
        return opts.format === 'json' ? JSON.stringify({ plan: plan.id, teams: lists }, null, 2) + '\n' : cooperationText(lists, langOf(plan, opts.lang), opts.format === 'md');
      });
      process.stdout.write(combine(plans, outs, opts.format));
    });

  program
    .command('map')
    .description('vision, goals (with SDG targets), strategies and tasks, and the plan\'s SDG coverage')
    .argument('[PLAN_DIR...]', 'plan folders (default: the current folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'mermaid', 'dot', 'json']).default('md'))
    .option('--goal <ID>', 'only this goal')
    .option('--team <ID>', 'only the tasks this team leads')
    .addOption(langOption())
    .action((dirs: string[], opts: { format: 'md' | 'mermaid' | 'dot' | 'json'; goal?: string; team?: string; lang?: Lang }) => {
      const plans = plansOf(dirs);
      const outs = plans.map((plan) => {
        if (opts.goal !== undefined && !plan.goals.some((g) => g.id === opts.goal)) throw new UsageError(`no goal ${opts.goal} in ${plan.id}`);
        if (opts.team !== undefined && !plan.teams.some((t) => t.id === opts.team)) throw new UsageError(`no team ${opts.team} in ${plan.id}`);
        const lang = langOf(plan, opts.lang);
        const m = planMap(plan, { ...(opts.goal ? { goal: opts.goal } : {}), ...(opts.team ? { team: opts.team } : {}) }, GOAL_CODES);
        const pick = picker(lang, plan.languages[0] ?? lang);
        return opts.format === 'json' ? mapJson(m, pick) : opts.format === 'dot' ? mapDot(m, pick) : opts.format === 'mermaid' ? mapMermaid(m, pick) : mapMarkdown(m, pick, lang);
      });
      process.stdout.write(combine(plans, outs, opts.format));
    });
}
