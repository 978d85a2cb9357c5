// `sdplan validate [PLAN_DIR...]`: load, check, print, exit code.
import { appendFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import type { Level } from '../model/diagnostic.js';
import { loadPlan } from '../load/load-plan.js';
import { checkPlanCapped } from '../check/check-plan.js';
import { FINDINGS_SHOWN } from '../model/diagnostic.js';
import { RULE_IDS, isRuleId } from '../model/rule-ids.js';
import { didYouMean } from '../check/did-you-mean.js';
import { VALIDATE_FORMATS, countResults, githubSummary, type PlanResult, type ValidateFormat } from '../render/validate-formats.js';
import { UsageError, validateExitCode } from './exit-code.js';
import { displayPath, planDirs } from './plan-dirs.js';
import { terminalPaint } from './terminal.js';

interface ValidateOptions {
  lang?: 'en' | 'ko';
  format?: ValidateFormat;
  color: boolean;
  maxWarnings?: number;
  rule: string[];
}

const LEVELS = ['error', 'warning', 'info', 'off'];

export function parseRuleOverrides(specs: string[]): Record<string, Level> {
  const out: Record<string, Level> = {};
  for (const spec of specs) {
    const m = /^([^=]+)=(.+)$/.exec(spec);
    if (!m || !LEVELS.includes(m[2]!)) throw new UsageError(`--rule expects ID=off|warning|error|info, got "${spec}"`);
    if (!isRuleId(m[1]!)) {
      const s = didYouMean(m[1]!, RULE_IDS);
      throw new UsageError(`--rule: there is no rule ${m[1]}${s ? `; did you mean ${s}?` : ''} (see sdplan rules)`);
    }
    out[m[1]!] = m[2] as Level;
  }
  return out;
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check plan folders against the format and the rules; print every problem with its place')
    .argument('[PLAN_DIR...]', 'plan folders (default: the current folder)')
    .addOption(new Option('-f, --format <format>', 'output format (default: github under GitHub Actions, else stylish)').choices(Object.keys(VALIDATE_FORMATS)))
    .option('--no-color', 'never colour the output (NO_COLOR is honoured too)')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this', (v) => {
      if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings expects a whole number, got "${v}"`);
      return Number(v);
    })
    .addOption(new Option('--lang <lang>', 'language of the sentences (default: en)').choices(['en', 'ko']))
    .option(
      '--rule <ID=level>',
      "set a rule's severity for this run: off, info, warning or error (repeatable)",
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .action((dirs: string[], opts: ValidateOptions) => runValidate(dirs, opts));
}

async function runValidate(args: string[], opts: ValidateOptions): Promise<void> {
  const overrides = parseRuleOverrides(opts.rule);
  const dirs = planDirs(args);
  const results: PlanResult[] = dirs.map((dir) => {
    const loaded = loadPlan(dir, { cap: FINDINGS_SHOWN });
    // one path computation per file, not per finding (a broken CSV can give 100,000 findings)
    const shown = new Map<string, string>();
    const show = (f: string): string => {
      const known = shown.get(f);
      if (known !== undefined) return known;
      const p = displayPath(dir, f);
      shown.set(f, p);
      return p;
    };
    const checked = checkPlanCapped(loaded, { overrides, cap: FINDINGS_SHOWN });
    const diagnostics = checked.diagnostics.map((d) => ({ ...d, file: show(d.file) }));
    const omitted = checked.omitted.map((o) => ({ ...o, file: show(o.file) }));
    return { plan: loaded.plan.id || displayPath(dir, ''), diagnostics, omitted };
  });
  const format: ValidateFormat = opts.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');
  const paint = format === 'stylish' ? await terminalPaint(opts.color) : undefined;
  const lang = opts.lang ?? 'en';
  process.stdout.write(VALIDATE_FORMATS[format](results, paint ? { paint, lang } : { lang }));
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (format === 'github' && summaryFile) appendFileSync(summaryFile, githubSummary(results, { lang }));
  process.exitCode = validateExitCode(countResults(results), opts.maxWarnings);
}
