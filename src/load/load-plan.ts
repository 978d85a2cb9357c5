// A plan folder -> parsed documents, typed Plan, source map and the findings of reading it.
// The only entry point that touches the file system for a plan.
import { realpathSync } from 'node:fs';
import type { Finding } from '../model/diagnostic.js';
import type { Actual, Interaction, Plan } from '../model/plan.js';
import { checkText, foldersOutside, layoutOf, listPlanDir, readChecked, type FileKind, type PlanFile, type RawText } from './plan-files.js';
import { parseYamlText } from './parse-yaml.js';
import { readActuals } from './read-actuals.js';
import { readInteractions } from './read-interactions.js';
import { buildPlan, type ParsedFiles } from './build-plan.js';
import { SourceMap } from './source-map.js';

export interface ParsedDoc {
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
}

/** Loads a plan folder from disk. */
export function loadPlan(dir: string): LoadedPlan {
  const realRoot = realpathSync(dir);
  const outside = foldersOutside(dir, realRoot);
  const layout = layoutOf(listPlanDir(dir, outside.map((f) => f.file)), dir);
  // a linked tasks/ is reported as such, not as missing tasks
  const findings = [...outside, ...layout.findings.filter((f) => !outside.some((o) => o.file === f.file))];
  return assemble(dir, { files: layout.files, findings }, (file) => readChecked(file, realRoot));
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
  let interactions: Interaction[] | undefined;
  // a linked actuals/ loses rows, as an unreadable CSV does; the YAML files can still be checked
  const broken = layout.findings.filter((f) => f.file !== 'actuals').map((f) => f.file);
  for (const file of layout.files) {
    const raw = read(file);
    if (!('text' in raw)) {
      findings.push(raw);
      if (file.kind !== 'actuals' && file.kind !== 'interactions') broken.push(file.rel);
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
      const r = readActuals(file.rel, raw.text);
      // concat, not push(...rows): a spread of 100,000 rows overflows the call stack
      actuals = actuals.concat(r.rows);
      findings = findings.concat(r.findings);
      continue;
    }
    const parsed = parseYamlText(file.rel, raw.text);
    if (parsed.ok) {
      docs.push({ kind: file.kind, file: file.rel, value: parsed.value });
      const root = rootProblem(file.kind, parsed.value);
      if (root) {
        findings.push({ rule: 'file/empty', args: { problem: root, key: ROOT_KEY[file.kind] }, file: file.rel, path: '', line: root === 'empty' ? 0 : 1, column: root === 'empty' ? 0 : 1 });
        broken.push(file.rel);
      }
    } else {
      findings = findings.concat(parsed.findings);
      broken.push(file.rel);
    }
  }
  return { dir, plan: buildPlan(toParsedFiles(docs, actuals, interactions)), docs, sources, findings, broken };
}

/** The key a file's root map must hold; plan.yaml holds several (sdplan, id, ...). */
const ROOT_KEY: Record<ParsedDoc['kind'], string> = { plan: 'sdplan', goals: 'goals', indicators: 'indicators', tasks: 'tasks', governance: 'bodies' };

/** A root that is empty, or not a map: the file says nothing the plan can use. */
function rootProblem(kind: ParsedDoc['kind'], value: unknown): 'empty' | 'not-a-map' | null {
  if (value === null || value === undefined) return 'empty';
  if (typeof value !== 'object' || Array.isArray(value)) return 'not-a-map';
  return kind === 'plan' || Object.keys(value).length > 0 ? null : 'empty';
}

export function toParsedFiles(docs: ParsedDoc[], actuals: Actual[], interactions?: Interaction[]): ParsedFiles {
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
