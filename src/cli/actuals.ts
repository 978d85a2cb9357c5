// `sdplan actuals template` and `sdplan actuals import`: the yearly actuals workflow of a team.
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { readActuals } from '../load/read-actuals.js';
import { checkImport } from '../check/check-import.js';
import { compact } from '../render/validate-formats.js';
import { neutralise } from '../model/csv-cell.js';
import { RULES } from '../model/rule-ids.js';
import { UsageError, EXIT_FINDINGS } from './exit-code.js';
import { planDirs } from './plan-dirs.js';
import { loadValidPlan } from './load-valid-plan.js';
import { writeFileAtomic } from './atomic-write.js';
import { localText } from '../model/text.js';
import type { Finding, Severity } from '../model/diagnostic.js';
import { checkText, type RawText } from '../load/plan-files.js';
import { MAX_FILE_BYTES } from '../load/limits.js';
import { appendActuals } from '../edit/append-actuals.js';
import { levelsFor } from '../check/check-plan.js';
import { parseRuleOverrides } from './validate.js';
import { inPeriod } from './score.js';

const HEADER = ['indicator', 'year', 'value', 'note', 'source'];

export function registerActuals(program: Command): void {
  const actuals = program.command('actuals').description('the actuals workflow: a template for a team, and importing what it filled in');

  actuals
    .command('template')
    .description('a CSV of a team\'s indicators with a target for the year, ready to fill in')
    .requiredOption('--team <TEAM>', 'team ID')
    .requiredOption('--year <year>', 'year of the actuals')
    .option('--plan <DIR>', 'plan folder', '.')
    .option('--bom', 'start with a byte-order mark (for spreadsheet programs that need it to read Korean)')
    .action(async (opts: { team: string; year: string; plan: string; bom?: boolean }) => {
      if (!/^\d{4}$/.test(opts.year)) throw new UsageError(`--year expects a 4-digit year, got "${opts.year}"`);
      const year = Number(opts.year);
      const [dir] = planDirs([opts.plan]);
      const { plan } = loadValidPlan(dir!);
      inPeriod(plan, year, '--year');
      if (!plan.teams.some((t) => t.id === opts.team)) throw new UsageError(`no team ${opts.team} in ${plan.id}`);
      const def = plan.languages[0] ?? 'en';
      const rows: Array<Array<string | number>> = [];
      for (const task of plan.tasks.filter((t) => t.lead === opts.team)) {
        for (const pi of task.indicators) {
          const target = pi.targets.find(([y]) => y === year)?.[1];
          if (target === undefined) continue;
          rows.push([pi.id, year, '', '', pi.source ?? '', localText(pi.name, def, def).text, pi.unit, target].map(neutralise));
        }
      }
      const { stringify } = await import('csv-stringify/sync');
      // name, unit and target help whoever fills it in; import reads only the first five columns.
      const csv = stringify([[...HEADER, 'name', 'unit', 'target'], ...rows], { record_delimiter: '\n' });
      process.stdout.write((opts.bom ? '\ufeff' : '') + csv);
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
      const loaded = loadValidPlan(dir!);
      const { plan } = loaded;
      const target = join(resolve(dir!), 'actuals', basename(file));
      if (existsSync(target) && existsSync(file) && realpathSync(target) === realpathSync(file)) throw new UsageError(`${file} is already part of the plan`);
      const raw = readImportFile(file);
      if (!('text' in raw)) return refuse(plan.id, [raw], 0);
      // Korean Excel saves CSV in CP949 by default; say how the file was read
      if (raw.encoding === 'cp949') process.stderr.write(`sdplan: read ${file} as CP949 (EUC-KR) and converted it to UTF-8\n`);
      const { rows, findings: readFindings, columns } = readActuals(file, raw.text);
      const { findings, additions } = checkImport(plan, file, rows, readFindings);
      const level = levelsFor(loaded, { overrides });
      const kept = findings.flatMap((f) => {
        const l = level(f.rule);
        return l === 'off' ? [] : [{ ...f, severity: l, line: f.line ?? 0, column: f.column ?? 0 }];
      });
      const errors = kept.filter((d) => d.severity === 'error').length;
      if (errors > 0) return refuse(plan.id, kept, errors);
      if (kept.length > 0) process.stderr.write(compact([{ plan: plan.id, diagnostics: kept }]));
      const rel = `actuals/${basename(file)}`;
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
        // a plan without actuals yet has no actuals/ folder
        mkdirSync(dirname(target), { recursive: true });
        writeFileAtomic(target, merged.text);
      }
      process.stdout.write(`${verb} ${additions.length} row(s) to ${rel}:\n${existing === null ? added.slice(added.indexOf('\n') + 1) : added.replace(/^\r?\n/, '')}`);
    });
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
