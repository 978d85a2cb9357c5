// `sdplan actuals template` and `sdplan actuals import`: the yearly actuals workflow of a team.
import { accessSync, constants, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { readActuals, type ActualsResult } from '../load/read-actuals.js';
import { readWorkbook } from '../load/read-workbook.js';
import { checkImport } from '../check/check-import.js';
import { compact } from '../render/validate-formats.js';
import { templateAliases } from '../model/actual-columns.js';
import { csvText } from '../model/csv-cell.js';
import { RULES } from '../model/rule-ids.js';
import { UsageError, EXIT_FINDINGS } from './exit-code.js';
import { planDirs } from './plan-dirs.js';
import { loadValidPlan } from './load-valid-plan.js';
import { writeFileAtomic } from './atomic-write.js';
import type { Diagnostic, Finding } from '../model/diagnostic.js';
import type { Plan } from '../model/plan.js';
import { templateWorkbook } from '../render/actuals-xlsx.js';
import { IMPORT_WORDS } from '../render/import-output.js';
import { outputLang, type Lang } from '../render/labels.js';
import { defaultDestination, destinationOf } from '../edit/actuals-destination.js';
import { lockForWrite, writePlanFiles } from './write-journal.js';
import { templateSheets } from '../export/actuals-template.js';
import { checkText, type RawText } from '../load/plan-files.js';
import { MAX_FILE_BYTES } from '../load/limits.js';
import { appendActuals } from '../edit/append-actuals.js';
import { parseRuleOverrides } from './validate.js';
import { inPeriod } from './score.js';

export function registerActuals(program: Command): void {
  const actuals = program.command('actuals').description('the actuals workflow: a template for a team, and importing what it filled in');

  actuals
    .command('template')
    .description(
      "what a team (its tasks' indicators with a target for the year) or a department (its sustainability indicators) fills in: CSV, or an Excel workbook with a sheet per team",
    )
    .option('--team <TEAM>', 'team ID (CSV: required unless --department; xlsx: default every team, a sheet each)')
    .option('--department <DEPT>', 'department ID: the sustainability indicators it manages (managed_by), breakdown rows included')
    .requiredOption('--year <year>', 'year of the actuals')
    .option('--plan <DIR>', 'plan folder', '.')
    .addOption(new Option('-f, --format <format>', 'csv or xlsx').choices(['csv', 'xlsx']).default('csv'))
    .option('-o, --output <FILE>', 'write to a file (xlsx: needed unless standard output is redirected)')
    .option('--bom', 'CSV: start with a byte-order mark (for spreadsheet programs that need it to read Korean)')
    .action(async (opts: { team?: string; department?: string; year: string; plan: string; format: 'csv' | 'xlsx'; output?: string; bom?: boolean }) => {
      if (!/^\d{4}$/.test(opts.year)) throw new UsageError(`--year expects a 4-digit year, got "${opts.year}"`);
      const year = Number(opts.year);
      const [dir] = planDirs([opts.plan]);
      const { plan } = loadValidPlan(dir!);
      inPeriod(plan, year, '--year');
      if (opts.team !== undefined && !plan.teams.some((t) => t.id === opts.team)) throw new UsageError(`no team ${opts.team} in ${plan.id}`);
      if (opts.department !== undefined && !plan.departments.some((d) => d.id === opts.department))
        throw new UsageError(`no department ${opts.department} in ${plan.id}`);
      if (opts.team !== undefined && opts.department !== undefined) throw new UsageError('give --team or --department, not both');
      if (opts.format === 'csv' && opts.team === undefined && opts.department === undefined)
        throw new UsageError('a CSV template is for one team or one department: give --team or --department');
      const sheets = templateSheets(plan, year, {
        ...(opts.team !== undefined ? { team: opts.team } : {}),
        ...(opts.department !== undefined ? { department: opts.department } : {}),
      });
      if (opts.format === 'xlsx') {
        if (!opts.output && process.stdout.isTTY) throw new UsageError('an xlsx template is a binary file: give -o FILE');
        const bytes = await templateWorkbook(plan, year, sheets);
        if (opts.output) {
          writeFileAtomic(opts.output, bytes);
          process.stderr.write(`Wrote ${opts.output}: ${sheets.length} sheet(s), ${sheets.reduce((n, x) => n + x.rows.length, 0)} row(s) to fill in\n`);
        } else process.stdout.write(bytes);
        return;
      }
      const dims = plan.dimensions.map((d) => d.id).filter((d) => sheets.some((x) => x.rows.some((r) => d in r.breakdown)));
      const rows = sheets
        .flatMap((x) => x.rows)
        .map((r) => [r.indicator, year, ...dims.map((d) => r.breakdown[d] ?? ''), '', '', r.source, r.name, r.unit, r.target ?? '']);
      // name, unit and target help whoever fills it in; import ignores them
      const csv = csvText([['indicator', 'year', ...dims, 'value', 'note', 'source', 'name', 'unit', 'target'], ...rows], { bom: opts.bom === true });
      if (opts.output) writeFileAtomic(opts.output, csv);
      else process.stdout.write(csv);
    });

  actuals
    .command('import')
    .description(
      'check a filled-in CSV (UTF-8 or CP949) or template workbook against the plan as validate would, and add its new rows to a file the plan reads (nothing is written if any finding is an error)',
    )
    .argument('<FILE>', 'the CSV or xlsx workbook to import')
    .option('--plan <DIR>', 'plan folder', '.')
    .option(
      '--to <FILE>',
      'the plan file to add the rows to, actuals/NAME.csv relative to the plan folder (default: actuals/<team or department>-<year>.csv when one team or department owns every row, else actuals/<year>.csv)',
    )
    .option('--dry-run', 'show what would change and write nothing')
    .option(
      '--rule <ID=level>',
      "set a rule's severity for this run, as validate does (repeatable)",
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .addOption(new Option('--lang <lang>', "language of the messages (default: the plan's first language)").choices(['en', 'ko']))
    .action(async (file: string, opts: { plan: string; to?: string; dryRun?: boolean; rule: string[]; lang?: Lang }) => {
      const overrides = parseRuleOverrides(opts.rule);
      const [dir] = planDirs([opts.plan]);
      // one writer at a time; the plan and the actuals file are read under the lock
      if (!opts.dryRun) lockForWrite(dir!, 'actuals import');
      const loaded = loadValidPlan(dir!);
      const { plan } = loaded;
      const lang = outputLang(plan.languages, opts.lang);
      const W = IMPORT_WORDS[lang];
      let chosen: string | undefined;
      if (opts.to !== undefined) {
        const to = destinationOf(opts.to);
        if (!to.ok) throw new UsageError(W.badTo(opts.to));
        chosen = to.rel;
      }
      if (isPlanActuals(file, dir!)) throw new UsageError(W.alreadyInPlan(file));
      const read = /\.xlsx$/i.test(file) ? await readWorkbookRows(file, plan, lang) : readCsvRows(file, plan, lang);
      if ('refused' in read) return refuse(plan.id, [read.refused], lang);
      const { diagnostics, additions } = checkImport(loaded, read, { overrides });
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      if (errors > 0) return refuse(plan.id, diagnostics, lang, errors);
      if (diagnostics.length > 0) process.stderr.write(compact([{ plan: plan.id, diagnostics }], { lang }));
      if (read.filled === 0) {
        process.stdout.write(W.noRows(file));
        return;
      }
      if (additions.length === 0) {
        process.stdout.write(W.nothingNew(file));
        return;
      }
      const rel = chosen ?? defaultDestination(plan, additions);
      const target = join(resolve(dir!), ...rel.split('/'));
      let existing: string | null = null;
      if (existsSync(target)) {
        // refused before anything is read or written: a file someone made read-only stays as it is
        if (isReadOnly(target)) throw new UsageError(W.readOnly(rel));
        try {
          existing = readFileSync(target, 'utf8');
        } catch (e) {
          throw new UsageError(W.cannotReadTarget(rel, (e as NodeJS.ErrnoException).code ?? 'error'));
        }
      }
      const merged = appendActuals(
        existing,
        read.columns,
        additions,
        plan.dimensions.map((d) => d.id),
      );
      if (!merged.ok) throw new UsageError(W.missingColumns(rel, merged.columns.join(', ')));
      const added = merged.text.slice((existing ?? '').length);
      if (!opts.dryRun) {
        writePlanFiles(dir!, [[rel, merged.text]], 'actuals import');
      }
      process.stdout.write(
        W.added(additions.length, rel, !!opts.dryRun) + (existing === null ? added.slice(added.indexOf('\n') + 1) : added.replace(/^\r?\n/, '')),
      );
    });
}

type ImportRows = (ActualsResult & { labels: ReadonlySet<string>; filled: number }) | { refused: Finding };

/** A file the plan reads already (actuals/*.csv of this plan): importing it would add it to itself. */
function isPlanActuals(file: string, dir: string): boolean {
  try {
    return /\.csv$/.test(file) && dirname(realpathSync(file)) === realpathSync(join(dir, 'actuals'));
  } catch {
    return false;
  }
}

/** No write permission for anyone, or none for this process (root ignores the mode, so both are asked). */
function isReadOnly(target: string): boolean {
  try {
    const st = statSync(target);
    if (st.isFile() && (st.mode & 0o222) === 0) return true;
    accessSync(target, constants.W_OK);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EACCES' || (e as NodeJS.ErrnoException).code === 'EPERM' || (e as NodeJS.ErrnoException).code === 'EROFS';
  }
}

/**
 * A CSV's rows: UTF-8 (with or without BOM) or CP949, said on standard error. The headers of
 * sdplan's own workbook (지표 ID, 실적, a dimension's name) read as the columns they label, and a
 * value written as 45% is read as 45 where the indicator is measured in %.
 */
function readCsvRows(file: string, plan: Plan, lang: Lang): ImportRows {
  const raw = readImportFile(file, lang);
  if (!('text' in raw)) return { refused: raw };
  // Korean Excel saves CSV in CP949 by default; say how the file was read
  if (raw.encoding === 'cp949') process.stderr.write(IMPORT_WORDS[lang].readAsCp949(file));
  const r = readActuals(file, raw.text, { aliases: templateAliases(plan.dimensions), percent: true });
  return { ...r, labels: new Set([file]), filled: r.rows.length + r.findings.length };
}

/** A filled-in template workbook's rows, each labelled `file#sheet` with its sheet row. */
async function readWorkbookRows(file: string, plan: Plan, lang: Lang): Promise<ImportRows> {
  const W = IMPORT_WORDS[lang];
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) return { refused: { rule: 'file/too-large', args: { size, limit: MAX_FILE_BYTES }, file, path: '', line: 0, column: 0 } };
    bytes = readFileSync(file);
  } catch (e) {
    throw new UsageError(W.cannotRead(file, (e as NodeJS.ErrnoException).code ?? 'error'));
  }
  const wb = await readWorkbook(file, bytes);
  if (!wb.ok) {
    if ('finding' in wb) return { refused: wb.finding };
    throw new UsageError(wb.reason === 'not-a-template' ? W.notTemplate(file) : W.unreadableWorkbook(file, wb.detail ?? 'unknown'));
  }
  if (wb.plan !== plan.id) throw new UsageError(W.otherPlan(file, wb.plan, plan.id));
  return wb;
}

/** The bytes of the file to import, checked as the loader checks plan files; CP949 is accepted. */
function readImportFile(file: string, lang: Lang): RawText | Finding {
  const f = { kind: 'actuals' as const, rel: file, abs: file };
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) return { rule: 'file/too-large', args: { size, limit: MAX_FILE_BYTES }, file, path: '', line: 0, column: 0 };
    bytes = readFileSync(file);
  } catch (e) {
    throw new UsageError(IMPORT_WORDS[lang].cannotRead(file, (e as NodeJS.ErrnoException).code ?? 'error'));
  }
  return checkText(f, bytes, { legacyKorean: true });
}

function refuse(plan: string, findings: ReadonlyArray<Finding | Diagnostic>, lang: Lang, errors?: number): void {
  const diags = findings.map((f) => ({ ...f, severity: 'severity' in f ? f.severity : RULES[f.rule].severity, line: f.line ?? 0, column: f.column ?? 0 }));
  process.stderr.write(compact([{ plan, diagnostics: diags }], { lang }) + IMPORT_WORDS[lang].refused(errors ?? diags.length));
  process.exitCode = EXIT_FINDINGS;
}
