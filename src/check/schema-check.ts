// Phase 1 of checking: each parsed file against its JSON Schema (standalone validators compiled at
// build time), with ajv's errors turned into findings that point at the offending key or value.
import type { Finding } from '../model/diagnostic.js';
import type { FileKind } from '../load/plan-files.js';
import { splitPointer } from '../load/source-map.js';
import * as validators from './validators.generated.js';
import type { SchemaError, Validator } from './validators.generated.js';
import { didYouMean } from './did-you-mean.js';
import { readNumberText } from '../model/number-text.js';

type YamlKind = Exclude<FileKind, 'actuals' | 'interactions'>;
const { FIELDS, ...VALIDATORS }: Record<YamlKind, Validator> & { FIELDS: typeof validators.FIELDS } = validators;

function at(root: unknown, pointer: string): unknown {
  let v = root;
  for (const seg of splitPointer(pointer)) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'map';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

const EXPECTED: Record<string, string> = { object: 'map', array: 'list', string: 'text', integer: 'integer', number: 'number', boolean: 'true or false' };

/** Of the branches of an anyOf, keep the errors of the one that matches the value's type. */
function pruneAnyOf(errors: SchemaError[]): SchemaError[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  let out = errors;
  for (const a of anyOfs) {
    const inside = (e: SchemaError) => e !== a && e.schemaPath.startsWith(a.schemaPath + '/');
    const branchOf = (e: SchemaError) => e.schemaPath.slice(a.schemaPath.length + 1).split('/')[0];
    const branches = new Set(out.filter(inside).map(branchOf));
    const typeFailed = new Set(out.filter((e) => inside(e) && e.keyword === 'type' && e.instancePath === a.instancePath).map(branchOf));
    const matching = [...branches].filter((b) => !typeFailed.has(b));
    const keep = matching[0];
    out = out.filter((e) => {
      if (e === a) return keep === undefined; // no branch has the right type: report the anyOf itself
      return !inside(e) || branchOf(e) === keep;
    });
  }
  return out;
}

/** The right shape of common fields, written as YAML, for the value a person wrote. */
const SHAPES = new Map<string, (v: unknown) => string>(
  Object.entries({
    period: (v: unknown) => {
      const m = /^(\d{4})\s*[-~–]\s*(\d{4})$/.exec(String(v));
      return `period: {start: ${m?.[1] ?? 2026}, end: ${m?.[2] ?? 2028}}`;
    },
    baseline: () => 'baseline: {year: 2016, value: 12.5}',
    targets: () => 'targets: {2030: 45, 2035: 60}',
    budget: () => 'budget: {2026: 100000000}',
    revision: () => 'revision: {number: 2, adopted: 2019-12-20, cycle_years: 2}',
    languages: () => 'languages: [ko, en]',
    sdg_targets: (v: unknown) => `sdg_targets: ["${typeof v === 'number' ? v : '7.2'}"]`,
  }),
);

/** An example of the right shape: a code that YAML read as a number is quoted; maps by field. */
function exampleFor(pointer: string, expected: string, value: unknown): string | undefined {
  const segs = splitPointer(pointer);
  const last = segs[segs.length - 1] ?? '';
  if (expected === 'text' && typeof value === 'number') return `"${value}"`;
  const field = /^\d+$/.test(last) ? (segs[segs.length - 2] ?? '') : last;
  // a Map, not an object: a field named `constructor` must find nothing
  return SHAPES.get(field)?.(value);
}

/** The text of a value as the file writes it (`.nan`, `1e309`), by JSON pointer; undefined when unknown. */
export type WrittenAt = (pointer: string) => string | undefined;

export function checkSchema(kind: YamlKind, file: string, value: unknown, written: WrittenAt = () => undefined): Finding[] {
  const validate = VALIDATORS[kind];
  if (validate(value)) return [];
  const errors = pruneAnyOf(validate.errors ?? []);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const f = numberFinding(file, value, e, written) ?? toFinding(kind, file, value, e);
    const key = `${f.rule}|${f.path}|${JSON.stringify(f.args)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(f);
  }
  return findings;
}

/**
 * A number where the schema wants one, but unusable: `.nan`, `.inf` or digits beyond the range of a
 * double (js-yaml reads them as NaN and Infinity), or text that reads as a number ("1,850", "3억").
 * Each gets its own rule, whose message shows the number to write.
 */
function numberFinding(file: string, root: unknown, e: SchemaError, written: WrittenAt): Finding | undefined {
  const wantsNumber = e.keyword === 'anyOf' || (e.keyword === 'type' && (e.params.type === 'number' || e.params.type === 'integer'));
  if (!wantsNumber) return undefined;
  const v = at(root, e.instancePath);
  const base = { file, path: e.instancePath };
  if (typeof v === 'number' && !Number.isFinite(v)) {
    const text = written(e.instancePath) ?? String(v);
    const problem = /^\.nan$/i.test(text) ? 'nan' : /^[-+]?\.inf$/i.test(text) ? 'infinite' : 'too-large';
    return { ...base, rule: 'value/not-finite', args: { value: text, problem } };
  }
  // (a target may be text: the anyOf of targets is about other shapes, and target rules read its numbers)
  if (typeof v !== 'string' || e.keyword !== 'type') return undefined;
  const field = fieldName(e.instancePath);
  const read = readNumberText(v);
  if (read === null) return undefined;
  if (read.kind === 'not-finite') return { ...base, rule: 'value/not-finite', args: { value: v, problem: 'too-large' } };
  if (read.kind === 'unclear') return { ...base, rule: 'value/number-as-text', args: { field, value: v, problem: 'unclear' } };
  if (e.params.type === 'integer' && !Number.isInteger(read.value)) return undefined;
  return { ...base, rule: 'value/number-as-text', args: { field, value: v, fix: read.value, ...(read.unit !== undefined ? { unit: read.unit } : {}) } };
}

/** The field a pointer ends in, as a person reads it: `value` of a baseline is `baseline.value`, a year of a budget `budget.2018`. */
function fieldName(pointer: string): string {
  const segs = splitPointer(pointer).filter((s) => !/^\d+$/.test(s) || /^\d{4}$/.test(s));
  return segs.slice(-2).join('.');
}

function toFinding(kind: YamlKind, file: string, root: unknown, e: SchemaError): Finding {
  const base = { file, path: e.instancePath };
  const p = e.params;
  switch (e.keyword) {
    case 'additionalProperties': {
      const field = String(p.additionalProperty);
      const known = FIELDS[kind][e.schemaPath.replace(/^#/, '').replace(/\/additionalProperties$/, '')] ?? [];
      const suggestion = didYouMean(field, known);
      return {
        ...base,
        path: `${e.instancePath}/${field.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        atKey: true,
        rule: 'schema/unknown-field',
        args: suggestion ? { field, suggestion } : { field },
      };
    }
    case 'required':
      return { ...base, rule: 'schema/missing-field', args: { field: String(p.missingProperty) } };
    case 'dependentRequired':
      // `combine` without `replaces`: nothing to combine
      return {
        ...base,
        path: `${e.instancePath}/${String(p.property)}`,
        atKey: true,
        rule: 'schema/missing-field',
        args: { field: String(p.missingProperty), with: String(p.property) },
      };
    case 'type': {
      const expected = EXPECTED[String(p.type)] ?? String(p.type);
      const example = exampleFor(e.instancePath, expected, at(root, e.instancePath));
      return { ...base, rule: 'schema/wrong-type', args: { expected, actual: typeName(at(root, e.instancePath)), ...(example ? { example } : {}) } };
    }
    case 'anyOf':
      return { ...base, rule: 'schema/wrong-type', args: { expected: 'text', actual: typeName(at(root, e.instancePath)) } };
    case 'propertyNames':
    case 'pattern':
      if (p.propertyName !== undefined) {
        return {
          ...base,
          path: `${e.instancePath}/${String(p.propertyName)}`,
          atKey: true,
          rule: 'schema/invalid-value',
          args: { problem: 'key', value: String(p.propertyName) },
        };
      }
      return { ...base, rule: 'schema/invalid-value', args: { problem: 'pattern', value: String(at(root, e.instancePath)) } };
    case 'enum':
      return {
        ...base,
        rule: 'schema/invalid-value',
        args: { problem: 'enum', value: String(at(root, e.instancePath)), allowed: (p.allowedValues as unknown[]).join(', ') },
      };
    case 'const':
      return { ...base, rule: 'schema/invalid-value', args: { problem: 'enum', value: String(at(root, e.instancePath)), allowed: String(p.allowedValue) } };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { ...base, rule: 'schema/invalid-value', args: { problem: e.keyword, value: String(at(root, e.instancePath)), limit: Number(p.limit) } };
    case 'format':
      return { ...base, rule: 'schema/invalid-value', args: { problem: 'format', value: String(at(root, e.instancePath)), format: String(p.format) } };
    case 'uniqueItems':
      return { ...base, rule: 'schema/invalid-value', args: { problem: 'unique', i: Number(p.i), j: Number(p.j) } };
    default:
      return { ...base, rule: 'schema/invalid-value', args: { problem: e.keyword, limit: Number(p.limit ?? 0) } };
  }
}
