// A recorded evaluation as YAML (evaluations/<start>-<end>.yaml): keys in a fixed order, one line
// per figure so a pull request shows each changed figure on its own line, IDs sorted, numbers as
// JavaScript writes them (shortest text that reads back to the same double: exact to compare).
import jsYaml from 'js-yaml';
import type { EvaluationRecord, RecordedFigure, RecordedIndicator, RecordedLevel } from '../model/evaluation-record.js';

/** The YAML keys of each level, in the order written. */
const LEVEL_KEYS: ReadonlyArray<readonly [RecordedLevel, string]> = [
  ['goal', 'goals'],
  ['strategy', 'strategies'],
  ['team', 'teams'],
  ['department', 'departments'],
  ['task', 'tasks'],
];

// dumped with the default schema, which quotes a string a YAML 1.1 loader would read as a date
// (adopted: '2019-12-20'), so PyYAML and ajv-cli read the record as sdplan does
const flow = (v: unknown) => jsYaml.dump(v, { flowLevel: 0, lineWidth: -1, schema: jsYaml.DEFAULT_SCHEMA, noRefs: true }).trimEnd();
const key = (k: string) => flow(k);
const byKey = <T>(a: readonly [string, T], b: readonly [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

const figureObject = (f: RecordedFigure) => ({
  rate: f.rate,
  grade: f.grade,
  measured: f.measured,
  targeted: f.targeted,
  parts: Object.fromEntries(f.parts.map(([id, w]) => [id, w])),
});

function indicatorObject(i: RecordedIndicator): Record<string, unknown> {
  return {
    [i.scope === 'task' ? 'task' : 'goal']: i.parent,
    direction: i.direction,
    method: i.method,
    ...(i.weight !== null ? { weight: i.weight } : {}),
    baseline: i.baseline,
    target: i.target,
    actual: i.actual,
    rate: i.rate,
    grade: i.grade,
    measured: i.measured,
    targeted: i.targeted,
    ...(i.status !== undefined
      ? {
          status: i.status,
          ...(i.computedStatus !== undefined ? { computed_status: i.computedStatus } : {}),
          score: i.score ?? null,
          latest: i.latest ?? null,
          final_target: i.finalTarget ?? null,
        }
      : {}),
  };
}

/**
 * The record's text. `committee` is the evaluation committee's part of the record (written by
 * people, not by sdplan): carried over as it was when a record is made again.
 */
export function evaluationYaml(r: EvaluationRecord, schemaPath: string, committee?: unknown): string {
  const out: string[] = [];
  out.push(`# yaml-language-server: $schema=${schemaPath}`);
  out.push(`# The evaluation of ${r.period.start}-${r.period.end} as computed by sdplan record: a public record.`);
  out.push('# Review it in its pull request like any change; do not edit figures by hand (sdplan validate');
  out.push('# says when computing again would now give other figures, and why).');
  out.push('sdplan_evaluation: 1');
  out.push(`plan: ${key(r.plan)}`);
  out.push(`period: ${flow(r.period)}`);
  out.push('computed_with:');
  out.push(`  revision: ${flow(r.computedWith.revision)}`);
  if (r.computedWith.commit !== null) out.push(`  commit: ${key(r.computedWith.commit)}`);
  out.push(`  sdplan: ${key(r.computedWith.sdplan)}`);
  const ev = r.evaluation;
  out.push('evaluation:');
  out.push(`  method: ${ev.method}`);
  out.push(`  cap: ${flow(ev.cap)}`);
  out.push(`  weights: ${ev.weights}`);
  out.push(`  decrease_ratio: ${ev.decreaseRatio}`);
  out.push(`  grades: ${flow(ev.grades)}`);
  if (ev.quota) out.push(`  quota: ${flow(ev.quota)}`);
  out.push(`  progress_thresholds: ${flow({ with_target: ev.thresholds.withTarget, without_target: ev.thresholds.withoutTarget })}`);
  out.push('years:');
  for (const y of r.years) {
    out.push(`  ${y.year}:`);
    out.push(`    plan: ${flow(figureObject(y.plan))}`);
    for (const [level, name] of LEVEL_KEYS) {
      const list = [...y.groups[level]].sort(byKey);
      out.push(`    ${name}:${list.length === 0 ? ' {}' : ''}`);
      for (const [id, f] of list) out.push(`      ${key(id)}: ${flow(figureObject(f))}`);
    }
    const inds = [...y.indicators].sort(byKey);
    out.push(`    indicators:${inds.length === 0 ? ' {}' : ''}`);
    for (const [id, i] of inds) out.push(`      ${key(id)}: ${flow(indicatorObject(i))}`);
  }
  if (committee !== undefined) {
    out.push(jsYaml.dump({ committee }, { lineWidth: -1, schema: jsYaml.CORE_SCHEMA, noRefs: true }).trimEnd());
  }
  return out.join('\n') + '\n';
}
