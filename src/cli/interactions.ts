// `sdplan interactions template`: the scoring sheet a subcommittee fills in (interactions.csv, 1.1).
import { Option, type Command } from 'commander';
import { interactionSheets } from '../export/interactions-template.js';
import { interactionsWorkbook, HELPER_COLUMNS } from '../render/interactions-xlsx.js';
import { INTERACTION_COLUMNS } from '../model/interaction-columns.js';
import { csvText } from '../model/csv-cell.js';
import { UsageError } from './exit-code.js';
import { planDirs } from './plan-dirs.js';
import { loadValidPlan } from './load-valid-plan.js';
import { writeFileAtomic } from './atomic-write.js';

export function registerInteractions(program: Command): void {
  const interactions = program.command('interactions').description("scored interactions between goals (interactions.csv): the subcommittees' scoring sheet");
  interactions
    .command('template')
    .description(
      'for each goal a subcommittee is responsible for, a row for its action on every other goal, with the declared effects and any score on record: CSV, or an Excel workbook with a sheet per subcommittee',
    )
    .option('--body <ID>', 'only this subcommittee (default: every subcommittee named in goals.yaml)')
    .option('--plan <DIR>', 'plan folder', '.')
    .addOption(new Option('-f, --format <format>', 'csv or xlsx').choices(['csv', 'xlsx']).default('csv'))
    .option('-o, --output <FILE>', 'write to a file (xlsx: needed unless standard output is redirected)')
    .option('--bom', 'CSV: start with a byte-order mark (for spreadsheet programs that need it to read Korean)')
    .action(async (opts: { body?: string; plan: string; format: 'csv' | 'xlsx'; output?: string; bom?: boolean }) => {
      const [dir] = planDirs([opts.plan]);
      const { plan } = loadValidPlan(dir!);
      const sheets = interactionSheets(plan, opts.body);
      if (sheets.length === 0)
        throw new UsageError(
          opts.body !== undefined
            ? `no goal of ${plan.id} names subcommittee ${opts.body}`
            : `no goal of ${plan.id} names a subcommittee (goals.yaml: subcommittee)`,
        );
      const rows = sheets.reduce((n, s) => n + s.rows.length, 0);
      if (opts.format === 'xlsx') {
        if (!opts.output && process.stdout.isTTY) throw new UsageError('an xlsx workbook is a binary file: give -o FILE');
        const bytes = await interactionsWorkbook(sheets, plan.languages[0] === 'ko' ? 'ko' : 'en');
        if (opts.output) {
          writeFileAtomic(opts.output, bytes);
          process.stderr.write(`Wrote ${opts.output}: ${sheets.length} sheet(s), ${rows} pair(s) to score\n`);
        } else process.stdout.write(bytes);
        return;
      }
      const body = sheets.flatMap((s) => s.rows).map((r) => [r.from, r.to, r.score ?? '', r.confidence, r.note, r.scoredBy, r.fromName, r.toName, r.declared]);
      // the names and declared effects help whoever scores; validate reads only the format's columns
      const csv = csvText([[...INTERACTION_COLUMNS, ...HELPER_COLUMNS], ...body], { bom: opts.bom === true });
      if (opts.output) writeFileAtomic(opts.output, csv);
      else process.stdout.write(csv);
    });
}
