// Department spreadsheets: the xlsx template, filled in by a script as a person would in Excel,
// imports; a bad cell is reported with its sheet and row, and nothing is written.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { SAMPLE, cleanup, cli, validateDir } from './helpers.js';

afterAll(cleanup);

async function fill(file: string, values: Record<string, Record<number, string | number>>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const [sheet, rows] of Object.entries(values)) {
    const ws = wb.getWorksheet(sheet)!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const col = header.indexOf(header.find((h) => h === '실적' || h === 'Value')!);
    for (const [row, v] of Object.entries(rows)) ws.getCell(Number(row), col).value = v;
  }
  await wb.xlsx.writeFile(file);
}

describe('actuals template --format xlsx and import', () => {
  const plan = () => {
    const d = join(mkdtempSync(join(tmpdir(), 'sdplan-xlsx-')), 'plan');
    cpSync(SAMPLE, d, { recursive: true });
    return d;
  };

  it('one sheet per team, Korean headers, locked columns, numeric validation, a hidden marker', async () => {
    const d = plan();
    const file = join(d, '..', 'teams-2020.xlsx');
    expect(cli(['actuals', 'template', '--year', '2020', '--plan', d, '-f', 'xlsx', '-o', file]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toContain('agri-planning');
    expect(wb.getWorksheet('_sdplan')!.state).toBe('veryHidden');
    const ws = wb.getWorksheet('agri-planning')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['지표 ID', '지표명', '단위', '목표', '연도', '실적', '표시', '비고', '출처']);
    expect(ws.getCell(2, 1).value).toBe('T-0101-P1');
    // a cell is locked unless its style says otherwise (Excel's default)
    expect(ws.getCell(2, 1).protection?.locked ?? true).toBe(true);
    expect(ws.getCell(2, 6).protection?.locked).toBe(false);
    expect(ws.getCell(2, 6).dataValidation.type).toBe('decimal');
  });

  it('a filled-in workbook imports; a bad cell is named with its sheet and row and nothing is written', async () => {
    const d = plan();
    const file = join(d, '..', 'teams-2020.xlsx');
    cli(['actuals', 'template', '--year', '2020', '--team', 'agri-planning', '--plan', d, '-f', 'xlsx', '-o', file]);
    await fill(file, { 'agri-planning': { 2: 2300, 3: 'many' } });
    const bad = cli(['actuals', 'import', file, '--plan', d]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${file}#agri-planning:3:1 error actuals/bad-value`);
    expect(existsSync(join(d, 'actuals', 'agri-planning-2020.csv'))).toBe(false);
    await fill(file, { 'agri-planning': { 3: 88.5 } });
    const ok = cli(['actuals', 'import', file, '--plan', d]);
    expect(ok.code).toBe(0);
    expect(readFileSync(join(d, 'actuals', 'agri-planning-2020.csv'), 'utf8')).toBe(
      'indicator,year,value,source\nT-0101-P1,2020,2300,농정기획팀 자료\nT-0101-P2,2020,88.5,농정기획팀 자료\n',
    );
    expect(validateDir(d).filter((x) => x.severity === 'error')).toEqual([]);
  });

  it("sustainability indicators per managing department, with breakdown rows; another plan's workbook is refused", async () => {
    const d = plan();
    const file = join(d, '..', 'elderly-2020.xlsx');
    cli(['actuals', 'template', '--year', '2020', '--department', 'elderly-disabled', '--plan', d, '-f', 'xlsx', '-o', file]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('elderly-disabled')!;
    const rows = Array.from({ length: ws.rowCount - 1 }, (_, k) => [ws.getCell(k + 2, 1).value, ws.getCell(k + 2, 5).value]);
    expect(rows.slice(0, 3)).toEqual([
      ['SI-01-02', null],
      ['SI-01-02', 'female'],
      ['SI-01-02', 'male'],
    ]);
    await fill(file, { 'elderly-disabled': { 2: 6.6, 3: 7.4, 4: 5.7 } });
    expect(cli(['actuals', 'import', file, '--plan', d]).code).toBe(0);
    expect(readFileSync(join(d, 'actuals', 'elderly-disabled-2020.csv'), 'utf8')).toBe(
      'indicator,year,sex,value,source\nSI-01-02,2020,,6.6,노인일자리 사업 실적\nSI-01-02,2020,female,7.4,노인일자리 사업 실적\nSI-01-02,2020,male,5.7,노인일자리 사업 실적\n',
    );
    const otherPlan = plan();
    // another city's plan keeps no record of Dangjin's (evaluation/not-this-plan would name it)
    rmSync(join(otherPlan, 'evaluations'), { recursive: true, force: true });
    writeFileSync(join(otherPlan, 'plan.yaml'), readFileSync(join(otherPlan, 'plan.yaml'), 'utf8').replace('id: dangjin-2035', 'id: other-city'));
    const wrongPlan = cli(['actuals', 'import', file, '--plan', otherPlan, '--lang', 'en']);
    expect([wrongPlan.code, wrongPlan.stderr]).toEqual([2, `sdplan: ${file} is a template of plan dangjin-2035, not other-city\n`]);
  });
});
