// score --explain names why an Open SDG progress status cannot be judged in words, never by an
// internal code ("판단 불가 (no-actual)" in Korean output).
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, cli, makePlan } from './helpers.js';

afterAll(cleanup);

describe('the reason a progress status is not available', () => {
  it('no actual yet: in words in Korean and English, no code', () => {
    const dir = makePlan({ 'actuals/a.csv': 'indicator,year,value\n' });
    const ko = cli(['score', dir, '--year', '2018', '--explain', 'SI-01', '--lang', 'ko']).stdout;
    expect(ko).toContain('  상태: 판단 불가 (아직 실적 없음)\n');
    expect(ko).not.toContain('no-actual');
    const en = cli(['score', dir, '--year', '2018', '--explain', 'SI-01', '--lang', 'en']).stdout;
    expect(en).toContain('(no actual yet)\n');
    expect(en).not.toContain('no-actual');
  });
});

describe('the summary line of goals furthest behind', () => {
  it('says none when no goal is behind, instead of a label with nothing after it', () => {
    const dir = makePlan({ 'actuals/a.csv': 'indicator,year,value\n' });
    const ko = cli(['report', dir, '--period', '2018-2019', '-f', 'md', '--lang', 'ko']);
    expect(ko.code).toBe(0);
    expect(ko.stdout).toContain('**가장 뒤처진 목표**: 없음.\n');
    const en = cli(['report', dir, '--period', '2018-2019', '-f', 'md', '--lang', 'en']).stdout;
    expect(en).toContain('**Goals furthest behind**: None.\n');
    const html = cli(['report', dir, '--period', '2018-2019', '-f', 'html', '--lang', 'en']).stdout;
    expect(html).toContain('<div>Goals furthest behind</div><p>None.</p>');
  });
});

describe('actuals/implausible in Korean', () => {
  it('chooses the particle after the value (50은, 4는), not 은(는)', () => {
    const dir = makePlan({ 'actuals/a.csv': 'indicator,year,value\nT-01-P1,2018,4\nT-01-P1,2023,50\nT-01-P1,2022,4\n' });
    const out = cli(['validate', dir, '--lang', 'ko']).stdout;
    expect(out).toContain('3행: T-01-P1 2023년 값 50은 과제가 끝난 뒤(2021년)의 값입니다. 값을 확인하세요.');
    expect(out).toContain('4행: T-01-P1 2022년 값 4는 과제가 끝난 뒤(2021년)의 값입니다.');
    expect(out).not.toContain('은(는)');
  });
});
