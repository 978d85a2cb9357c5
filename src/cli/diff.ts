// `sdplan diff BASE [HEAD]`: what a revision changes in the plan, and what it breaks.
import { Option, type Command } from 'commander';
import { loadPlan } from '../load/load-plan.js';
import { checkPlan } from '../check/check-plan.js';
import { diffPlans, summarise } from '../diff/plan-diff.js';
import { findingsDelta, type OverlapSide } from '../diff/findings-delta.js';
import { findOverlaps } from '../overlap/find-overlaps.js';
import { findConflicts } from '../overlap/conflicts.js';
import { taskDocs } from '../overlap/task-docs.js';
import type { Plan } from '../model/plan.js';
import { diffJson, diffMarkdown, diffText } from '../render/diff-output.js';
import { planNames } from '../render/plan-names.js';
import { planDirs } from './plan-dirs.js';
import { atRevision } from './at-revision.js';

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('what changed in the plan between two git revisions (HEAD: the working tree), and what the change breaks')
    .argument('<BASE>', 'base revision, e.g. origin/main')
    .argument('[HEAD]', 'head revision (default: the working tree)')
    .option('--plan <DIR>', 'plan folder', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'json', 'text']).default('md'))
    .addOption(new Option('--lang <lang>', 'language of the words (default: en)').choices(['en', 'ko']).default('en'))
    .action((base: string, head: string | undefined, opts: { plan: string; format: 'md' | 'json' | 'text'; lang: 'en' | 'ko' }) => {
      const [dir] = planDirs([opts.plan]);
      const a = atRevision(dir!, base);
      const b = head === undefined ? loadPlan(dir!) : atRevision(dir!, head);
      // a file that cannot be read would show its tasks as removed: compare nothing, say why
      const unreadable = { base: [...a.broken].sort(), head: [...b.broken].sort() };
      const comparable = unreadable.base.length === 0 && unreadable.head.length === 0;
      const changes = comparable ? diffPlans(a.plan, b.plan) : [];
      // both sides at the head's threshold, so a pair is new or gone, not measured differently
      const threshold = b.plan.overlapThreshold;
      const side = (plan: Plan): OverlapSide => {
        const docs = taskDocs(plan);
        return {
          pairs: findOverlaps(plan, { threshold, docs }),
          conflicts: findConflicts(plan, docs),
          tasks: new Set(plan.tasks.map((t) => t.id)),
          replacedBy: new Map(plan.tasks.flatMap((t) => t.replaces.map((r) => [r, t.id] as const))),
        };
      };
      const report = {
        base,
        head: head ?? 'working tree',
        unreadable,
        summary: summarise(changes),
        changes,
        findings: findingsDelta(checkPlan(a), checkPlan(b), side(a.plan), side(b.plan)),
      };
      const names = planNames(b.plan, opts.lang);
      process.stdout.write(
        opts.format === 'json'
          ? diffJson(report, opts.lang, names)
          : opts.format === 'text'
            ? diffText(report, opts.lang, names)
            : diffMarkdown(report, opts.lang, names),
      );
    });
}
