// `sdplan rules`: every rule with its ID, default severity and description.
import { Option, type Command } from 'commander';
import { RULES, RULE_IDS } from '../model/rule-ids.js';
import { rulesPage } from '../render/rules-doc.js';

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description('list every rule: ID, default severity, description')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'md']).default('table'))
    .action(async (opts: { format: 'table' | 'json' | 'md' }) => {
      const rows = RULE_IDS.map((id) => ({ id, severity: RULES[id].severity, description: RULES[id].description }));
      if (opts.format === 'json') {
        process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
      } else if (opts.format === 'md') {
        process.stdout.write(rulesPage(rows));
      } else {
        const { default: Table } = await import('cli-table3');
        const table = new Table({ head: ['Rule', 'Default', 'Description'], style: { head: [], border: [] }, wordWrap: true, colWidths: [28, 9, 70] });
        for (const r of rows) table.push([r.id, r.severity, r.description]);
        process.stdout.write(table.toString() + '\n');
      }
    });
}
