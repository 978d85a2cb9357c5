// `sdplan export`: flat tables for spreadsheets and other systems, formula-injection safe.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Option, type Command } from 'commander';
import { exportTable, decidimResults, openSdgFiles, type ExportWhat, type Table } from '../render/export-tables.js';
import { neutralise } from '../model/csv-cell.js';
import { outputLang, type Lang } from '../render/labels.js';
import { UsageError } from './exit-code.js';
import { planDirs } from './plan-dirs.js';
import { loadValidPlan } from './load-valid-plan.js';
import { combine } from './several-plans.js';
import { writeFileAtomic, writeFilesAtomic } from './atomic-write.js';

async function csvOf(t: Table, bom: boolean): Promise<string> {
  const { stringify } = await import('csv-stringify/sync');
  return (bom ? '\ufeff' : '') + stringify([t.columns, ...t.rows.map((r) => r.map((c) => (c === null ? '' : neutralise(c))))], { record_delimiter: '\n' });
}

const jsonOf = (t: Table) => JSON.stringify(t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i] ?? null]))), null, 2) + '\n';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('flat tables (tasks, indicators, targets, actuals) as CSV or JSON; tasks for Decidim; indicators for Open SDG')
    .argument('<what>', 'tasks | indicators | targets | actuals')
    .argument('[PLAN_DIR...]', 'plan folders (default: the current folder); several give one table with a plan column')
    .addOption(new Option('-f, --format <format>', 'csv, json, decidim (tasks) or opensdg (indicators, needs -o DIR)').choices(['csv', 'json', 'decidim', 'opensdg']).default('csv'))
    .addOption(new Option('--lang <lang>', 'language of names (default: the plan\'s first language)').choices(['ko', 'en']))
    .option('--bom', 'start CSV with a byte-order mark (for spreadsheet programs that need it to read Korean)')
    .option('-o, --output <PATH>', 'write to a file (opensdg: a folder) instead of standard output')
    .action(async (what: string, dirs: string[], opts: { format: 'csv' | 'json' | 'decidim' | 'opensdg'; lang?: Lang; bom?: boolean; output?: string }) => {
      if (!['tasks', 'indicators', 'targets', 'actuals'].includes(what)) throw new UsageError(`export expects tasks, indicators, targets or actuals, got "${what}"`);
      const plans = planDirs(dirs).map((d) => loadValidPlan(d).plan);
      if (plans.length > 1) {
        if (opts.format === 'opensdg' || opts.format === 'decidim') throw new UsageError(`--format ${opts.format} takes one plan`);
        const outs = await Promise.all(plans.map(async (plan) => {
          const table = exportTable(plan, what as ExportWhat, outputLang(plan.languages, opts.lang));
          return opts.format === 'json' ? jsonOf(table) : csvOf(table, false);
        }));
        const out = (opts.bom && opts.format === 'csv' ? '\ufeff' : '') + combine(plans, outs, opts.format);
        if (opts.output) writeFileAtomic(opts.output, out);
        else process.stdout.write(out);
        return;
      }
      const plan = plans[0]!;
      const lang: Lang = outputLang(plan.languages, opts.lang);
      if (opts.format === 'opensdg') {
        if (what !== 'indicators') throw new UsageError('--format opensdg exports indicators');
        if (!opts.output) throw new UsageError('--format opensdg writes several files: give a folder with -o DIR');
        const files = await openSdgFiles(plan, lang);
        for (const f of files) mkdirSync(dirname(join(opts.output, f.path)), { recursive: true });
        writeFilesAtomic(files.map((f) => [join(opts.output!, f.path), f.text] as const));
        process.stdout.write(`Wrote ${files.length} files to ${opts.output}\n`);
        return;
      }
      if (opts.format === 'decidim' && what !== 'tasks') throw new UsageError('--format decidim exports tasks');
      const table = opts.format === 'decidim' ? decidimResults(plan) : exportTable(plan, what as ExportWhat, lang);
      const out = opts.format === 'json' ? jsonOf(table) : await csvOf(table, opts.bom === true);
      if (opts.output) writeFileAtomic(opts.output, out);
      else process.stdout.write(out);
    });
}
