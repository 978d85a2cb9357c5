// actuals import (issues 19 and 20): the right number or a finding that names the problem, and a
// write only where the plan reads. Workbooks are built with exceljs as a clerk's Excel would save
// them; CSVs as Korean Excel saves them (CP949).
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { BASE, cleanup, cli, makePlan, validateDir } from './helpers.js';
import { zipSize } from '../src/load/zip-size.js';
import { readActuals } from '../src/load/read-actuals.js';
// a JavaScript module, shared with bench/xlsx-bomb.mjs
import { zipBomb } from '../bench/zip-bomb.mjs';

afterAll(cleanup);

const PLAN = BASE['plan.yaml'] + 'dimensions:\n  sex: {name: {ko: 성별, en: Sex}, values: [female, male]}\n';
const INDICATORS = `indicators:
  - id: SI-01
    goal: G01
    name: {ko: 온실가스, en: Emissions}
    unit: tCO2eq
    direction: decrease
    baseline: {year: 2016, value: 100}
    targets: {2025: 80}
    managed_by: [dept]
  - id: SI-02
    goal: G01
    name: {ko: 참여율, en: Share}
    unit: "%"
    direction: increase
    baseline: {year: 2016, value: 30}
    targets: {2025: 50}
    managed_by: [dept]
    disaggregation: [sex]
  - id: SI-03
    goal: G01
    name: {ko: 참여자, en: Participants}
    unit: 명
    direction: increase
    baseline: {year: 2016, value: 10}
    targets: {2025: 50}
    managed_by: [dept]
`;
const plan = (changes: Record<string, string | null> = {}) => makePlan({ 'plan.yaml': PLAN, 'indicators.yaml': INDICATORS, ...changes });
const inbox = () => mkdtempSync(join(tmpdir(), 'sdplan-import-'));
const actualsOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(join(dir, 'actuals'))
      .sort()
      .map((f) => [f, readFileSync(join(dir, 'actuals', f), 'utf8')]),
  );
const A_CSV = BASE['actuals/a.csv']!;
/** `file:line:column severity rule` of each finding line. */
const findings = (stderr: string) => [...stderr.matchAll(/^(\S+) (error|warning|info) (\S+) /gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);

/** The department's template workbook for 2020: SI-01 (row 2), SI-02 total, female, male (3-5), SI-03 (6). */
async function template(dir: string): Promise<{ file: string; valueCol: number }> {
  const file = join(inbox(), 'dept-2020.xlsx');
  expect(cli(['actuals', 'template', '--year', '2020', '--department', 'dept', '--plan', dir, '-f', 'xlsx', '-o', file]).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const header = (wb.getWorksheet('dept')!.getRow(1).values as unknown[]).map(String);
  return { file, valueCol: header.indexOf('실적') };
}

async function change(file: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  edit(wb);
  await wb.xlsx.writeFile(file);
}

describe('Excel cells are read as the clerk sees them', () => {
  it('a percent cell (0.38 formatted 0%) is 38 for an indicator in %, said as info; for another unit an error', async () => {
    const dir = plan();
    const { file, valueCol } = await template(dir);
    await change(file, (wb) => {
      const ws = wb.getWorksheet('dept')!;
      ws.getCell(3, valueCol).value = 0.38;
      ws.getCell(3, valueCol).numFmt = '0%';
      ws.getCell(4, valueCol).value = 0.401;
      ws.getCell(4, valueCol).numFmt = '0.0%';
      // rich text (a word in bold) is read as its text
      ws.getCell(3, valueCol + 2).value = { richText: [{ text: '감사 ' }, { font: { bold: true }, text: '전' }] };
    });
    const ok = cli(['actuals', 'import', file, '--plan', dir, '--lang', 'en']);
    expect(ok.code).toBe(0);
    expect(findings(ok.stderr)).toEqual([`${file}#dept:3:1 info import/percent`, `${file}#dept:4:1 info import/percent`]);
    expect(ok.stderr).toContain('Cell dept!G3 shows 38%; read as 38 (SI-02 is measured in %).');
    expect(actualsOf(dir)['dept-2020.csv']).toBe('indicator,year,sex,value,note\nSI-02,2020,,38,감사 전\nSI-02,2020,female,40.1,\n');

    const other = plan();
    const t = await template(other);
    await change(t.file, (wb) => {
      const c = wb.getWorksheet('dept')!.getCell(2, t.valueCol);
      c.value = 0.38;
      c.numFmt = '0%';
    });
    const bad = cli(['actuals', 'import', t.file, '--plan', other, '--lang', 'en']);
    expect(bad.code).toBe(1);
    expect(findings(bad.stderr)).toEqual([`${t.file}#dept:2:1 error import/percent-unit`]);
    expect(bad.stderr).toContain('Cell dept!G2 shows 38%, but SI-01 is measured in tCO2eq, not %');
    expect(actualsOf(other)).toEqual({ 'a.csv': A_CSV });
  });

  it('a date, a formula without a saved value and an error cell are findings that show the cell as Excel does', async () => {
    const dir = plan();
    const { file, valueCol } = await template(dir);
    await change(file, (wb) => {
      const ws = wb.getWorksheet('dept')!;
      // a style of its own: exceljs shares one style object among the cells of a loaded column
      ws.getCell(2, valueCol).style = { ...ws.getCell(2, valueCol).style, numFmt: 'yyyy-mm-dd' };
      ws.getCell(2, valueCol).value = new Date(Date.UTC(2025, 2, 4));
      ws.getCell(3, valueCol).value = { formula: 'B2/C2' } as ExcelJS.CellFormulaValue;
      ws.getCell(4, valueCol).value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
      ws.getCell(6, valueCol).value = { formula: '2*3', result: 6 } as ExcelJS.CellFormulaValue;
    });
    const r = cli(['actuals', 'import', file, '--plan', dir, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(findings(r.stderr)).toEqual([
      `${file}#dept:2:7 error import/cell`,
      `${file}#dept:3:7 error import/cell`,
      `${file}#dept:4:7 error import/cell`,
      `${file}#dept:6:7 info import/formula`,
    ]);
    expect(r.stderr).toContain("Cell dept!G2 (value) holds the date 2025-03-04, not a number; set the cell's format to General and type the number.");
    expect(r.stderr).toContain('Cell dept!G3 (value) holds the formula =B2/C2 with no saved value');
    expect(r.stderr).toContain('Cell dept!G4 (value) shows the error #DIV/0!;');
    expect(r.stderr).toContain('Cell dept!G6 holds the formula =2*3; its saved value 6 was imported.');
    expect(r.stderr).not.toMatch(/GMT|object Object|45720/);
    expect(actualsOf(dir)).toEqual({ 'a.csv': A_CSV });
    // in Korean, with the sheet name as the clerk's team wrote it
    const ko = cli(['actuals', 'import', file, '--plan', dir]);
    // the column by the header the Korean workbook shows (실적, not value), and the fix
    expect(ko.stderr).toContain("dept!G2 칸(실적)에 숫자가 아닌 날짜 2025-03-04가 있습니다. 셀 서식을 '일반'으로 바꾸고 숫자를 입력하세요.");
    expect(ko.stderr).toContain('dept!G4 칸(실적)에 오류 #DIV/0!이 표시됩니다.');
    expect(ko.stderr).not.toContain('(value)');
    expect(ko.stderr).toContain('sdplan: 아무것도 가져오지 않았습니다. 위의 문제 3건을 고치세요.');
  });

  it('a merged value cell is refused with its range; nothing is written', async () => {
    const dir = plan();
    const { file, valueCol } = await template(dir);
    await change(file, (wb) => {
      const ws = wb.getWorksheet('dept')!;
      ws.getCell(2, valueCol).value = 7;
      ws.mergeCells(2, valueCol, 3, valueCol);
    });
    const r = cli(['actuals', 'import', file, '--plan', dir, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(findings(r.stderr)).toEqual([`${file}#dept:2:7 error import/merged-cell`]);
    expect(r.stderr).toContain('Cell dept!G2 (value) is merged into dept!G2:G3');
    expect(cli(['actuals', 'import', file, '--plan', dir, '--lang', 'ko']).stderr).toContain('dept!G2 칸(실적)이 dept!G2:G3 범위로 병합되어');
    expect(actualsOf(dir)).toEqual({ 'a.csv': A_CSV });
  });

  it('an edited hidden sheet (targets read as values) is refused, and so is one without a checksum', async () => {
    const dir = plan();
    const { file } = await template(dir);
    await change(file, (wb) => {
      const marker = wb.getWorksheet('_sdplan')!;
      marker.getCell(3, 2).value = String(marker.getCell(3, 2).value).replace('target', 'x').replace('value', 'target').replace('x', 'value');
    });
    const r = cli(['actuals', 'import', file, '--plan', dir, '--lang', 'en']);
    expect([r.code, findings(r.stderr)]).toEqual([1, [`${file} error import/marker-tampered`]]);
    expect(actualsOf(dir)).toEqual({ 'a.csv': A_CSV });
    await change(file, (wb) => wb.getWorksheet('_sdplan')!.spliceRows(4, 1));
    const old = cli(['actuals', 'import', file, '--plan', dir, '--lang', 'en']);
    expect(old.stderr).toContain('has no checksum');
    expect(actualsOf(dir)).toEqual({ 'a.csv': A_CSV });
  });

  it('an empty template says the file has no rows, in both languages', async () => {
    const dir = plan();
    const { file } = await template(dir);
    expect(cli(['actuals', 'import', file, '--plan', dir, '--lang', 'en'])).toMatchObject({
      code: 0,
      stdout: `${file} has no rows to import: it holds a header only (or no filled-in value). Nothing was written.\n`,
    });
    expect(cli(['actuals', 'import', file, '--plan', dir]).stdout).toBe(
      `${file}에는 가져올 행이 없습니다. 머리글만 있거나 값을 채운 행이 없습니다. 아무것도 쓰지 않았습니다.\n`,
    );
    const csv = join(inbox(), 'header.csv');
    writeFileSync(csv, 'indicator,year,value\n');
    expect(cli(['actuals', 'import', csv, '--plan', dir, '--lang', 'en']).stdout).toMatch(/has no rows to import/);
    expect(actualsOf(dir)).toEqual({ 'a.csv': A_CSV });
  });
});

const bomb = (size: number, declared?: number): Buffer => zipBomb(size, declared);

describe('a zip bomb is refused before parsing', () => {
  it('by the sizes its directory declares, and by inflating with a cap when they lie', () => {
    expect(zipSize(bomb(8 * 1024 * 1024), 4 * 1024 * 1024)).toEqual({ ok: false, reason: 'too-large', size: 8 * 1024 * 1024 });
    expect(zipSize(bomb(8 * 1024 * 1024, 1000), 4 * 1024 * 1024)).toEqual({ ok: false, reason: 'too-large', size: 4 * 1024 * 1024 + 1 });
    expect(zipSize(bomb(2 * 1024 * 1024), 4 * 1024 * 1024)).toEqual({ ok: true, unpacked: 2 * 1024 * 1024 });
  });

  it('import refuses a workbook that unpacks to over 50 MB with import/too-large, and writes nothing', () => {
    const dir = plan();
    for (const declared of [64 * 1024 * 1024, 4096]) {
      const file = join(inbox(), 'bomb.xlsx');
      writeFileSync(file, bomb(64 * 1024 * 1024, declared));
      const r = cli(['actuals', 'import', file, '--plan', dir, '--lang', 'en']);
      expect([r.code, findings(r.stderr)]).toEqual([1, [`${file} error import/too-large`]]);
    }
    expect(actualsOf(dir)).toEqual({ 'a.csv': A_CSV });
  });
});

describe('import checks what validate checks, before writing', () => {
  it('an unknown breakdown value, Infinity and 1e999 are errors; nothing is written', () => {
    const dir = plan();
    const file = join(inbox(), 'rows.csv');
    writeFileSync(file, 'indicator,year,sex,value\nSI-02,2020,woman,40\nSI-03,2020,,Infinity\nSI-03,2021,,1e999\n');
    const r = cli(['actuals', 'import', file, '--plan', dir, '--lang', 'en']);
    expect([r.code, findings(r.stderr)]).toEqual([
      1,
      [
        `${file}:2:1 warning actuals/missing-total`,
        `${file}:2:1 error actuals/unknown-breakdown`,
        `${file}:3:1 error actuals/bad-value`,
        `${file}:4:1 error actuals/bad-value`,
      ],
    ]);
    expect(actualsOf(dir)).toEqual({ 'a.csv': A_CSV });
  });

  it('plausibility warnings are printed and do not block; severities follow plan.yaml rules: and --rule', () => {
    const file = join(inbox(), 'rows.csv');
    writeFileSync(file, 'indicator,year,value\nSI-02,2020,120\nSI-03,2020,-4\n');
    const dir = plan();
    const r = cli(['actuals', 'import', file, '--plan', dir, '--lang', 'en']);
    expect([r.code, findings(r.stderr)]).toEqual([0, [`${file}:2:1 warning actuals/implausible`, `${file}:3:1 warning actuals/implausible`]]);
    expect(actualsOf(dir)['dept-2020.csv']).toBe('indicator,year,value\nSI-02,2020,120\nSI-03,2020,-4\n');
    const strict = plan({ 'plan.yaml': PLAN + 'rules:\n  actuals/implausible: error\n' });
    expect(findings(cli(['actuals', 'import', file, '--plan', strict, '--lang', 'en']).stderr)).toEqual([
      `${file}:2:1 error actuals/implausible`,
      `${file}:3:1 error actuals/implausible`,
    ]);
    expect(existsSync(join(strict, 'actuals', 'dept-2020.csv'))).toBe(false);
    const off = cli(['actuals', 'import', file, '--plan', strict, '--rule', 'actuals/implausible=off', '--lang', 'en']);
    expect([off.code, off.stderr]).toEqual([0, '']);
    // Korean by default (the plan's first language)
    const ko = cli(['actuals', 'import', file, '--plan', plan(), '--dry-run']);
    expect(ko.stderr).toContain('0~100을 벗어난 백분율입니다.');
    expect(ko.stdout).toBe('actuals/dept-2020.csv에 2행을 추가합니다(--dry-run이므로 쓰지 않음):\nSI-02,2020,120\nSI-03,2020,-4\n');
  });

  it('a CSV value 45% is 45 for an indicator in %, an error for another unit', () => {
    const dir = plan();
    const file = join(inbox(), 'pct.csv');
    writeFileSync(file, 'indicator,year,value\nSI-02,2020,45%\n');
    const r = cli(['actuals', 'import', file, '--plan', dir, '--lang', 'en']);
    expect([r.code, findings(r.stderr)]).toEqual([0, [`${file}:2:1 info import/percent`]]);
    expect(r.stderr).toContain('Row 2 shows 45%; read as 45 (SI-02 is measured in %).');
    expect(actualsOf(dir)['dept-2020.csv']).toBe('indicator,year,value\nSI-02,2020,45\n');
    writeFileSync(file, 'indicator,year,value\nSI-03,2020,45%\n');
    const bad = cli(['actuals', 'import', file, '--plan', dir, '--lang', 'en']);
    expect([bad.code, findings(bad.stderr)]).toEqual([1, [`${file}:2:1 error import/percent-unit`]]);
    // a plan's own file is read as before: 45% there is not a number
    expect(readActuals('a.csv', 'indicator,year,value\nSI-02,2020,45%\n').findings.map((f) => f.rule)).toEqual(['actuals/bad-value']);
  });

  it('a CSV with the headers a clerk retypes (지표, 연도, 값, 비고, 출처) is read as its columns', () => {
    const dir = plan();
    const file = join(inbox(), 'typed.csv');
    writeFileSync(file, iconv.encode('지표,연도,값,비고,출처\nSI-03,2020,17,추정,복지과\n', 'cp949'));
    expect(cli(['actuals', 'import', file, '--plan', dir]).code).toBe(0);
    expect(actualsOf(dir)['dept-2020.csv']).toBe('indicator,year,value,note,source\nSI-03,2020,17,추정,복지과\n');
  });

  it("a CSV saved from sdplan's own workbook in CP949 (Korean headers, a dimension by its name) is accepted as is", () => {
    const dir = plan();
    const file = join(inbox(), '부서.csv');
    writeFileSync(
      file,
      iconv.encode(
        '지표 ID,지표명,단위,목표,성별,연도,실적,표시,비고,출처\r\nSI-02,참여율,%,,,2020,41,,,\r\nSI-02,참여율,%,,female,2020,43.5,provisional,감사 전,복지과\r\n',
        'cp949',
      ),
    );
    const r = cli(['actuals', 'import', file, '--plan', dir, '--lang', 'en']);
    expect([r.code, r.stderr]).toEqual([0, `sdplan: read ${file} as CP949 (EUC-KR) and converted it to UTF-8\n`]);
    // a new file takes the imported file's column order
    expect(actualsOf(dir)['dept-2020.csv']).toBe(
      'indicator,sex,year,value,flag,note,source\nSI-02,,2020,41,,,\nSI-02,female,2020,43.5,provisional,감사 전,복지과\n',
    );
    expect(validateDir(dir)).toEqual([]);
  });
});

describe('import writes where the plan reads, once', () => {
  it('data.txt, DATA.CSV and a file without extension go to actuals/<team>-<year>.csv; again is nothing new; a different value is a conflict', () => {
    const dir = plan();
    const box = inbox();
    for (const name of ['data.txt', 'DATA.CSV', 'data']) writeFileSync(join(box, name), 'indicator,year,value\nT-01-P1,2019,8\n');
    const first = cli(['actuals', 'import', join(box, 'data.txt'), '--plan', dir, '--lang', 'en']);
    expect([first.code, first.stdout]).toEqual([0, 'Added 1 row(s) to actuals/team-a-2019.csv:\nT-01-P1,2019,8\n']);
    expect(validateDir(dir).map((d) => d.rule)).toEqual([]);
    for (const name of ['DATA.CSV', 'data', 'data.txt'])
      expect(cli(['actuals', 'import', join(box, name), '--plan', dir, '--lang', 'en']).stdout).toBe(
        `Nothing new: every row of ${join(box, name)} is already recorded.\n`,
      );
    expect(actualsOf(dir)).toEqual({ 'a.csv': A_CSV, 'team-a-2019.csv': 'indicator,year,value\nT-01-P1,2019,8\n' });
    writeFileSync(join(box, 'data.txt'), 'indicator,year,value\nT-01-P1,2019,9\n');
    const conflict = cli(['actuals', 'import', join(box, 'data.txt'), '--plan', dir, '--lang', 'en']);
    expect([conflict.code, findings(conflict.stderr)]).toEqual([1, [`${join(box, 'data.txt')}:2:1 error actuals/conflict`]]);
    expect(conflict.stderr).toContain('but actuals/team-a-2019.csv row 2 gives 8.');
  });

  it('--to chooses a file the plan reads and refuses one it does not', () => {
    const dir = plan();
    const file = join(inbox(), 'x.csv');
    writeFileSync(file, 'indicator,year,value\nT-01-P1,2019,8\nT-02-P1,2019,12\n');
    for (const to of ['actuals/X.CSV', 'actuals/x.txt', '../x.csv', 'actuals/sub/x.csv', 'x.csv']) {
      const r = cli(['actuals', 'import', file, '--plan', dir, '--to', to, '--lang', 'en']);
      expect([r.code, r.stderr]).toEqual([
        2,
        `sdplan: --to expects a file the plan reads, actuals/NAME.csv (relative to the plan folder, lower-case .csv), got "${to}"\n`,
      ]);
    }
    // two teams: the year alone names the file
    expect(cli(['actuals', 'import', file, '--plan', dir, '--dry-run', '--lang', 'en']).stdout).toMatch(/^Would add 2 row\(s\) to actuals\/2019\.csv:/);
    expect(cli(['actuals', 'import', file, '--plan', dir, '--to', 'actuals/2019-teams.csv']).code).toBe(0);
    expect(actualsOf(dir)['2019-teams.csv']).toBe('indicator,year,value\nT-01-P1,2019,8\nT-02-P1,2019,12\n');
  });

  it('a read-only destination (0444) is refused, naming the file, and stays as it was', () => {
    const dir = plan({ 'actuals/team-a-2019.csv': 'indicator,year,value\nT-01-P1,2018,4\n' });
    chmodSync(join(dir, 'actuals', 'team-a-2019.csv'), 0o444);
    const file = join(inbox(), 'x.csv');
    writeFileSync(file, 'indicator,year,value\nT-01-P1,2019,8\n');
    const r = cli(['actuals', 'import', file, '--plan', dir, '--lang', 'en']);
    expect([r.code, r.stderr]).toEqual([
      2,
      'sdplan: actuals/team-a-2019.csv is read-only; nothing was imported (make it writable, or import to another file with --to)\n',
    ]);
    expect(readFileSync(join(dir, 'actuals', 'team-a-2019.csv'), 'utf8')).toBe('indicator,year,value\nT-01-P1,2018,4\n');
    expect(statSync(join(dir, 'actuals', 'team-a-2019.csv')).mode & 0o777).toBe(0o444);
  });
});

describe('unknown columns are refused, not dropped', () => {
  it('district, comment and __proto__ are named (with a did-you-mean), and nothing is written', () => {
    const dir = plan();
    const file = join(inbox(), 'cols.csv');
    writeFileSync(file, 'indicator,year,district,value,comment,__proto__,sexx\nSI-02,2020,north,99,checked,x,female\n');
    const r = cli(['actuals', 'import', file, '--plan', dir, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(findings(r.stderr)).toEqual([
      `${file}:1:1 error actuals/unknown-column`,
      `${file}:1:1 error actuals/unknown-column`,
      `${file}:1:1 error actuals/unknown-column`,
      `${file}:1:1 error actuals/unknown-column`,
    ]);
    for (const c of ['district', 'comment', '__proto__']) expect(r.stderr).toContain(`The column ${c} is neither`);
    // refused on import, so the sentence says the values would be lost (not "ignored") and how to go on
    expect(r.stderr).toContain(
      'The column sexx is neither one sdplan reads nor a dimension of plan.yaml; importing would lose its values. Did you mean sex? Delete the column, add it to the dimensions of plan.yaml, or import without its values with --rule actuals/unknown-column=warning.',
    );
    expect(r.stderr).not.toContain('ignored');
    const ko = cli(['actuals', 'import', file, '--plan', dir, '--lang', 'ko']);
    expect(ko.stderr).toContain(
      'district 열은 sdplan이 읽는 열도, plan.yaml의 세부 구분도 아니어서 가져오면 값이 사라집니다. 열을 지우거나, plan.yaml의 dimensions에 더하거나, 값 없이 가져오려면 --rule actuals/unknown-column=warning을 쓰세요.',
    );
    expect(actualsOf(dir)).toEqual({ 'a.csv': A_CSV });
    // validate sees a __proto__ column in a plan file too
    const own = plan({ 'actuals/b.csv': 'indicator,year,value,__proto__\nSI-03,2020,5,x\n' });
    expect(validateDir(own).map((d) => `${d.rule} ${d.args.column}`)).toEqual(['actuals/unknown-column __proto__']);
  });
});
