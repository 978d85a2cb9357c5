// A plan folder -> parsed documents, typed Plan, source map and the findings of reading it.
// The only entry point that touches the file system for a plan.
import { realpathSync } from 'node:fs';
import type { Finding } from '../model/diagnostic.js';
import type { RuleId } from '../model/rule-ids.js';
import type { Actual, Interaction, Plan } from '../model/plan.js';
import { checkText, foldersOutside, layoutOf, listPlanDir, readChecked, sizesOf, type FileKind, type PlanFile, type RawText } from './plan-files.js';
import { MAX_FILE_BYTES, MAX_PLAN_BYTES } from './limits.js';
import { parseYamlText } from './parse-yaml.js';
import { readActuals } from './read-actuals.js';
import { readInteractions } from './read-interactions.js';
import { buildPlan, type ParsedFiles } from './build-plan.js';
import { SourceMap } from './source-map.js';
import { readEvaluation } from './read-evaluation.js';
import type { EvaluationRecord } from '../model/evaluation-record.js';

interface ParsedDoc {
  kind: Exclude<FileKind, 'actuals' | 'interactions'>;
  file: string;
  value: unknown;
}

export interface LoadedPlan {
  dir: string;
  plan: Plan;
  docs: ParsedDoc[];
  sources: SourceMap;
  findings: Finding[];
  /**
   * Plan-relative YAML files that are missing, cannot be read or parsed, or whose root is empty or
   * not a map: rules that cross files would report their absence as a page of false findings, so
   * check/ holds them back while any file is listed here.
   */
  broken: string[];
  /** Recorded evaluations (evaluations/*.yaml, 1.2) that read as records, by file name. */
  records: EvaluationRecord[];
  /** Findings of reading past `LoadOptions.cap`, per rule and file: counted, not built. */
  omitted?: Array<{ rule: RuleId; file: string; count: number }>;
}

export interface LoadOptions {
  /** Most findings of one rule built while reading one CSV file; the others are counted (`omitted`). */
  cap?: number;
}

/** Loads a plan folder from disk. */
export function loadPlan(dir: string, options: LoadOptions = {}): LoadedPlan {
  const realRoot = realpathSync(dir);
  const outside = foldersOutside(dir, realRoot);
  const listed = layoutOf(
    listPlanDir(
      dir,
      outside.map((f) => f.file),
    ),
    dir,
  );
  // a linked tasks/ is reported as such, not as missing tasks
  const layout = { files: listed.files, findings: [...outside, ...listed.findings.filter((f) => !outside.some((o) => o.file === f.file))] };
  return assemble(dir, layout, sizesOf(layout.files), (file) => readChecked(file, realRoot), options.cap);
}

/** A file that a reader left unread for its size (a blob in git over the limit): its size in bytes. */
export interface Unread {
  size: number;
}

/** Loads a plan from plan-relative paths and their bytes (a git revision, a test). */
export function loadPlanFromFiles(label: string, files: ReadonlyMap<string, Uint8Array | Unread>): LoadedPlan {
  const layout = layoutOf([...files.keys()]);
  const sizeOf = (v: Uint8Array | Unread) => (v instanceof Uint8Array ? v.byteLength : v.size);
  return assemble(
    label,
    layout,
    layout.files.map((f) => sizeOf(files.get(f.rel)!)),
    (file) => {
      const v = files.get(file.rel)!;
      const size = sizeOf(v);
      if (size > MAX_FILE_BYTES || !(v instanceof Uint8Array))
        return { rule: 'file/too-large', args: { size, limit: MAX_FILE_BYTES }, file: file.rel, path: '', line: 0, column: 0 };
      return checkText(file, v);
    },
  );
}

/** `sizes`: the size of each file of the layout, in its order, before anything is read. */
function assemble(
  dir: string,
  layout: { files: PlanFile[]; findings: Finding[] },
  sizes: readonly number[],
  read: (file: PlanFile) => RawText | Finding,
  cap?: number,
): LoadedPlan {
  const omitted: NonNullable<LoadedPlan['omitted']> = [];
  let findings = layout.findings;
  const sources = new SourceMap();
  const docs: ParsedDoc[] = [];
  let actuals: Actual[] = [];
  let interactions: Interaction[] | undefined;
  // a linked actuals/ loses rows, as an unreadable CSV does; the YAML files can still be checked
  const broken = layout.findings.filter((f) => f.file !== 'actuals').map((f) => f.file);
  // over the plan-wide budget nothing is read: one finding, and every rule that needs the files held back
  const total = sizes.reduce((n, s) => n + s, 0);
  if (total > MAX_PLAN_BYTES) {
    const yaml = layout.files.filter((f) => f.kind !== 'actuals' && f.kind !== 'interactions').map((f) => f.rel);
    const largest = layout.files.reduce((k, _, i) => (sizes[i]! > sizes[k]! ? i : k), 0);
    findings.push({
      rule: 'file/plan-too-large',
      args: { size: total, limit: MAX_PLAN_BYTES, files: layout.files.length, largest: layout.files[largest]!.rel, largestSize: sizes[largest]! },
      file: '',
      path: '',
      line: 0,
      column: 0,
    });
    return { dir, plan: buildPlan(toParsedFiles([], [])), docs, sources, findings, broken: broken.concat(yaml), records: [] };
  }
  for (const file of layout.files) {
    const raw = read(file);
    if (!('text' in raw)) {
      findings.push(raw);
      // a record that cannot be read is its own error; no rule of the plan depends on it
      if (file.kind !== 'actuals' && file.kind !== 'interactions' && file.kind !== 'evaluation') broken.push(file.rel);
      continue;
    }
    sources.addText(file.rel, raw.text);
    if (file.kind === 'interactions') {
      const r = readInteractions(file.rel, raw.text);
      interactions = r.rows;
      findings = findings.concat(r.findings);
      continue;
    }
    if (file.kind === 'actuals') {
      const r = readActuals(file.rel, raw.text, { cap });
      for (const o of r.omitted) omitted.push({ ...o, file: file.rel });
      // concat, not push(...rows): a spread of 100,000 rows overflows the call stack
      actuals = actuals.concat(r.rows);
      findings = findings.concat(r.findings);
      continue;
    }
    const parsed = parseYamlText(file.rel, raw.text);
    if (parsed.ok) {
      findings = findings.concat(parsed.findings);
      docs.push({ kind: file.kind, file: file.rel, value: parsed.value });
      const root = rootProblem(file.kind, parsed.value);
      if (root) {
        findings.push({
          rule: 'file/empty',
          args: { problem: root, key: ROOT_KEY[file.kind] },
          file: file.rel,
          path: '',
          line: root === 'empty' ? 0 : 1,
          column: root === 'empty' ? 0 : 1,
        });
        if (file.kind !== 'evaluation') broken.push(file.rel);
      }
    } else {
      findings = findings.concat(parsed.findings);
      if (file.kind !== 'evaluation') broken.push(file.rel);
    }
  }
  const records = docs.flatMap((d) => {
    if (d.kind !== 'evaluation') return [];
    const r = readEvaluation(d.file, d.value);
    return r ? [r] : [];
  });
  return {
    dir,
    plan: buildPlan(toParsedFiles(docs, actuals, interactions)),
    docs,
    sources,
    findings,
    broken,
    records,
    ...(omitted.length > 0 ? { omitted } : {}),
  };
}

/** The key a file's root map must hold; plan.yaml holds several (sdplan, id, ...). */
const ROOT_KEY: Record<ParsedDoc['kind'], string> = {
  plan: 'sdplan',
  goals: 'goals',
  indicators: 'indicators',
  tasks: 'tasks',
  governance: 'bodies',
  evaluation: 'sdplan_evaluation',
};

/** A root that is empty, or not a map: the file says nothing the plan can use. */
function rootProblem(kind: ParsedDoc['kind'], value: unknown): 'empty' | 'not-a-map' | null {
  if (value === null || value === undefined) return 'empty';
  if (typeof value !== 'object' || Array.isArray(value)) return 'not-a-map';
  return kind === 'plan' || kind === 'evaluation' || Object.keys(value).length > 0 ? null : 'empty';
}

function toParsedFiles(docs: ParsedDoc[], actuals: Actual[], interactions?: Interaction[]): ParsedFiles {
  const one = (kind: ParsedDoc['kind']) => {
    const d = docs.find((x) => x.kind === kind);
    return d ? { file: d.file, value: d.value } : undefined;
  };
  const files: ParsedFiles = {
    tasks: docs.filter((d) => d.kind === 'tasks').map((d) => ({ file: d.file, value: d.value })),
    actuals,
    ...(interactions ? { interactions } : {}),
  };
  const plan = one('plan');
  const goals = one('goals');
  const indicators = one('indicators');
  const governance = one('governance');
  if (plan) files.plan = plan;
  if (goals) files.goals = goals;
  if (indicators) files.indicators = indicators;
  if (governance) files.governance = governance;
  return files;
}
