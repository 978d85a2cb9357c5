// `sdplan rename OLD NEW`: an ID renamed everywhere it is used, with minimal edits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadPlan, loadPlanFromFiles } from '../load/load-plan.js';
import { checkPlan } from '../check/check-plan.js';
import { renameId } from '../edit/rename-id.js';
import { UsageError } from './exit-code.js';
import { planDirs } from './plan-dirs.js';
import { lockForWrite, writePlanFiles } from './write-journal.js';

const BOM = '\ufeff';

export function registerRename(program: Command): void {
  program
    .command('rename')
    .description('rename an ID (goal, strategy, task, indicator, team, department or body) everywhere it is used')
    .argument('<OLD>', 'the ID now')
    .argument('<NEW>', 'the new ID')
    .option('--plan <DIR>', 'plan folder', '.')
    .option('--dry-run', 'print the edits and write nothing')
    .action((oldId: string, newId: string, opts: { plan: string; dryRun?: boolean }) => {
      const [dir] = planDirs([opts.plan]);
      // one writer at a time; the plan is read under the lock, so no other write is lost
      if (!opts.dryRun) lockForWrite(dir!, 'rename');
      const loaded = loadPlan(dir!);
      // read the files again as bytes on disk: a BOM or CRLF a person wrote must survive
      const raw = new Map(loaded.sources.files().map((f) => [f, readFileSync(join(dir!, f), 'utf8')]));
      const texts = new Map([...raw].map(([f, t]) => [f, t.startsWith(BOM) ? t.slice(1) : t]));
      const r = renameId(loaded.plan, texts, oldId, newId);
      if (!r.ok) {
        const why =
          r.reason === 'unknown-id'
            ? `no goal, strategy, task, indicator, team, department or body has the ID ${oldId}`
            : r.reason === 'exists'
              ? `${newId} already exists (${r.namespace}); nothing was renamed`
              : `${newId} is not a valid ID (letters, digits, . _ -; at most 64 characters)`;
        throw new UsageError(why);
      }
      const out: string[] = [];
      for (const f of r.files) {
        for (const e of f.edits) out.push(`${f.file}:${e.line}`, `- ${e.before}`, `+ ${e.after}`);
      }
      const total = r.files.reduce((n, f) => n + f.edits.length, 0);
      out.push(`${opts.dryRun ? 'Would change' : 'Changed'} ${total} line(s) in ${r.files.length} file(s): ${oldId} -> ${newId}`);
      // read the renamed plan back in memory before anything is written: a rename must never
      // leave a file that does not parse, nor an error the plan did not have
      const after = new Map(texts);
      for (const f of r.files) after.set(f.file, f.text);
      const broken = newErrors(texts, after);
      if (broken.length > 0) {
        throw new UsageError(`the renamed plan would not check (${broken.join(', ')}); nothing was written. Please report this as a bug.`);
      }
      if (!opts.dryRun) {
        // all files or none: a rename half done would leave references to an ID that is gone
        writePlanFiles(
          dir!,
          r.files.map((f) => [f.file, (raw.get(f.file)!.startsWith(BOM) ? BOM : '') + f.text] as const),
          'rename',
        );
      }
      process.stdout.write(out.join('\n') + '\n');
    });
}

/** Error rules (with counts) that the edited texts have and the original texts did not. */
function newErrors(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const errors = (texts: ReadonlyMap<string, string>) => {
    const files = new Map([...texts].map(([f, t]) => [f, Buffer.from(t, 'utf8') as Uint8Array]));
    const counts = new Map<string, number>();
    for (const d of checkPlan(loadPlanFromFiles('rename', files))) if (d.severity === 'error') counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
    return counts;
  };
  const was = errors(before);
  return [...errors(after)]
    .filter(([rule, n]) => n > (was.get(rule) ?? 0))
    .map(([rule]) => rule)
    .sort();
}
