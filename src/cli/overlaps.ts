// `sdplan overlaps`, `coherence`, `cooperation` and `map`: duplicates, conflicts and who should cooperate.
import { Option, type Command } from 'commander';
import { findOverlaps } from '../overlap/find-overlaps.js';
import { findConflicts } from '../overlap/conflicts.js';
import { findFragmentation } from '../overlap/fragmentation.js';
import { taskDocs } from '../overlap/task-docs.js';
import { coherenceMatrix } from '../overlap/coherence.js';
import { cooperationLists } from '../overlap/cooperation.js';
import { planMap } from '../overlap/plan-map.js';
import { overlapRows, overlapObject, overlapMarkdown, overlapTable, type OverlapReport } from '../render/overlap-output.js';
import { planNames } from '../render/plan-names.js';
import { coherenceGrid, coherenceObject, cooperationText, rankingText } from '../render/coherence-output.js';
import { influenceRanking } from '../overlap/influence.js';
import { localText } from '../model/text.js';
import { mapDot, mapObject, mapMarkdown, mapMermaid, picker } from '../render/map-output.js';
import { manyCsv, manyJson, manyText } from '../render/plans-output.js';
import { outputLang, type Lang } from '../render/labels.js';
import type { Plan } from '../model/plan.js';
import { GOAL_CODES } from '../sdg/catalog-codes.js';
import { EXIT_FINDINGS, UsageError } from './exit-code.js';
import { planDirs } from './plan-dirs.js';
import { loadValidPlan } from './load-valid-plan.js';

const langOf = (plan: Plan, lang?: Lang): Lang => outputLang(plan.languages, lang);
const goalName = (plan: Plan, id: string, lang: Lang) => {
  const g = plan.goals.find((x) => x.id === id);
  return g ? localText(g.title, lang, plan.languages[0] ?? lang).text : '';
};
const langOption = () => new Option('--lang <lang>', "language of names and labels (default: the plan's first language)").choices(['ko', 'en']);
const plansOf = (dirs: string[]) => planDirs(dirs).map((d) => loadValidPlan(d).plan);

export function registerOverlaps(program: Command): void {
  program
    .command('overlaps')
    .description('pairs of tasks that likely duplicate each other, and conflicts between tasks')
    .argument('[PLAN_DIR...]', 'plan folders (default: the current folder); each is checked on its own')
    .option('--threshold <T>', 'report pairs scoring at least this (default: plan.yaml overlaps.threshold, else 0.41)', (v) => {
      const t = Number(v);
      if (!(t >= 0 && t <= 1) || v.trim() === '') throw new UsageError(`--threshold expects a number from 0 to 1, got "${v}"`);
      return t;
    })
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'csv', 'md']).default('table'))
    .addOption(langOption())
    .option('--no-fail', 'exit 0 even when an unaccepted pair is found (for reports)')
    .action(async (dirs: string[], opts: { threshold?: number; format: 'table' | 'json' | 'csv' | 'md'; lang?: Lang; fail: boolean }) => {
      const results = plansOf(dirs).map((plan) => {
        const threshold = opts.threshold ?? plan.overlapThreshold;
        const docs = taskDocs(plan);
        const report: OverlapReport = {
          plan: plan.id,
          threshold,
          pairs: findOverlaps(plan, { threshold, docs }),
          conflicts: findConflicts(plan, docs),
          fragmentation: findFragmentation(plan, docs),
        };
        return { plan, lang: langOf(plan, opts.lang), report };
      });
      type R = (typeof results)[number];
      const FORMATS: Record<typeof opts.format, (rs: R[]) => Promise<string> | string> = {
        json: (rs) => manyJson(rs.map((r) => ({ plan: r.plan.id, value: overlapObject(r.report, r.plan, r.lang) }))),
        csv: (rs) => manyCsv(rs.map((r) => ({ plan: r.plan.id, value: overlapRows(r.report, r.plan, r.lang) }))),
        md: (rs) => manyText(rs.map((r) => ({ plan: r.plan.id, value: overlapMarkdown(r.report, r.plan, r.lang) }))),
        table: async (rs) => manyText(await Promise.all(rs.map(async (r) => ({ plan: r.plan.id, value: await overlapTable(r.report, r.plan, r.lang) })))),
      };
      process.stdout.write(await FORMATS[opts.format](results));
      if (opts.fail && results.some((r) => r.report.pairs.some((p) => !p.accepted))) process.exitCode = EXIT_FINDINGS;
    });

  program
    .command('coherence')
    .description("goal-by-goal matrix of tasks whose declared effects help or hurt other goals' indicators")
    .argument('[PLAN_DIR...]', 'plan folders (default: the current folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'md']).default('table'))
    .addOption(langOption())
    .option(
      '--rank',
      'rank goals by their influence on the others (net and second-order), list the strongest negative links and clusters of goals that reinforce each other',
    )
    .action(async (dirs: string[], opts: { format: 'table' | 'json' | 'md'; lang?: Lang; rank?: boolean }) => {
      const results = plansOf(dirs).map((plan) => {
        const matrix = coherenceMatrix(plan);
        return { plan, lang: langOf(plan, opts.lang), matrix, ranking: opts.rank ? influenceRanking(matrix) : undefined };
      });
      const md = opts.format === 'md';
      process.stdout.write(
        opts.format === 'json'
          ? manyJson(results.map((r) => ({ plan: r.plan.id, value: coherenceObject(r.matrix, r.ranking, r.lang) })))
          : manyText(
              await Promise.all(
                results.map(async (r) => {
                  const name = (g: string) => goalName(r.plan, g, r.lang);
                  const grid = await coherenceGrid(r.matrix, r.lang, md);
                  return { plan: r.plan.id, value: r.ranking ? `${grid}\n${await rankingText(r.ranking, r.lang, md, name)}` : grid };
                }),
              ),
            ),
      );
    });

  program
    .command('cooperation')
    .description('for each team, the other teams with tasks under the same goals or strategies')
    .argument('[PLAN_DIR...]', 'plan folders (default: the current folder)')
    .option('--team <ID>', 'only this team')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'md']).default('table'))
    .addOption(langOption())
    .action((dirs: string[], opts: { team?: string; format: 'table' | 'json' | 'md'; lang?: Lang }) => {
      const results = plansOf(dirs).map((plan) => {
        let lists = cooperationLists(plan);
        if (opts.team !== undefined) {
          lists = lists.filter((l) => l.team === opts.team);
          if (lists.length === 0) throw new UsageError(`no team ${opts.team} in ${plan.id}`);
        }
        return { plan, lang: langOf(plan, opts.lang), lists };
      });
      process.stdout.write(
        opts.format === 'json'
          ? manyJson(results.map((r) => ({ plan: r.plan.id, value: { teams: r.lists } })))
          : manyText(results.map((r) => ({ plan: r.plan.id, value: cooperationText(r.lists, r.lang, opts.format === 'md', planNames(r.plan, r.lang).team) }))),
      );
    });

  program
    .command('map')
    .description("vision, goals (with SDG targets), strategies and tasks, and the plan's SDG coverage")
    .argument('[PLAN_DIR...]', 'plan folders (default: the current folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'mermaid', 'dot', 'json']).default('md'))
    .option('--goal <ID>', 'only this goal')
    .option('--team <ID>', 'only the tasks this team leads')
    .addOption(langOption())
    .action((dirs: string[], opts: { format: 'md' | 'mermaid' | 'dot' | 'json'; goal?: string; team?: string; lang?: Lang }) => {
      const parts = plansOf(dirs).map((plan) => {
        if (opts.goal !== undefined && !plan.goals.some((g) => g.id === opts.goal)) throw new UsageError(`no goal ${opts.goal} in ${plan.id}`);
        if (opts.team !== undefined && !plan.teams.some((t) => t.id === opts.team)) throw new UsageError(`no team ${opts.team} in ${plan.id}`);
        const lang = langOf(plan, opts.lang);
        const m = planMap(plan, { ...(opts.goal ? { goal: opts.goal } : {}), ...(opts.team ? { team: opts.team } : {}) }, GOAL_CODES);
        const pick = picker(lang, plan.languages[0] ?? lang);
        return {
          plan: plan.id,
          object: mapObject(m, pick),
          text: opts.format === 'dot' ? mapDot(m, pick) : opts.format === 'mermaid' ? mapMermaid(m, pick) : mapMarkdown(m, pick, lang),
        };
      });
      process.stdout.write(
        opts.format === 'json'
          ? manyJson(parts.map((p) => ({ plan: p.plan, value: p.object })))
          : manyText(parts.map((p) => ({ plan: p.plan, value: p.text }))),
      );
    });
}
