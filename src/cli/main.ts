// The sdplan command line: commander wiring and the one top-level error handler.
// Each command's module is loaded only when that command runs (or for help), so `sdplan validate`
// does not parse the code of the report, the diff or the overlap finder at start-up.
import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { EXIT_FINDINGS, EXIT_USAGE, UsageError } from './exit-code.js';
import { PlanInvalidError } from './load-valid-plan.js';

/** The version in the installed package.json (dist/cli/ and dist/bundle/ both sit two levels down). */
function packageVersion(): string {
  try {
    return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

type Register = (program: Command) => void;

const MODULES: Record<string, () => Promise<Register[]>> = {
  validate: async () => [(await import('./validate.js')).registerValidate],
  rules: async () => [(await import('./rules.js')).registerRules],
  score: async () => [(await import('./score.js')).registerScore],
  actuals: async () => [(await import('./actuals.js')).registerActuals],
  overlaps: async () => [(await import('./overlaps.js')).registerOverlaps],
  report: async () => [(await import('./report.js')).registerReport],
  diff: async () => [(await import('./diff.js')).registerDiff],
  rename: async () => [(await import('./rename.js')).registerRename],
  export: async () => [(await import('./export.js')).registerExport],
  init: async () => [(await import('./init.js')).registerInit],
  interactions: async () => [(await import('./interactions.js')).registerInteractions],
  record: async () => [(await import('./record.js')).registerRecord],
};
/** Commands registered by another command's module. */
const ALIASES: Record<string, string> = { due: 'score', coherence: 'overlaps', cooperation: 'overlaps', map: 'overlaps' };

const program = new Command('sdplan')
  .description('Sustainable development plans as code: validate, score and report on local SDG plans.')
  .version(packageVersion())
  .exitOverride()
  .configureOutput({ outputError: (s, write) => write(s) });

// A reader that stops early (sdplan ... | head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  // a full disk or device (> /dev/full): one line and a failure, never a stack trace or exit 0
  process.stderr.write(`sdplan: cannot write to standard output (${e.code ?? e.message}); what was written is incomplete\n`);
  process.exit(EXIT_USAGE);
});

try {
  const name = process.argv[2] ?? '';
  const module = MODULES[ALIASES[name] ?? name];
  const loaders = module ? [module] : Object.values(MODULES); // help, or an unknown command
  for (const load of loaders) for (const register of await load()) register(program);
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // help and version exit 0; bad options and arguments exit 2
    process.exitCode = e.exitCode === 0 ? 0 : EXIT_USAGE;
  } else if (e instanceof PlanInvalidError) {
    process.stderr.write(e.report);
    process.exitCode = EXIT_FINDINGS;
  } else if (e instanceof UsageError) {
    process.stderr.write(`sdplan: ${e.message}\n`);
    process.exitCode = EXIT_USAGE;
  } else if (optionalPackage(e) !== undefined) {
    // exceljs is an optional peer: most plan repositories never read or write a workbook
    process.stderr.write(`sdplan: Excel workbooks need the package ${optionalPackage(e)}, which is not installed: npm install ${optionalPackage(e)}\n`);
    process.exitCode = EXIT_USAGE;
  } else {
    const err = e as Error;
    process.stderr.write(
      `sdplan: internal error: ${err.message}\n${process.env.SDPLAN_DEBUG ? `${err.stack}\n` : 'Run with SDPLAN_DEBUG=1 for details, and please report it.\n'}`,
    );
    process.exitCode = EXIT_USAGE;
  }
}

/** The optional package a failed dynamic import was looking for, if it is one. */
function optionalPackage(e: unknown): string | undefined {
  const err = e as NodeJS.ErrnoException;
  return err?.code === 'ERR_MODULE_NOT_FOUND' && /['"]exceljs['"]/.test(err.message) ? 'exceljs' : undefined;
}
