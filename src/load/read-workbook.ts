// A filled-in template workbook (xlsx) -> Actual rows, with the same result type and the same row
// checks as a CSV (read-actuals.ts). The workbook is read as the clerk sees it: a cell formatted as
// a percentage is its percentage (38%, not 0.38), a date, an error (#DIV/0!) or a formula without a
// value is a finding that shows the cell as Excel shows it, with its sheet and address. The hidden
// marker sheet says which plan, year and columns the workbook holds, with a checksum of them.
import type { Finding } from '../model/diagnostic.js';
import type { Actual } from '../model/plan.js';
import { MARKER_FIELDS, MARKER_SHEET, markerChecksum } from '../model/actual-columns.js';
import { actualOf, STANDARD_COLUMNS, type ActualsResult } from './read-actuals.js';
import { MAX_UNPACKED_BYTES } from './limits.js';
import { zipSize } from './zip-size.js';

interface WorkbookActuals extends ActualsResult {
  plan: string;
  year: number;
  /** The `file#sheet` labels of the rows, one per sheet read. */
  labels: Set<string>;
  /** Rows of the workbook that hold something (a value, flag or note). */
  filled: number;
}

export type WorkbookRead =
  | ({ ok: true } & WorkbookActuals)
  /** The file cannot be used at all; `finding` says why (too large unpacked, a changed marker sheet). */
  | { ok: false; finding: Finding }
  | { ok: false; reason: 'unreadable' | 'not-a-template'; detail?: string };

type CellValue = unknown;
interface CellLike {
  value: CellValue;
  numFmt?: string;
  formula?: string;
  isMerged?: boolean;
  address: string;
}

/** A cell as text, or why it cannot be read as the clerk sees it. */
type CellText = { text: string; formula?: string } | { kind: 'date' | 'formula' | 'error'; shown: string };

/** A number format that shows a percentage: a % outside quotes and escapes ("0%", "0.0%"). */
const isPercentFormat = (fmt: string | undefined): boolean => !!fmt && /%/.test(fmt.replace(/"[^"]*"|\\./g, ''));

/** 0.38 in a percent cell is 38: scaled, with the binary noise of the product rounded off. */
const percentOf = (v: number): string => `${Number((v * 100).toPrecision(15))}%`;

const pad = (n: number) => String(n).padStart(2, '0');
/** A date as Excel shows it in an ISO locale: 2025-03-04, with the time only when it has one. */
function dateText(d: Date): string {
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return d.getUTCHours() || d.getUTCMinutes() ? `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : day;
}

function plainText(v: CellValue, fmt: string | undefined): CellText {
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'number') return { text: Number.isFinite(v) && isPercentFormat(fmt) ? percentOf(v) : String(v) };
  if (typeof v === 'string') return { text: v };
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return { kind: 'date', shown: Number.isNaN(v.getTime()) ? '' : dateText(v) };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { kind: 'error', shown: o.error };
    if (Array.isArray(o.richText)) return { text: o.richText.map((t: { text?: unknown }) => String(t?.text ?? '')).join('') };
    if (typeof o.text === 'string') return { text: o.text };
  }
  return { kind: 'error', shown: '' };
}

function cellText(cell: CellLike): CellText {
  const v = cell.value;
  if (typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v)) {
    const o = v as { formula?: string; sharedFormula?: string; result?: unknown };
    const formula = `=${cell.formula ?? o.formula ?? o.sharedFormula ?? ''}`;
    if (o.result === undefined || o.result === null || o.result === '') return { kind: 'formula', shown: formula };
    const r = plainText(o.result, cell.numFmt);
    return 'text' in r ? { text: r.text, formula } : r;
  }
  return plainText(v, cell.numFmt);
}

/** Column number -> letters (1 -> A, 27 -> AA). */
function columnLetters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** A1 ranges of a sheet's merged cells, as [first row, last row, first column, last column, text]. */
function mergedRanges(ranges: readonly string[]): Array<[number, number, number, number, string]> {
  const num = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return ranges.flatMap((r) => {
    const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(r.toUpperCase());
    if (!m) return [];
    const [c1, r1, c2, r2] = [num(m[1]!), Number(m[2]), num(m[3] ?? m[1]!), Number(m[4] ?? m[2])];
    return [[Math.min(r1, r2), Math.max(r1, r2), Math.min(c1, c2), Math.max(c1, c2), r] as [number, number, number, number, string]];
  });
}

const refusal = (file: string, rule: Finding['rule'], args: Finding['args']): WorkbookRead => ({
  ok: false,
  finding: { rule, args, file, path: '', line: 0, column: 0 },
});

/**
 * The rows of a filled-in template workbook: those with a value, flag or note (a blank row is not
 * an import). Each row is labelled `file#sheet` with its sheet row.
 */
export async function readWorkbook(file: string, bytes: Uint8Array): Promise<WorkbookRead> {
  const size = zipSize(bytes, MAX_UNPACKED_BYTES);
  if (!size.ok && size.reason === 'too-large') return refusal(file, 'import/too-large', { size: size.size, limit: MAX_UNPACKED_BYTES });
  if (!size.ok) return { ok: false, reason: 'unreadable', detail: 'not a zip file' };
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: (e as Error).message };
  }
  const marker = wb.getWorksheet(MARKER_SHEET);
  if (!marker) return { ok: false, reason: 'not-a-template' };
  const field = (name: string): string | undefined => {
    for (let r = 1; r <= marker.rowCount; r++) {
      if (String(marker.getCell(r, 1).value) !== name) continue;
      const t = cellText(marker.getCell(r, 2) as unknown as CellLike);
      return 'text' in t ? t.text : undefined;
    }
    return undefined;
  };
  const listed = Object.fromEntries(MARKER_FIELDS.map((k) => [k, field(k) ?? ''])) as Record<(typeof MARKER_FIELDS)[number], string>;
  const keys = listed.columns.split(',');
  if (!keys.includes('indicator') || !keys.includes('value') || listed.plan === '') return { ok: false, reason: 'not-a-template' };
  const checksum = field('checksum');
  if (checksum !== markerChecksum(listed))
    return refusal(file, 'import/marker-tampered', { sheet: MARKER_SHEET, problem: checksum === undefined ? 'missing' : 'changed' });

  const rows: Actual[] = [];
  const findings: Finding[] = [];
  const percents: ActualsResult['percents'] = [];
  const labels = new Set<string>();
  let filled = 0;
  const read = keys.map((k, i) => [k, i + 1] as const).filter(([k]) => k !== 'name' && k !== 'unit' && k !== 'target');
  const others = read.filter(([k]) => !STANDARD_COLUMNS.has(k));
  for (const ws of wb.worksheets) {
    if (ws.name === MARKER_SHEET) continue;
    const label = `${file}#${ws.name}`;
    const merges = mergedRanges((ws.model as { merges?: string[] }).merges ?? []);
    const reported = new Set<string>();
    for (let r = 2; r <= ws.rowCount; r++) {
      const at = (c: number) => `${ws.name}!${columnLetters(c)}${r}`;
      const texts = new Map<string, string>();
      const problems: Finding[] = [];
      let formula: { cell: string; formula: string } | undefined;
      for (const [k, c] of read) {
        const cell = ws.getCell(r, c) as unknown as CellLike;
        const t = cellText(cell);
        if ('text' in t) {
          texts.set(k, t.text.trim());
          if (t.formula && k === 'value') formula = { cell: at(c), formula: t.formula };
        } else if (t.kind === 'date' && (k === 'note' || k === 'source')) texts.set(k, t.shown);
        else {
          texts.set(k, t.shown);
          problems.push({
            rule: 'import/cell',
            args: { row: r, cell: at(c), kind: t.kind, shown: t.shown, field: k },
            file: label,
            path: `/rows/${r}/${k}`,
            line: r,
            column: c,
          });
        }
      }
      if ((texts.get('value') ?? '') === '' && (texts.get('flag') ?? '') === '' && (texts.get('note') ?? '') === '') continue;
      filled++;
      labels.add(label);
      // a merged cell gives its one value to every row it spans: refused, once per range
      const merged = read.flatMap(([k, c]) => merges.filter(([r1, r2, c1, c2]) => r >= r1 && r <= r2 && c >= c1 && c <= c2).map((m) => [k, c, m] as const));
      if (merged.length > 0) {
        for (const [k, c, m] of merged) {
          if (reported.has(m[4])) continue;
          reported.add(m[4]);
          findings.push({
            rule: 'import/merged-cell',
            args: { row: r, cell: at(c), range: `${ws.name}!${m[4]}`, field: k },
            file: label,
            path: `/rows/${r}/${k}`,
            line: r,
            column: c,
          });
        }
        continue;
      }
      if (problems.length > 0) {
        findings.push(...problems);
        continue;
      }
      const cells = {
        file: label,
        line: r,
        get: (k: string) => texts.get(k),
        other: others.map(([k]) => [k, texts.get(k) ?? ''] as const),
        cell: (k: string) => at(keys.indexOf(k) + 1),
      };
      const one = actualOf(cells, { percent: true });
      if ('rule' in one) {
        findings.push(one);
        continue;
      }
      rows.push(one.row);
      if (one.percent) percents.push(one.percent);
      if (formula && one.row.value !== null)
        findings.push({
          rule: 'import/formula',
          args: { row: r, cell: formula.cell, formula: formula.formula, value: one.row.value },
          file: label,
          path: `/rows/${r}/value`,
          line: r,
          column: keys.indexOf('value') + 1,
        });
    }
  }
  // a new file gets the columns the rows fill: a workbook always has every column
  const has = (c: 'flag' | 'note' | 'source') => rows.some((x) => x[c] !== undefined);
  const dims = others.map(([k]) => k).filter((d) => rows.some((x) => d in x.breakdown));
  const columns = ['indicator', 'year', ...dims, 'value', ...(['flag', 'note', 'source'] as const).filter(has)];
  return { ok: true, plan: listed.plan, year: Number(listed.year), rows, findings, columns, percents, omitted: [], labels, filled };
}
