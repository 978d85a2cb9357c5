// The interactions scoring sheet as an Excel workbook (exceljs): a sheet per subcommittee; the IDs,
// names and declared effects are locked, the score takes -3..+3 from a list, confidence its three
// values. Its first row holds the column names interactions.csv uses, so a sheet saved as CSV is
// an interactions.csv (the helper columns are ignored when read).
import type { InteractionSheet } from '../export/interactions-template.js';
import { INTERACTION_COLUMNS, INTERACTION_SCALE } from '../model/interaction-columns.js';

export const HELPER_COLUMNS = ['from_name', 'to_name', 'declared_effects'] as const;

export async function interactionsWorkbook(sheets: InteractionSheet[], lang: 'ko' | 'en'): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  // fixed dates: the same plan gives the same workbook
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  const keys = [...INTERACTION_COLUMNS, ...HELPER_COLUMNS];
  const editable = new Set(['score', 'confidence', 'note']);
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.body.slice(0, 31));
    ws.addRow([...keys]).font = { bold: true };
    for (const r of s.rows) ws.addRow([r.from, r.to, r.score, r.confidence || null, r.note || null, r.scoredBy, r.fromName, r.toName, r.declared || null]);
    ws.columns.forEach((c, k) => {
      c.width = keys[k] === 'note' ? 40 : keys[k] === 'from_name' || keys[k] === 'to_name' ? 32 : 12;
    });
    for (let row = 2; row <= s.rows.length + 1; row++) {
      keys.forEach((k, i) => {
        ws.getCell(row, i + 1).protection = { locked: !editable.has(k) };
      });
      ws.getCell(row, 3).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${INTERACTION_SCALE.join(',')}"`],
        showErrorMessage: true,
        error: lang === 'ko' ? '-3부터 +3까지의 정수를 고르세요.' : 'Choose a whole number from -3 to +3.',
      };
      ws.getCell(row, 4).dataValidation = { type: 'list', allowBlank: true, formulae: ['"low,medium,high"'] };
    }
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
