// A plan folder -> parsed documents, typed Plan, source map and the findings of reading it.
// The only entry point that touches the file system for a plan.
import { realpathSync } from 'node:fs';
import type { Finding } from '../model/diagnostic.js';
import type { Actual, Plan } from '../model/plan.js';
import { checkText, layoutOf, listPlanDir, readChecked, type FileKind, type PlanFile, type RawText } from './plan-files.js';
import { parseYamlText } from './parse-yaml.js';
import { readActuals } from './read-actuals.js';
import { buildPlan, type ParsedFiles } from './build-plan.js';
import { SourceMap } from './source-map.js';

export interface ParsedDoc {
  kind: Exclude<FileKind, 'actuals'>;
  file: string;
  value: unknown;
}

export interface LoadedPlan {
  dir: string;
  plan: Plan;
  docs: ParsedDoc[];
  sources: SourceMap;
  findings: Finding[];
}

/** Loads a plan folder from disk. */
export function loadPlan(dir: string): LoadedPlan {
  const realRoot = realpathSync(dir);
  return assemble(dir, layoutOf(listPlanDir(dir), dir), (file) => readChecked(file, realRoot));
}

/** Loads a plan from plan-relative paths and their bytes (a git revision, a test). */
export function loadPlanFromFiles(label: string, files: ReadonlyMap<string, Uint8Array>): LoadedPlan {
  return assemble(label, layoutOf([...files.keys()]), (file) => checkText(file, files.get(file.rel)!));
}

function assemble(dir: string, layout: { files: PlanFile[]; findings: Finding[] }, read: (file: PlanFile) => RawText | Finding): LoadedPlan {
  let findings = layout.findings;
  const sources = new SourceMap();
  const docs: ParsedDoc[] = [];
  let actuals: Actual[] = [];
  for (const file of layout.files) {
    const raw = read(file);
    if (!('text' in raw)) {
      findings.push(raw);
      continue;
    }
    sources.addText(file.rel, raw.text);
    if (file.kind === 'actuals') {
      const r = readActuals(file.rel, raw.text);
      // concat, not push(...rows): a spread of 100,000 rows overflows the call stack
      actuals = actuals.concat(r.rows);
      findings = findings.concat(r.findings);
      continue;
    }
    const parsed = parseYamlText(file.rel, raw.text);
    if (parsed.ok) docs.push({ kind: file.kind, file: file.rel, value: parsed.value });
    else findings = findings.concat(parsed.findings);
  }
  return { dir, plan: buildPlan(toParsedFiles(docs, actuals)), docs, sources, findings };
}

export function toParsedFiles(docs: ParsedDoc[], actuals: Actual[]): ParsedFiles {
  const one = (kind: ParsedDoc['kind']) => {
    const d = docs.find((x) => x.kind === kind);
    return d ? { file: d.file, value: d.value } : undefined;
  };
  const files: ParsedFiles = {
    tasks: docs.filter((d) => d.kind === 'tasks').map((d) => ({ file: d.file, value: d.value })),
    actuals,
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
