// The actuals template as an Excel workbook (exceljs); load/read-workbook.ts reads it back. One sheet
// per team (or department); the ID, name, unit, target and breakdown columns are locked, the value
// column takes numbers only, flag offers its three values; a very hidden sheet records the plan,
// the year and the column of each field, so import never guesses from the (translated) headers.
import type { TemplateSheet } from '../export/actuals-template.js';
import { MARKER_SHEET, TEMPLATE_HEADERS as LABELS, markerChecksum } from '../model/actual-columns.js';

export async function templateWorkbook(
  plan: { id: string; languages: string[]; dimensions: Array<{ id: string; name?: Record<string, string> }> },
  year: number,
  sheets: TemplateSheet[],
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  // fixed dates: the same plan gives the same workbook
  wb.created = new Date(Date.UTC(year, 0, 1));
  wb.modified = wb.created;
  const lang = plan.languages[0] === 'ko' ? 'ko' : 'en';
  const L = LABELS[lang];
  const dims = plan.dimensions.filter((d) => sheets.some((s) => s.rows.some((r) => d.id in r.breakdown)));
  const keys = ['indicator', 'name', 'unit', 'target', ...dims.map((d) => d.id), 'year', 'value', 'flag', 'note', 'source'];
  const header = keys.map((k) => (k in L ? L[k as keyof typeof L] : (plan.dimensions.find((d) => d.id === k)?.name?.[plan.languages[0] ?? 'en'] ?? k)));
  const editable = new Set(['value', 'flag', 'note', 'source']);
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.id.slice(0, 31));
    ws.addRow(header).font = { bold: true };
    for (const r of s.rows)
      ws.addRow(
        keys.map((k) =>
          k === 'year'
            ? year
            : k === 'value' || k === 'flag' || k === 'note'
              ? null
              : k === 'source'
                ? r.source || null
                : k in r.breakdown
                  ? r.breakdown[k]
                  : ((r as unknown as Record<string, unknown>)[k] ?? null),
        ),
      );
    ws.columns.forEach((c, k) => {
      c.width = keys[k] === 'name' ? 40 : keys[k] === 'note' || keys[k] === 'source' ? 30 : 14;
    });
    const valueCol = keys.indexOf('value') + 1;
    const flagCol = keys.indexOf('flag') + 1;
    for (let row = 2; row <= s.rows.length + 1; row++) {
      keys.forEach((k, i) => {
        ws.getCell(row, i + 1).protection = { locked: !editable.has(k) };
      });
      ws.getCell(row, valueCol).dataValidation = {
        type: 'decimal',
        operator: 'between',
        formulae: [-1e15, 1e15],
        allowBlank: true,
        showErrorMessage: true,
        error: lang === 'ko' ? '숫자를 입력하세요.' : 'Enter a number.',
      };
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
  // what the rows above list, so an edited marker sheet is refused rather than read
  marker.addRow(['checksum', markerChecksum({ plan: plan.id, year: String(year), columns: keys.join(',') })]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
