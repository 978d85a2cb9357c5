// Renames an ID everywhere the plan uses it, changing only the scalars that hold it: the YAML is
// edited through the `yaml` CST (CST.setScalarValue, then CST.stringify), so comments, quoting and
// formatting everywhere else stay byte for byte; CSV rows are rewritten only where they name it.
// Pure: file texts in, new texts and the edits out; the CLI writes.
import { Parser, Composer, CST, visit, isPair, isSeq, isScalar, type Scalar } from 'yaml';
import { parse } from 'csv-parse/sync';
import type { Plan } from '../model/plan.js';
import { csvRecord } from '../model/csv-cell.js';

type Namespace = 'entity' | 'team' | 'department' | 'body';

interface Edit {
  line: number;
  before: string;
  after: string;
}

interface FileEdit {
  file: string;
  text: string;
  edits: Edit[];
}

export type RenameResult =
  | { ok: true; namespace: Namespace; files: FileEdit[] }
  | { ok: false; reason: 'unknown-id' | 'exists' | 'bad-id'; namespace?: Namespace };

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Where each namespace's IDs are referenced: file kind and JSON pointer pattern. */
const REFERENCES: Record<Namespace, Array<[RegExp, RegExp]>> = {
  entity: [
    [/^tasks\//, /^\/tasks\/\d+\/(strategy|also_goals\/\d+|replaces\/\d+|effects\/\d+\/indicator)$/],
    [/^indicators\.ya?ml$/, /^\/indicators\/\d+\/goal$/],
    [/^plan\.ya?ml$/, /^\/overlaps\/accepted\/\d+\/tasks\/\d+$/],
    [/^evaluations\//, /^\/years\/\d+\/indicators\/[^/]+\/(task|goal)$/],
  ],
  team: [[/^tasks\//, /^\/tasks\/\d+\/(lead|partners\/\d+)$/]],
  department: [[/^indicators\.ya?ml$/, /^\/indicators\/\d+\/managed_by\/\d+$/]],
  body: [
    [/^goals\.ya?ml$/, /^\/goals\/\d+\/subcommittee$/],
    [/^governance\.ya?ml$/, /^\/bodies\/\d+\/parent$/],
  ],
};

/**
 * Where a recorded evaluation (evaluations/*.yaml) keys its maps by an ID of each namespace: a
 * renamed team or task stays the same team or task in the public record, not one removed and one
 * new (evaluation/recomputed-differs would otherwise report it as both). Parents of indicators
 * (task:, goal:) are values, matched in REFERENCES.
 */
const RECORD_KEYS: Record<Namespace, RegExp[]> = {
  entity: [
    /^\/years\/\d+\/(goals|strategies|tasks|indicators)\/[^/]+$/,
    /^\/years\/\d+\/(plan|(goals|strategies|teams|departments|tasks)\/[^/]+)\/parts\/[^/]+$/,
  ],
  team: [/^\/years\/\d+\/teams\/[^/]+$/],
  department: [/^\/years\/\d+\/departments\/[^/]+$/],
  body: [],
};

/** The namespace of an ID and where it is defined (file and pointer of its `id`). */
function definition(plan: Plan, id: string): { namespace: Namespace; file: string; pointer: string } | undefined {
  const entity = [...plan.goals, ...plan.strategies, ...plan.indicators, ...plan.tasks, ...plan.tasks.flatMap((t) => t.indicators)].find((e) => e.id === id);
  if (entity) return { namespace: 'entity', file: entity.src.file, pointer: `${entity.src.pointer}/id` };
  const team = plan.teams.find((t) => t.id === id);
  if (team) return { namespace: 'team', file: team.src.file, pointer: `${team.src.pointer}/id` };
  const dep = plan.departments.find((d) => d.id === id);
  if (dep) return { namespace: 'department', file: dep.src.file, pointer: `${dep.src.pointer}/id` };
  const body = plan.governance?.bodies.find((b) => b.id === id);
  if (body) return { namespace: 'body', file: body.src.file, pointer: `${body.src.pointer}/id` };
  return undefined;
}

function exists(plan: Plan, namespace: Namespace, id: string): boolean {
  const def = definition(plan, id);
  return def !== undefined && def.namespace === namespace;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

function renameInYaml(
  file: string,
  text: string,
  oldId: string,
  newId: string,
  isTarget: (pointer: string) => boolean,
  isKeyTarget: (pointer: string) => boolean = () => false,
): FileEdit | null {
  const tokens = [...new Parser().parse(text)];
  const docs = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  const lines: number[] = [];
  for (const doc of docs) {
    visit(doc, {
      Scalar(_key, node: Scalar, path) {
        if (node.value !== oldId || !node.srcToken || !CST.isScalar(node.srcToken)) return;
        // the JSON pointer of this scalar, from its ancestors; a key is renamed only where the
        // file keys a map by ID (a recorded evaluation: years/2019/teams/<team ID>)
        const segs: string[] = [];
        const chain = [...path, node];
        let asKey = false;
        for (let k = 0; k < chain.length - 1; k++) {
          const a = chain[k];
          const next = chain[k + 1];
          if (isPair(a)) {
            if (a.key === next) {
              asKey = true;
              segs.push(oldId);
              break;
            }
            if (isScalar(a.key)) segs.push(String(a.key.value));
          } else if (isSeq(a)) segs.push(String(a.items.indexOf(next as never)));
        }
        const pointer = segs.map((s) => `/${s}`).join('');
        if (asKey ? !isKeyTarget(pointer) : !isTarget(pointer)) return;
        lines.push(lineOf(text, node.srcToken.offset));
        CST.setScalarValue(node.srcToken, newId);
      },
    });
  }
  if (lines.length === 0) return null;
  const out = tokens.map((t) => CST.stringify(t)).join('');
  const before = text.split('\n');
  const after = out.split('\n');
  const edits = [...new Set(lines)].map((line) => ({ line, before: before[line - 1]!, after: after[line - 1]! }));
  return { file, text: out, edits };
}

/**
 * Rewrites every CSV record that names the ID, whole: a record may span lines (a quoted note with
 * a line break), so records are cut from the text by csv-parse's byte offsets, never by lines.
 */
function renameInCsv(file: string, text: string, oldId: string, newId: string, columns: readonly string[]): FileEdit | null {
  const buf = Buffer.from(text, 'utf8');
  let records: Array<{ info: { bytes: number }; record: string[] }>;
  try {
    records = parse(buf, { info: true, relax_column_count: true, skip_empty_lines: false, record_delimiter: ['\r\n', '\n'] }) as unknown as typeof records;
  } catch {
    return null; // an unreadable file is validate's finding; rename leaves it as it is
  }
  const header = records[0]?.record.map((c) => c.trim().toLowerCase()) ?? [];
  const cols = columns.map((c) => header.indexOf(c)).filter((c) => c >= 0);
  if (cols.length === 0) return null;
  const edits: Edit[] = [];
  const out: string[] = [];
  let start = 0;
  let line = 1;
  records.forEach((r, k) => {
    const piece = buf.subarray(start, r.info.bytes).toString('utf8');
    start = r.info.bytes;
    const eol = /\r?\n$/.exec(piece)?.[0] ?? '';
    if (k > 0 && cols.some((c) => r.record[c]?.trim() === oldId)) {
      const fields = [...r.record];
      for (const c of cols) if (fields[c]?.trim() === oldId) fields[c] = newId;
      const after = csvRecord(fields, { asRead: true });
      edits.push({ line, before: piece.slice(0, piece.length - eol.length), after });
      out.push(after + eol);
    } else out.push(piece);
    line += piece.split('\n').length - 1;
  });
  out.push(buf.subarray(start).toString('utf8'));
  return edits.length ? { file, text: out.join(''), edits } : null;
}

export function renameId(plan: Plan, texts: ReadonlyMap<string, string>, oldId: string, newId: string): RenameResult {
  if (!ID.test(newId) || newId.length > 64) return { ok: false, reason: 'bad-id' };
  const def = definition(plan, oldId);
  if (!def) return { ok: false, reason: 'unknown-id' };
  if (exists(plan, def.namespace, newId)) return { ok: false, reason: 'exists', namespace: def.namespace };
  const refs = REFERENCES[def.namespace];
  const files: FileEdit[] = [];
  for (const [file, text] of [...texts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (file.endsWith('.csv')) {
      // actuals name indicators; interactions.csv names goals, strategies, tasks and indicators, and the body that scored
      const columns =
        file === 'interactions.csv'
          ? def.namespace === 'entity'
            ? ['from', 'to']
            : def.namespace === 'body'
              ? ['scored_by']
              : []
          : def.namespace === 'entity'
            ? ['indicator']
            : [];
      if (columns.length === 0) continue;
      const e = renameInCsv(file, text, oldId, newId, columns);
      if (e) files.push(e);
      continue;
    }
    const patterns = refs.filter(([f]) => f.test(file)).map(([, p]) => p);
    const isTarget = (pointer: string) => (file === def.file && pointer === def.pointer) || patterns.some((p) => p.test(pointer));
    const keys = RECORD_KEYS[def.namespace].filter(() => /^evaluations\//.test(file));
    const e = renameInYaml(file, text, oldId, newId, isTarget, (pointer) => keys.some((p) => p.test(pointer)));
    if (e) files.push(e);
  }
  return { ok: true, namespace: def.namespace, files };
}
