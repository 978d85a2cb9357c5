// `sdplan export`: flat tables for spreadsheets and other systems, formula-injection safe.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Option, type Command } from 'commander';
import { exportTable, decidimResults, openSdgFiles, type ExportWhat, type Table } from '../export/export-tables.js';
import { manyCsv, manyJson } from '../render/plans-output.js';
import { outputLang, type Lang } from '../render/labels.js';
import { UsageError } from './exit-code.js';
import { planDirs } from './plan-dirs.js';
import { loadValidPlan } from './load-valid-plan.js';
import { writeFileAtomic, writeFilesAtomic } from './atomic-write.js';

/**
 * external_id -> id from a Decidim results export (CSV with `;` or `,`, UTF-8 with or without BOM).
 */
async function decidimIds(file: string): Promise<Map<string, string>> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  } catch (e) {
    throw new UsageError(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const { parse } = await import('csv-parse/sync');
  const first = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const delimiter = (first.match(/;/g) ?? []).length > (first.match(/,/g) ?? []).length ? ';' : ',';
  let rows: Array<Record<string, string>>;
  try {
    rows = parse(text, { columns: true, delimiter, skip_empty_lines: true, relax_column_count: true }) as Array<Record<string, string>>;
  } catch (e) {
    throw new UsageError(`${file} is not a readable CSV: ${(e as Error).message}`);
  }
  if (rows.length > 0 && (!('id' in rows[0]!) || !('external_id' in rows[0]!)))
    throw new UsageError(`${file} has no id and external_id columns; give a results export of Decidim's accountability component`);
  return new Map(rows.filter((r) => r.external_id && r.id).map((r) => [r.external_id!, r.id!]));
}

const WHAT = ['goals', 'strategies', 'tasks', 'budgets', 'indicators', 'targets', 'actuals'];

/** A table as JSON records: one object per row, keyed by column. */
const recordsOf = (t: Table) => t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i] ?? null])));

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('flat tables (goals, strategies, tasks, budgets, indicators, targets, actuals) as CSV or JSON; tasks for Decidim; indicators for Open SDG')
    .argument('<what>', 'goals | strategies | tasks | budgets | indicators | targets | actuals')
    .argument('[PLAN_DIR...]', 'plan folders (default: the current folder); several give one table with a plan column')
    .addOption(
      new Option('-f, --format <format>', 'csv, json, decidim (tasks) or opensdg (indicators, needs -o DIR)')
        .choices(['csv', 'json', 'decidim', 'opensdg'])
        .default('csv'),
    )
    .addOption(new Option('--lang <lang>', "language of names (default: the plan's first language)").choices(['ko', 'en']))
    .option('--bom', 'start CSV with a byte-order mark (for spreadsheet programs that need it to read Korean)')
    .option('-o, --output <PATH>', 'write to a file (opensdg: a folder) instead of standard output')
    .option('--col-sep <char>', 'decidim: the column separator of the Decidim instance (Decidim.default_csv_col_sep)', ';')
    .option('--parents', 'decidim: goals and strategies as parent results (linked by parent/id once --ids gives their Decidim ids)')
    .option('--ids <FILE>', 'decidim: a results export of the Decidim instance; its ids are filled in by external_id so a re-import updates')
    .action(
      async (
        what: string,
        dirs: string[],
        opts: { format: 'csv' | 'json' | 'decidim' | 'opensdg'; lang?: Lang; bom?: boolean; output?: string; colSep: string; ids?: string; parents?: boolean },
      ) => {
        if (!WHAT.includes(what)) throw new UsageError(`export expects ${WHAT.join(', ')}, got "${what}"`);
        const plans = planDirs(dirs).map((d) => loadValidPlan(d).plan);
        if (plans.length > 1 && (opts.format === 'opensdg' || opts.format === 'decidim')) throw new UsageError(`--format ${opts.format} takes one plan`);
        const plan = plans[0]!;
        const lang: Lang = outputLang(plan.languages, opts.lang);
        if (opts.format === 'opensdg') {
          if (what !== 'indicators') throw new UsageError('--format opensdg exports indicators');
          if (!opts.output) throw new UsageError('--format opensdg writes several files: give a folder with -o DIR');
          const files = await openSdgFiles(plan, lang);
          if (!Array.isArray(files))
            throw new UsageError(`Open SDG would drop the indicators ${files.refused.join(', ')} (an ID needs a dash); nothing was written`);
          for (const f of files) mkdirSync(dirname(join(opts.output, f.path)), { recursive: true });
          writeFilesAtomic(files.map((f) => [join(opts.output!, f.path), f.text] as const));
          process.stdout.write(`Wrote ${files.length} files to ${opts.output}\n`);
          return;
        }
        if (opts.format === 'decidim' && what !== 'tasks') throw new UsageError('--format decidim exports tasks');
        // Decidim reads the file with Ruby's CSV, which keeps a byte-order mark in the first header
        // ("\ufeffid"): every row would then look new and be created again on each import
        if (opts.format === 'decidim' && opts.bom === true)
          throw new UsageError(
            '--bom cannot be used with --format decidim: Decidim would read the first column as "\ufeffid" and create every result again; Decidim reads UTF-8 without it',
          );
        if (opts.colSep.length !== 1 || /["\r\n]/.test(opts.colSep))
          throw new UsageError(`--col-sep expects one character (not a quote or a line break), got "${opts.colSep}"`);
        const ids = opts.format === 'decidim' && opts.ids ? await decidimIds(opts.ids) : new Map<string, string>();
        const tables = plans.map((p) => ({
          plan: p.id,
          value:
            opts.format === 'decidim' ? decidimResults(p, ids, opts.parents === true) : exportTable(p, what as ExportWhat, outputLang(p.languages, opts.lang)),
        }));
        const out =
          opts.format === 'json'
            ? manyJson(tables.map((t) => ({ plan: t.plan, value: { what, rows: recordsOf(t.value) } })))
            : await manyCsv(tables, { bom: opts.bom === true, ...(opts.format === 'decidim' ? { delimiter: opts.colSep } : {}) });
        if (opts.output) writeFileAtomic(opts.output, out);
        else process.stdout.write(out);
      },
    );
}
