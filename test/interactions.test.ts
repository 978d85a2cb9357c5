// interactions.csv (format 1.1): reading it, and the scoring sheet subcommittees fill in.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE, cleanup, cli } from './helpers.js';
import { readInteractions } from '../src/load/read-interactions.js';

afterAll(cleanup);

describe('reading interactions.csv', () => {
  it('keeps good rows, skips pairs not scored yet, and names each bad row', () => {
    const r = readInteractions(
      'interactions.csv',
      'from,to,score,confidence,note,scored_by\nG01,G02,2,high,"a, b",economy\nG01,G03,,,,economy\nG02,G01,1.5,,,economy\nG02,G03,-1,sure,,economy\n',
    );
    expect(r.rows).toEqual([{ from: 'G01', to: 'G02', score: 2, confidence: 'high', note: 'a, b', scoredBy: 'economy', file: 'interactions.csv', line: 2 }]);
    expect(r.findings.map((f) => [f.rule, f.line, f.args.field, f.args.value])).toEqual([
      ['interactions/bad-value', 4, 'score', '1.5'],
      ['interactions/bad-value', 5, 'confidence', 'sure'],
    ]);
  });

  it('reads a neutralised note back as written', () => {
    const r = readInteractions('i.csv', "from,to,score,note\nG01,G02,-1,'-1 after review\n");
    expect(r.rows[0]!.note).toBe('-1 after review');
  });
});

describe('sdplan interactions template', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sdplan-ix-'));

  it('gives a subcommittee a row for each of its goals acting on every other goal, with the score on record', () => {
    const r = cli(['interactions', 'template', '--plan', SAMPLE, '--body', 'environment']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('from,to,score,confidence,note,scored_by,from_name,to_name,declared_effects');
    // environment answers for four goals: 4 x 16 others
    expect(lines).toHaveLength(1 + 4 * 16);
    expect(lines).toContain("G07,G13,3,high,Renewable energy is most of the city's emission cut,environment,에너지 정의 실현,국가목표 수준 온실가스 감축,");
    expect(lines).toContain('G15,G13,,,,environment,친환경도시를 위한 생물다양성 확보,국가목표 수준 온실가스 감축,"도움 1, 저해 0"');
  });

  it('a filled-in sheet is an interactions.csv that validate reads', () => {
    const plan = join(dir, 'plan');
    cpSync(SAMPLE, plan, { recursive: true });
    const sheet = cli(['interactions', 'template', '--plan', plan, '--body', 'society']).stdout.replace(
      'G01,G10,,,,society',
      'G01,G10,2,medium,Less poverty narrows the income gap,society',
    );
    writeFileSync(join(plan, 'interactions.csv'), sheet);
    expect(cli(['validate', plan]).code).toBe(0);
    const json = JSON.parse(cli(['coherence', plan, '-f', 'json']).stdout);
    expect(json.cells.find((c: { from: string; to: string }) => c.from === 'G01' && c.to === 'G10')).toMatchObject({ score: 2, source: 'scored' });
  });

  it('writes a workbook with a sheet per subcommittee, the score offered from -3 to +3', async () => {
    const file = join(dir, 'scores.xlsx');
    expect(cli(['interactions', 'template', '--plan', SAMPLE, '-f', 'xlsx', '-o', file]).code).toBe(0);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['economy', 'education-culture', 'environment', 'society', 'urban-planning']);
    const ws = wb.getWorksheet('environment')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'from', 'to', 'score', 'confidence', 'note', 'scored_by', 'from_name', 'to_name', 'declared_effects']);
    expect(ws.getCell(2, 3).dataValidation).toMatchObject({ type: 'list', formulae: ['"3,2,1,0,-1,-2,-3"'] });
    expect(ws.getCell(2, 1).protection?.locked).not.toBe(false);
    expect(ws.getCell(2, 3).protection).toMatchObject({ locked: false });
  });

  it('refuses a subcommittee no goal names', () => {
    const r = cli(['interactions', 'template', '--plan', SAMPLE, '--body', 'nobody']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no goal of dangjin-2035 names subcommittee nobody');
  });
});
