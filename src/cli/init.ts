// `sdplan init DIR`: a new, valid plan to start from.
import { mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { scaffold } from '../edit/scaffold.js';
import { UsageError } from './exit-code.js';
import { lockForWrite, writePlanFiles } from './write-journal.js';

const SCHEMAS = fileURLToPath(new URL('../../schemas/', import.meta.url));
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create a new, valid plan folder to start from')
    .argument('<DIR>', 'folder to create (must be empty unless --force)')
    .option('--id <ID>', 'plan ID (default: the folder name)')
    .option('--lang <langs>', 'languages, the default first', 'ko,en')
    .option('--force', 'write into a folder that is not empty (existing files of the same names are replaced)')
    .action((dir: string, opts: { id?: string; lang: string; force?: boolean }) => {
      const id = opts.id ?? resolve(dir).split(sep).pop() ?? 'plan';
      if (!ID.test(id)) throw new UsageError(`"${id}" is not a valid plan ID: give one with --id`);
      const languages = opts.lang
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean);
      if (languages.length === 0 || !languages.every((l) => /^[a-z]{2,3}$/.test(l)))
        throw new UsageError(`--lang expects codes such as ko,en, got "${opts.lang}"`);
      let isDir: boolean | null = null;
      try {
        isDir = statSync(dir).isDirectory();
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOTDIR') throw new UsageError(`cannot create ${dir}: a part of that path is a file, not a folder`);
        if (code !== 'ENOENT') throw new UsageError(`cannot create ${dir} (${code ?? (e as Error).message})`);
      }
      if (isDir === false) throw new UsageError(`${dir} is a file, not a folder; give a new folder or an empty one`);
      if (isDir === true && readdirSync(dir).length > 0 && !opts.force) throw new UsageError(`${dir} is not empty; use --force to write into it`);
      // the schemas are copied into the plan folder, so the $schema links of every file survive a
      // clone to another machine (a link into an sdplan checkout would not)
      const files = scaffold({ id, languages, schemas: '.sdplan/schemas' });
      for (const name of readdirSync(SCHEMAS)
        .filter((f) => f.endsWith('.schema.json'))
        .sort()) {
        files.set(`.sdplan/schemas/${name}`, readFileSync(join(SCHEMAS, name), 'utf8'));
      }
      try {
        mkdirSync(dir, { recursive: true });
      } catch (e) {
        throw new UsageError(`cannot create ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
      // every file or none, under the plan's lock (init --force may meet another writer)
      lockForWrite(dir, 'init');
      writePlanFiles(dir, [...files], 'init');
      process.stdout.write(`Created ${files.size} files in ${dir}. Next: sdplan validate ${dir}\n`);
    });
}
