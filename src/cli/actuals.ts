// `sdplan actuals template` and `sdplan actuals import`: the yearly actuals workflow of a team.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { readActuals } from '../load/read-actuals.js';
import { checkImport } from '../check/check-import.js';
import { compact } from '../render/validate-formats.js';
import { neutralise } from '../model/csv-cell.js';
import { RULES } from '../model/rule-ids.js';
import { UsageError, EXIT_FINDINGS } from './exit-code.js';
import { planDirs } from './plan-dirs.js';
import { loadValidPlan } from './load-valid-plan.js';
import { writeFileAtomic } from './atomic-write.js';
import { lockForWrite, writePlanFiles } from './write-journal.js';
import type { Finding, Severity } from '../model/diagnostic.js';
import type { Actual, Plan } from '../model/plan.js';
import { readTemplateWorkbook, templateWorkbook } from '../render/actuals-xlsx.js';
import { templateSheets } from '../export/actuals-template.js';
import { checkText, type RawText } from '../load/plan-files.js';
import { MAX_FILE_BYTES } from '../load/limits.js';
import { appendActuals } from '../edit/append-actuals.js';
import { levelsFor } from '../check/check-plan.js';
import { parseRuleOverrides } from './validate.js';
import { inPeriod } from './score.js';


export function registerActuals(program: Command): void {
  const actuals = program.command('actuals').description('the actuals workflow: a template for a team, and importing what it filled in');

  actuals
    .command('template')
    .description('what a team (its tasks\' indicators with a target for the year) or a department (its sustainability indicators) fills in: CSV, or an Excel workbook with a sheet per team')
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
      if (opts.department !== undefined && !plan.departments.some((d) => d.id === opts.department)) throw new UsageError(`no department ${opts.department} in ${plan.id}`);
      if (opts.team !== undefined && opts.department !== undefined) throw new UsageError('give --team or --department, not both');
      if (opts.format === 'csv' && opts.team === undefined && opts.department === undefined) throw new UsageError('a CSV template is for one team or one department: give --team or --department');
      const sheets = templateSheets(plan, year, { ...(opts.team !== undefined ? { team: opts.team } : {}), ...(opts.department !== undefined ? { department: opts.department } : {}) });
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
      const rows = sheets.flatMap((x) => x.rows).map((r) => [r.indicator, year, ...dims.map((d) => r.breakdown[d] ?? ''), '', '', r.source, r.name, r.unit, r.target ?? ''].map(neutralise));
      const { stringify } = await import('csv-stringify/sync');
      // name, unit and target help whoever fills it in; import ignores them
      const csv = (opts.bom ? '\ufeff' : '') + stringify([['indicator', 'year', ...dims, 'value', 'note', 'source', 'name', 'unit', 'target'], ...rows], { record_delimiter: '\n' });
      if (opts.output) writeFileAtomic(opts.output, csv);
      else process.stdout.write(csv);
    });

  actuals
    .command('import')
    .description('check a filled-in CSV (UTF-8 or CP949) against the plan and merge it into actuals/ (nothing is written if any row is bad)')
    .argument('<FILE>', 'the CSV to import')
    .option('--plan <DIR>', 'plan folder', '.')
    .option('--dry-run', 'show what would change and write nothing')
    .option('--rule <ID=level>', 'set a rule\'s severity for this run, as validate does (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .action(async (file: string, opts: { plan: string; dryRun?: boolean; rule: string[] }) => {
      const overrides = parseRuleOverrides(opts.rule);
      const [dir] = planDirs([opts.plan]);
      // one writer at a time; the plan and the actuals file are read under the lock
      if (!opts.dryRun) lockForWrite(dir!, 'actuals import');
      const loaded = loadValidPlan(dir!);
      const { plan } = loaded;
      // a workbook's rows go to a CSV of the same name
      const target = join(resolve(dir!), 'actuals', basename(file).replace(/\.xlsx$/i, '.csv'));
      if (existsSync(target) && existsSync(file) && realpathSync(target) === realpathSync(file)) throw new UsageError(`${file} is already part of the plan`);
      const read = file.toLowerCase().endsWith('.xlsx') ? await readWorkbookRows(file, plan) : readCsvRows(file);
      if ('refused' in read) return refuse(plan.id, [read.refused], 0);
      const { rows, findings: readFindings, columns, labels } = read;
      const { findings, additions } = checkImport(plan, labels, rows, readFindings);
      const level = levelsFor(loaded, { overrides });
      const kept = findings.flatMap((f) => {
        const l = level(f.rule);
        return l === 'off' ? [] : [{ ...f, severity: l, line: f.line ?? 0, column: f.column ?? 0 }];
      });
      const errors = kept.filter((d) => d.severity === 'error').length;
      if (errors > 0) return refuse(plan.id, kept, errors);
      if (kept.length > 0) process.stderr.write(compact([{ plan: plan.id, diagnostics: kept }]));
      const rel = `actuals/${basename(target)}`;
      if (additions.length === 0) {
        process.stdout.write(`Nothing new: every row of ${file} is already recorded.\n`);
        return;
      }
      let existing: string | null = null;
      if (existsSync(target)) {
        try {
          existing = readFileSync(target, 'utf8');
        } catch (e) {
          throw new UsageError(`cannot read ${rel} to add to it (${(e as NodeJS.ErrnoException).code ?? 'error'}); nothing was imported`);
        }
      }
      const merged = appendActuals(existing, columns, additions, plan.dimensions.map((d) => d.id));
      if (!merged.ok) {
        throw new UsageError(`${rel} has no column ${merged.columns.join(', ')}, which the imported rows fill; add it to the header of ${rel} (or import under another file name). Nothing was imported.`);
      }
      const added = merged.text.slice((existing ?? '').length);
      const verb = opts.dryRun ? 'Would add' : 'Added';
      if (!opts.dryRun) {
        writePlanFiles(dir!, [[rel, merged.text]], 'actuals import');
      }
      process.stdout.write(`${verb} ${additions.length} row(s) to ${rel}:\n${existing === null ? added.slice(added.indexOf('\n') + 1) : added.replace(/^\r?\n/, '')}`);
    });
}

type ImportRows = { rows: Actual[]; findings: Finding[]; columns: string[]; labels: ReadonlySet<string> } | { refused: Finding };

/** A CSV's rows: UTF-8 (with or without BOM) or CP949, said on standard error. */
function readCsvRows(file: string): ImportRows {
  const raw = readImportFile(file);
  if (!('text' in raw)) return { refused: raw };
  // Korean Excel saves CSV in CP949 by default; say how the file was read
  if (raw.encoding === 'cp949') process.stderr.write(`sdplan: read ${file} as CP949 (EUC-KR) and converted it to UTF-8\n`);
  const r = readActuals(file, raw.text);
  return { ...r, labels: new Set([file]) };
}

/**
 * A filled-in template workbook's rows, each labelled `file#sheet` with its sheet row, so every
 * bad cell is reported with its sheet and row; a value that is not a number is actuals/bad-value.
 */
async function readWorkbookRows(file: string, plan: Plan): Promise<ImportRows> {
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_FILE_BYTES) return { refused: { rule: 'file/too-large', args: { size: statSync(file).size, limit: MAX_FILE_BYTES }, file, path: '', line: 0, column: 0 } };
    bytes = readFileSync(file);
  } catch (e) {
    throw new UsageError(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const wb = await readTemplateWorkbook(bytes);
  if (!wb.ok) throw new UsageError(wb.reason === 'not-a-template' ? `${file} is not an sdplan template (make one with sdplan actuals template --format xlsx)` : `${file} cannot be read as a workbook (${wb.detail ?? 'unknown'})`);
  if (wb.plan !== plan.id) throw new UsageError(`${file} is a template of plan ${wb.plan}, not ${plan.id}`);
  const rows: Actual[] = [];
  const findings: Finding[] = [];
  const labels = new Set<string>();
  const dims = new Set(plan.dimensions.map((d) => d.id));
  for (const r of wb.rows) {
    const label = `${file}#${r.sheet}`;
    labels.add(label);
    const at = { file: label, line: r.row, column: 1 };
    const year = /^\d{4}$/.test(r.cells.year ?? '') ? Number(r.cells.year) : NaN;
    if (r.badValue !== undefined) {
      findings.push({ rule: 'actuals/bad-value', args: { row: r.row, field: 'value', value: r.badValue }, path: `/rows/${r.row}/value`, ...at });
      continue;
    }
    if (!(year >= 1900 && year <= 2200)) {
      findings.push({ rule: 'actuals/bad-value', args: { row: r.row, field: 'year', value: r.cells.year ?? '' }, path: `/rows/${r.row}/year`, ...at });
      continue;
    }
    const flag = r.cells.flag ?? '';
    if (flag !== '' && !['estimated', 'provisional', 'break'].includes(flag)) {
      findings.push({ rule: 'actuals/bad-value', args: { row: r.row, field: 'flag', value: flag }, path: `/rows/${r.row}/flag`, ...at });
      continue;
    }
    const breakdown = Object.fromEntries(Object.entries(r.cells).filter(([k, v]) => dims.has(k) && v !== ''));
    const row: Actual = { indicator: r.cells.indicator ?? '', year, value: r.cells.value === '' ? null : Number(r.cells.value), line: r.row, file: label, breakdown };
    if (flag !== '') row.flag = flag as NonNullable<Actual['flag']>;
    if (r.cells.note) row.note = r.cells.note;
    if (r.cells.source) row.source = r.cells.source;
    rows.push(row);
  }
  // a new file gets the columns the rows fill: a workbook always has every column
  const filled = (c: 'flag' | 'note' | 'source') => rows.some((x) => x[c] !== undefined);
  const columns = ['indicator', 'year', ...plan.dimensions.map((d) => d.id).filter((d) => rows.some((x) => d in x.breakdown)), 'value', ...(['flag', 'note', 'source'] as const).filter(filled)];
  return { rows, findings, columns, labels };
}

/** The bytes of the file to import, checked as the loader checks plan files; CP949 is accepted. */
function readImportFile(file: string): RawText | Finding {
  const f = { kind: 'actuals' as const, rel: file, abs: file };
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_FILE_BYTES) return { rule: 'file/too-large', args: { size: statSync(file).size, limit: MAX_FILE_BYTES }, file, path: '', line: 0, column: 0 };
    bytes = readFileSync(file);
  } catch (e) {
    throw new UsageError(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return checkText(f, bytes, { legacyKorean: true });
}

function refuse(plan: string, findings: ReadonlyArray<Finding & { severity?: Severity }>, errors: number): void {
  const diags = findings.map((f) => ({ ...f, severity: f.severity ?? RULES[f.rule].severity, line: f.line ?? 0, column: f.column ?? 0 }));
  process.stderr.write(compact([{ plan, diagnostics: diags }]) + `sdplan: nothing was imported; fix the ${errors || diags.length} problem(s) above.\n`);
  process.exitCode = EXIT_FINDINGS;
}
