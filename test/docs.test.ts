// The docs a newcomer reads: every relative link in README, CHANGELOG and docs/ leads to a file
// that exists, and README stays a page one can read through (issue #24: under 200 lines).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './helpers.js';

const pages = [
  'README.md',
  'CHANGELOG.md',
  ...readdirSync(join(ROOT, 'docs'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
].sort();

describe('the documentation', () => {
  it.each(pages)('%s links only to files that exist', (page) => {
    const text = readFileSync(join(ROOT, page), 'utf8');
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((l) => !/^(https?:|mailto:|#)/.test(l));
    expect(links.filter((l) => !existsSync(join(ROOT, dirname(page), l.split('#')[0]!)))).toEqual([]);
  });

  it('README is under 200 lines and indexes a page for every command', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme.split('\n').length).toBeLessThan(200);
    const commands = readdirSync(join(ROOT, 'docs', 'commands')).sort();
    expect(commands.filter((c) => !readme.includes(`(docs/commands/${c})`))).toEqual([]);
  });
});
