// Checks the rows of a file to import before anything is written: the plan as it would be after
// the import (its actuals and the imported rows) is checked with every rule validate runs, with the
// same severities (plan.yaml `rules:`, --rule), and the findings about the imported rows are kept,
// at the imported file's rows. Two checks are the import's own: a value written as a percentage
// needs an indicator measured in %, and a column the plan does not read is refused rather than
// dropped (validate warns about it in a plan file, where its values stay; an import would lose them).
import type { Diagnostic, Finding } from '../model/diagnostic.js';
import { breakdownKey, type Actual } from '../model/plan.js';
import type { LoadedPlan } from '../load/load-plan.js';
import type { PercentValue } from '../load/read-actuals.js';
import { withBreakdowns } from '../load/build-plan.js';
import { isPercentUnit, unitIn } from '../model/units.js';
import { indexPlan } from './plan-index.js';
import { checkPlan, type CheckOptions } from './check-plan.js';

export interface ImportInput {
  rows: Actual[];
  /** What reading the file found (bad values, cells, merged ranges). */
  findings: Finding[];
  percents: PercentValue[];
  /** The file (or, for a workbook, the `file#sheet` labels) the rows come from. */
  labels: ReadonlySet<string>;
}

export interface ImportCheck {
  /** Findings about the imported rows, with their severities; an error means nothing is written. */
  diagnostics: Diagnostic[];
  /** Rows not yet recorded anywhere in the plan (a row equal to a recorded one is left out). */
  additions: Actual[];
}

const keyOf = (a: Actual) => `${a.indicator}\u0000${a.year}\u0000${breakdownKey(a)}`;

export function checkImport(loaded: LoadedPlan, input: ImportInput, options: CheckOptions = {}): ImportCheck {
  const { plan } = loaded;
  // the imported rows' breakdown columns are read as the plan reads its own files
  const rows = withBreakdowns(input.rows, plan.dimensions);
  const recorded = new Map(plan.actuals.map((a) => [keyOf(a), a] as const));
  // a row the plan already holds with the same value is no news; a different value is a conflict
  const seen = new Map<string, Actual>();
  const fresh: Actual[] = [];
  const additions: Actual[] = [];
  for (const r of rows) {
    const key = keyOf(r);
    const prior = recorded.get(key) ?? seen.get(key);
    if (prior === undefined) {
      seen.set(key, r);
      additions.push(r);
    }
    if (prior === undefined || prior.value !== r.value) fresh.push(r);
  }
  const index = indexPlan(plan);
  const lang = plan.languages[0] ?? 'en';
  const percentFindings = input.percents.flatMap((p): Finding[] => {
    const ind = index.indicators.get(p.indicator) ?? index.performance.get(p.indicator);
    // an unknown indicator is actuals/unknown-indicator's to report
    if (!ind) return [];
    const args = {
      row: p.line,
      indicator: p.indicator,
      shown: p.shown,
      value: p.value,
      unit: unitIn(ind, lang, lang).text,
      ...(p.cell !== undefined ? { cell: p.cell } : {}),
    };
    return [
      { rule: isPercentUnit(ind) ? 'import/percent' : 'import/percent-unit', args, file: p.file, path: `/rows/${p.line}/value`, line: p.line, column: 1 },
    ];
  });
  const after: LoadedPlan = {
    ...loaded,
    plan: { ...plan, actuals: plan.actuals.concat(fresh) },
    findings: loaded.findings.concat(input.findings, percentFindings),
  };
  // values in an unknown column would be lost on import: an error unless this run's --rule says otherwise
  const overrides = { 'actuals/unknown-column': 'error' as const, ...options.overrides };
  // the sentence says the values would be lost, and how to keep them, where the file is refused
  const diagnostics = checkPlan(after, { overrides })
    .filter((d) => input.labels.has(d.file))
    .map((d) => (d.rule === 'actuals/unknown-column' && d.severity === 'error' ? { ...d, args: { ...d.args, onImport: 'yes' } } : d));
  return { diagnostics, additions };
}
