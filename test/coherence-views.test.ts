// Issue 19, item 3: one number per cell. The terminal grid, its Markdown, the JSON and the report
// print the same score for the same goal pair, and the same net influence for the same goal, from
// one function (render/coherence-output.ts signedScore), each with a legend that names the measure.
import { describe, expect, it } from 'vitest';
import { SAMPLE, cli } from './helpers.js';
import { COHERENCE_WORDS, signedScore } from '../src/render/coherence-output.js';

const squeeze = (line: string) =>
  line
    .trim()
    .split(/\s{2,}/)
    .join(' ');
const rowOf = (text: string, start: string) => text.split('\n').find((l) => l.startsWith(start));

describe('one number per cell', () => {
  it('signedScore: a plus or a minus sign, at most two decimals, no "-0"', () => {
    expect([3, 1.5, 0, -1, -0.25, 1e-9, -1e-9, 2.345].map(signedScore)).toEqual(['+3', '+1.5', '0', '−1', '−0.25', '0', '0', '+2.35']);
  });

  it("G01 -> G01 (four tasks help) is +1 everywhere, not a count of 4; G08 -> G13 is the subcommittee's −2", () => {
    const grid = cli(['coherence', SAMPLE, '--lang', 'ko']).stdout;
    expect(squeeze(rowOf(grid, 'G01 ')!)).toBe('G01 +1 +1');
    expect(squeeze(rowOf(grid, 'G08 ')!)).toBe('G08 [+2] [+1] +1 +1 [−2]');
    expect(grid).toContain(COHERENCE_WORDS.ko.cell);
    const md = cli(['coherence', SAMPLE, '--lang', 'en', '-f', 'md']).stdout;
    expect(rowOf(md, '| G01 ')).toBe('| G01 | +1 |  |  |  |  |  |  |  |  | +1 |  |  |  |  |  |  |  |');
    expect(md).toContain(COHERENCE_WORDS.en.cell);
    const json = JSON.parse(cli(['coherence', SAMPLE, '--lang', 'en', '-f', 'json']).stdout);
    const cell = (from: string, to: string) => json.cells.find((c: { from: string; to: string }) => c.from === from && c.to === to);
    expect([cell('G01', 'G01').score, cell('G01', 'G01').helps.length, cell('G08', 'G13').score]).toEqual([1, 4, -2]);
    expect(json.legend).toEqual([COHERENCE_WORDS.en.cell]);
    const report = cli(['report', SAMPLE, '-f', 'md', '--lang', 'ko']).stdout;
    expect(report).toContain('| G01 절대빈곤층이 없는 당진 | G01 절대빈곤층이 없는 당진 | +1 | 선언된 효과 | T-0101, T-0103, T-0106, T-0107 |');
    expect(report).toContain('| G08 누구나 일할 수 있는 경제환경 조성 | G13 국가목표 수준 온실가스 감축 | −2 | 분과위원회 평가 |  − T-0802 |');
  });

  it('net influence: the same figure, named "gives − receives", and a negative one explained as receiving more', () => {
    // G03 gives nothing to other goals and receives +2 (G13's scored row): net −2, which is not harm
    const rank = cli(['coherence', SAMPLE, '--lang', 'ko', '--rank']).stdout;
    expect(rank).toMatch(/목표\s+주는 영향\s+받는 영향\s+순영향\(주는 − 받는\)\s+2차 영향/);
    expect(squeeze(rowOf(rank, 'G03 건강한')!)).toBe('G03 건강한 삶 보장 0 +2 −2 0');
    expect(rank).toContain('0보다 작으면 주는 것보다 받는 것이 많다는 뜻이며, 해를 입는다는 뜻이 아닙니다');
    const json = JSON.parse(cli(['coherence', SAMPLE, '--lang', 'en', '--rank', '-f', 'json']).stdout);
    expect(json.ranking.goals.find((g: { goal: string }) => g.goal === 'G03')).toEqual({ goal: 'G03', outgoing: 0, incoming: 2, net: -2, second_order: 0 });
    expect(json.legend).toEqual([COHERENCE_WORDS.en.cell, COHERENCE_WORDS.en.net]);
    const report = cli(['report', SAMPLE, '-f', 'md', '--lang', 'ko']).stdout;
    expect(report).toContain('| 목표 | 주는 영향 | 받는 영향 | 순영향(주는 − 받는) | 2차 영향 |');
    expect(report).toContain('| G03 건강한 삶 보장 | 0 | +2 | −2 | 0 |');
    expect(report).toContain(COHERENCE_WORDS.ko.net);
    const en = cli(['report', SAMPLE, '-f', 'md', '--lang', 'en']).stdout;
    expect(en).toContain('| G03 Healthy lives for all | 0 | +2 | −2 | 0 |');
    expect(en).toContain('Below 0 the goal receives more than it gives: that is not harm');
  });
});
