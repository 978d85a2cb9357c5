// Commands given several plan folders print each plan's output in turn: JSON as one array, CSV as
// one table with a leading `plan` column, other formats one after the other under each plan's ID.
import type { Plan } from '../model/plan.js';

export function combine(plans: readonly Plan[], outputs: readonly string[], format: string): string {
  if (outputs.length === 1) return outputs[0]!;
  if (format === 'json') return JSON.stringify(outputs.map((o) => JSON.parse(o) as unknown), null, 2) + '\n';
  if (format === 'csv') {
    return (
      outputs
        .map((o, k) => {
          const lines = o.replace(/^\ufeff/, '').trimEnd().split('\n');
          const rows = lines.slice(1).map((l) => `${plans[k]!.id},${l}`);
          return k === 0 ? [`plan,${lines[0]}`, ...rows].join('\n') : rows.join('\n');
        })
        .filter((s) => s !== '')
        .join('\n') + '\n'
    );
  }
  return outputs.map((o, k) => `# ${plans[k]!.id}\n\n${o}`).join('\n');
}
