// The sdplan command line: commander wiring and the one top-level error handler.
import { Command, CommanderError } from 'commander';
import { registerValidate } from './validate.js';
import { registerRules } from './rules.js';
import { registerScore } from './score.js';
import { registerActuals } from './actuals.js';
import { registerOverlaps } from './overlaps.js';
import { registerReport } from './report.js';
import { registerDiff } from './diff.js';
import { registerRename } from './rename.js';
import { registerExport } from './export.js';
import { registerInit } from './init.js';
import { PlanInvalidError } from './load-valid-plan.js';
import { EXIT_FINDINGS, EXIT_USAGE, UsageError } from './exit-code.js';

const program = new Command('sdplan')
  .description('Sustainable development plans as code: validate, score and report on local SDG plans.')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ outputError: (s, write) => write(s) });
registerValidate(program);
registerRules(program);
registerScore(program);
registerActuals(program);
registerOverlaps(program);
registerReport(program);
registerDiff(program);
registerRename(program);
registerExport(program);
registerInit(program);

// A reader that stops early (sdplan ... | head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
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
  } else {
    const err = e as Error;
    process.stderr.write(`sdplan: internal error: ${err.message}\n${process.env.SDPLAN_DEBUG ? `${err.stack}\n` : 'Run with SDPLAN_DEBUG=1 for details, and please report it.\n'}`);
    process.exitCode = EXIT_USAGE;
  }
}
