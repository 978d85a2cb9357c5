// The actuals template as an Excel workbook (exceljs), and reading a filled-in one back. One sheet
// per team (or department); the ID, name, unit, target and breakdown columns are locked, the value
// column takes numbers only, flag offers its three values; a very hidden sheet records the plan,
// the year and the column of each field, so import never guesses from the (translated) headers.
import type { TemplateSheet } from '../export/actuals-template.js';

export const MARKER_SHEET = '_sdplan';

const LABELS = {
  en: { indicator: 'Indicator ID', name: 'Name', unit: 'Unit', target: 'Target', year: 'Year', value: 'Value', flag: 'Flag', note: 'Note', source: 'Source' },
  ko: { indicator: '지표 ID', name: '지표명', unit: '단위', target: '목표', year: '연도', value: '실적', flag: '표시', note: '비고', source: '출처' },
} as const;

export async function templateWorkbook(plan: { id: string; languages: string[]; dimensions: Array<{ id: string; name?: Record<string, string> }> }, year: number, sheets: TemplateSheet[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  // fixed dates: the same plan gives the same workbook
  wb.created = new Date(Date.UTC(year, 0, 1));
  wb.modified = wb.created;
  const lang = plan.languages[0] === 'ko' ? 'ko' : 'en';
  const L = LABELS[lang];
  const dims = plan.dimensions.filter((d) => sheets.some((s) => s.rows.some((r) => d.id in r.breakdown)));
  const keys = ['indicator', 'name', 'unit', 'target', ...dims.map((d) => d.id), 'year', 'value', 'flag', 'note', 'source'];
  const header = keys.map((k) => (k in L ? L[k as keyof typeof L] : plan.dimensions.find((d) => d.id === k)?.name?.[plan.languages[0] ?? 'en'] ?? k));
  const editable = new Set(['value', 'flag', 'note', 'source']);
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.id.slice(0, 31));
    ws.addRow(header).font = { bold: true };
    for (const r of s.rows) ws.addRow(keys.map((k) => (k === 'year' ? year : k === 'value' || k === 'flag' || k === 'note' ? null : k === 'source' ? r.source || null : k in r.breakdown ? r.breakdown[k] : (r as unknown as Record<string, unknown>)[k] ?? null)));
    ws.columns.forEach((c, k) => {
      c.width = keys[k] === 'name' ? 40 : keys[k] === 'note' || keys[k] === 'source' ? 30 : 14;
    });
    const valueCol = keys.indexOf('value') + 1;
    const flagCol = keys.indexOf('flag') + 1;
    for (let row = 2; row <= s.rows.length + 1; row++) {
      keys.forEach((k, i) => {
        ws.getCell(row, i + 1).protection = { locked: !editable.has(k) };
      });
      ws.getCell(row, valueCol).dataValidation = { type: 'decimal', operator: 'between', formulae: [-1e15, 1e15], allowBlank: true, showErrorMessage: true, error: lang === 'ko' ? '숫자를 입력하세요.' : 'Enter a number.' };
      ws.getCell(row, flagCol).dataValidation = { type: 'list', allowBlank: true, formulae: ['"estimated,provisional,break"'] };
    }
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  const marker = wb.addWorksheet(MARKER_SHEET);
  marker.state = 'veryHidden';
  marker.addRow(['plan', plan.id]);
  marker.addRow(['year', year]);
  marker.addRow(['columns', keys.join(',')]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export interface SheetRow {
  sheet: string;
  /** 1-based row in the sheet. */
  row: number;
  cells: Record<string, string>;
  /** A value cell that is not a number (text typed into it). */
  badValue?: string;
}

export type ReadResult = { ok: true; plan: string; year: number; rows: SheetRow[] } | { ok: false; reason: 'not-a-template' | 'unreadable'; detail?: string };

/** The rows of a filled-in template: those with a value, flag or note; blank rows are not imports. */
export async function readTemplateWorkbook(bytes: Uint8Array): Promise<ReadResult> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    return { ok: false, reason: 'unreadable', detail: (e as Error).message };
  }
  const marker = wb.getWorksheet(MARKER_SHEET);
  if (!marker) return { ok: false, reason: 'not-a-template' };
  const field = (name: string) => {
    for (let r = 1; r <= marker.rowCount; r++) if (String(marker.getCell(r, 1).value) === name) return marker.getCell(r, 2).value;
    return undefined;
  };
  const keys = String(field('columns') ?? '').split(',');
  const plan = String(field('plan') ?? '');
  const year = Number(field('year'));
  if (!keys.includes('indicator') || !keys.includes('value') || plan === '') return { ok: false, reason: 'not-a-template' };
  const text = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'object' && v !== null && 'result' in v) return text((v as { result: unknown }).result);
    if (typeof v === 'object' && v !== null && 'richText' in v) return (v as { richText: Array<{ text: string }> }).richText.map((t) => t.text).join('');
    return String(v).trim();
  };
  const rows: SheetRow[] = [];
  wb.eachSheet((ws) => {
    if (ws.name === MARKER_SHEET) return;
    for (let r = 2; r <= ws.rowCount; r++) {
      const cells: Record<string, string> = {};
      keys.forEach((k, i) => (cells[k] = text(ws.getCell(r, i + 1).value)));
      if (cells.value === '' && (cells.flag ?? '') === '' && (cells.note ?? '') === '') continue;
      const raw = ws.getCell(r, keys.indexOf('value') + 1).value;
      const row: SheetRow = { sheet: ws.name, row: r, cells };
      if (cells.value !== '' && typeof raw !== 'number' && !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(cells.value ?? '')) row.badValue = cells.value;
      rows.push(row);
    }
  });
  return { ok: true, plan, year, rows };
}
