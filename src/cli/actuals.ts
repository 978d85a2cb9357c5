// `sdplan actuals template` and `sdplan actuals import`: the yearly actuals workflow of a team.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { readActuals } from '../load/read-actuals.js';
import { checkImport } from '../check/check-import.js';
import { compact } from '../render/validate-formats.js';
import { neutralise } from '../render/csv-safe.js';
import { RULES } from '../check/rule-ids.js';
import { UsageError, EXIT_FINDINGS } from './exit-code.js';
import { planDirs } from './plan-dirs.js';
import { loadValidPlan } from './load-valid-plan.js';
import { writeFileAtomic } from './atomic-write.js';
import { localText } from '../model/text.js';

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
    .description('check a filled-in CSV against the plan and merge it into actuals/ (nothing is written if any row is bad)')
    .argument('<FILE>', 'the CSV to import')
    .option('--plan <DIR>', 'plan folder', '.')
    .option('--dry-run', 'show what would change and write nothing')
    .action(async (file: string, opts: { plan: string; dryRun?: boolean }) => {
      const [dir] = planDirs([opts.plan]);
      const { plan } = loadValidPlan(dir!);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        throw new UsageError(`cannot read ${file}`);
      }
      const target = join(resolve(dir!), 'actuals', basename(file));
      if (existsSync(target) && realpathSync(target) === realpathSync(file)) throw new UsageError(`${file} is already part of the plan`);
      const { rows, findings: readFindings } = readActuals(file, text);
      const { findings, additions } = checkImport(plan, file, rows, readFindings);
      if (findings.length > 0) {
        const diags = findings.map((f) => ({ ...f, severity: RULES[f.rule].severity, line: f.line ?? 0, column: f.column ?? 0 }));
        process.stderr.write(compact([{ plan: plan.id, diagnostics: diags }]) + `sdplan: nothing was imported; fix the ${findings.length} row(s) above.\n`);
        process.exitCode = EXIT_FINDINGS;
        return;
      }
      const rel = `actuals/${basename(file)}`;
      if (additions.length === 0) {
        process.stdout.write(`Nothing new: every row of ${file} is already recorded.\n`);
        return;
      }
      const { stringify } = await import('csv-stringify/sync');
      const body = stringify(additions.map((a) => [a.indicator, a.year, a.value ?? '', a.note ?? '', a.source ?? '']), { record_delimiter: '\n' });
      const verb = opts.dryRun ? 'Would add' : 'Added';
      const summary = `${verb} ${additions.length} row(s) to ${rel}:\n${body}`;
      if (!opts.dryRun) {
        // Appending keeps every byte already in the file; a new file gets the header.
        let before = stringify([HEADER], { record_delimiter: '\n' });
        if (existsSync(target)) {
          try {
            before = readFileSync(target, 'utf8');
          } catch (e) {
            throw new UsageError(`cannot read ${rel} to add to it (${(e as NodeJS.ErrnoException).code ?? 'error'}); nothing was imported`);
          }
        }
        writeFileAtomic(target, before + (before.endsWith('\n') || before === '' ? '' : '\n') + body);
      }
      process.stdout.write(summary);
    });
}
