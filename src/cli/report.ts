// `sdplan report`: the biennial evaluation report as html, md or json.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Option, type Command } from 'commander';
import { buildReport, defaultPeriod } from '../report/report-model.js';
import { renderReport, SECTIONS, type ReportFormat, type Templates } from '../render/report-render.js';
import { outputLang, type Lang } from '../render/labels.js';
import { UsageError } from './exit-code.js';
import { parsePeriod } from './period-option.js';
import { planDirs } from './plan-dirs.js';
import { loadValidPlan } from './load-valid-plan.js';
import { writeFileAtomic } from './atomic-write.js';
import { printPdf } from './print-pdf.js';
import { atRevision } from './at-revision.js';
import { comparePrevious } from '../report/previous.js';
import { reconcile, stepsOf } from '../report/reconcile.js';
import { overlayRecorded, recordedScore, recordOfPeriod } from '../score/record-evaluation.js';
import { scorePlan } from '../score/score-plan.js';
import type { Plan } from '../model/plan.js';
import type { EvaluationRecord } from '../model/evaluation-record.js';
import { diffPlans } from '../diff/plan-diff.js';

/** The package's templates/ folder (the CLI runs from dist/bundle/ or dist/cli/). */
const BUILTIN = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The layout and every section partial for a format; a file in DIR/<format>/ overrides one by name. */
export function readTemplates(format: 'html' | 'md', overrideDir?: string): Templates {
  const out: Record<string, string> = {};
  for (const name of ['report', ...SECTIONS]) {
    const custom = overrideDir ? join(overrideDir, format, `${name}.hbs`) : undefined;
    const file = custom && existsSync(custom) ? custom : join(BUILTIN, format, `${name}.hbs`);
    out[name] = readFileSync(file, 'utf8');
  }
  return out;
}

/** A record's figures of a year, as the report of its period shows them. */
function recordedOverlay(plan: Plan, record: EvaluationRecord, year: number) {
  const hit = record.years.find((y) => y.year === year)!;
  return overlayRecorded(scorePlan(plan, year), recordedScore(record, hit, plan));
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('the biennial evaluation report: sustainability, implementation, teams, funding, coherence, data quality, governance, method')
    .argument('[PLAN_DIR...]', 'plan folders (default: the current folder); several need -o DIR and get a file each')
    .option('--period <years>', 'years evaluated, e.g. 2018-2019 (default: the last complete cycle with actuals)', parsePeriod)
    .addOption(new Option('--lang <lang>', "language of the report (default: the plan's first language)").choices(['ko', 'en']))
    .addOption(
      new Option('-f, --format <format>', "output format (pdf: A4, printed by the system's Chromium)").choices(['html', 'md', 'json', 'pdf']).default('html'),
    )
    .option('-o, --output <PATH>', 'write to PATH (atomically) instead of standard output; with several plans, a folder')
    .option('--template <DIR>', 'override templates: DIR/html/<section>.hbs or DIR/md/<section>.hbs')
    .addOption(new Option('--annex <kind>', 'add an annex: vlr, the statistical annex of a Voluntary Local Review (UN DESA, JRC)').choices(['vlr']))
    .option('--previous <REV>', 'add the change since the previous report: the plan at this git revision (as diff reads it), for its own period')
    .option('--recompute', 'for a period that evaluations/*.yaml records, compute the figures today instead of showing the record')
    .action(
      async (
        dirs: string[],
        opts: {
          period?: { start: number; end: number };
          lang?: Lang;
          format: ReportFormat | 'pdf';
          output?: string;
          template?: string;
          annex?: 'vlr';
          previous?: string;
          recompute?: boolean;
        },
      ) => {
        const folders = planDirs(dirs);
        if (folders.length > 1 && !opts.output) throw new UsageError('several plans make several reports: give a folder with -o DIR');
        if (opts.template !== undefined && !existsSync(opts.template)) throw new UsageError(`no such template folder: ${opts.template}`);
        if (opts.format === 'pdf' && !opts.output && process.stdout.isTTY) throw new UsageError('a PDF is a binary file: give -o FILE');
        const render: ReportFormat = opts.format === 'pdf' ? 'html' : opts.format;
        const templates = render === 'json' ? {} : readTemplates(render, opts.template);
        for (const d of folders) {
          const { plan: today, diagnostics, records } = loadValidPlan(d);
          const lang: Lang = outputLang(today.languages, opts.lang);
          const period = opts.period ?? defaultPeriod(today);
          // a recorded period shows its record (on today's plan: the same output wherever it runs, with or without git history)
          const recorded = opts.recompute
            ? null
            : recordOfPeriod(
                records.filter((r) => r.plan === today.id),
                period,
              );
          const plan = today;
          if (period.start < plan.period.start || period.end > plan.period.end) {
            throw new UsageError(`--period ${period.start}-${period.end} is outside the period of ${plan.id}, ${plan.period.start}-${plan.period.end}`);
          }
          const base = { lang, period, diagnostics, ...(opts.annex ? { annex: opts.annex } : {}), ...(recorded ? { recorded } : {}) };
          let model = buildReport(plan, base);
          if (opts.previous !== undefined) {
            const before = atRevision(d, opts.previous);
            if (before.broken.length > 0)
              throw new UsageError(`--previous ${opts.previous}: ${[...before.broken].sort().join(', ')} cannot be read at that revision`);
            const prevPeriod = defaultPeriod(before.plan);
            // the previous report as published: its record, where the plan at REV (or today's) holds one
            const prevRecord = opts.recompute
              ? null
              : recordOfPeriod(
                  [...before.records, ...records].filter((r) => r.plan === before.plan.id),
                  prevPeriod,
                );
            const prevModel = buildReport(before.plan, { lang, diagnostics: [], period: prevPeriod, ...(prevRecord ? { recorded: prevRecord } : {}) });
            const ends = {
              ...(prevRecord ? { previous: recordedOverlay(before.plan, prevRecord, prevPeriod.end) } : {}),
              ...(recorded ? { current: recordedOverlay(plan, recorded, period.end) } : {}),
            };
            const rows = reconcile(before.plan, prevPeriod.end, plan, period.end, ends);
            model = buildReport(plan, {
              ...base,
              previous: comparePrevious(opts.previous, prevModel, model, diffPlans(before.plan, plan), rows, stepsOf(ends)),
            });
          }
          let text: string;
          try {
            text = await renderReport(model, render, templates);
          } catch (e) {
            // a template that asks for a field the model lacks (strict mode), or does not parse
            throw new UsageError(`template error: ${(e as Error).message.split('\n')[0]}`);
          }
          const out: string | Uint8Array = opts.format === 'pdf' ? await printPdf(text) : text;
          if (folders.length > 1) {
            mkdirSync(opts.output!, { recursive: true });
            writeFileAtomic(join(opts.output!, `${plan.id}.${opts.format}`), out);
          } else if (opts.output) writeFileAtomic(opts.output, out);
          else process.stdout.write(out);
        }
      },
    );
}
