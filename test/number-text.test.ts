// What counts as a number written as text (issue 19): the reading check/ relies on.
import { describe, expect, it } from 'vitest';
import { readNumberText } from '../src/model/number-text.js';

describe('readNumberText', () => {
  it.each([
    ['35%', 35, '%'],
    ['35 %', 35, '%'],
    ['1 800', 1800, undefined],
    ['1,800', 1800, undefined],
    ['1,800명', 1800, '명'],
    ['３５', 35, undefined],
    ['３５％', 35, '%'],
    ['35점', 35, '점'],
    ['35명', 35, '명'],
    ['+35', 35, undefined],
    ['-12.5', -12.5, undefined],
    ['\u221212.5', -12.5, undefined],
    ['1.5억', 150000000, undefined],
    ['1.1만 명', 11000, '명'],
    ['3천만원', 30000000, '원'],
    ['1e3', 1000, undefined],
    ['55% 이상', 55, '%'],
    ['at least 55%', 55, '%'],
    ['12,345.5', 12345.5, undefined],
    ['35 persons', 35, 'persons'],
  ])('%s reads as %d', (text, value, unit) => {
    const r = readNumberText(text);
    expect(r).toMatchObject({ kind: 'number', value });
    expect(r?.kind === 'number' ? r.unit : 'none').toBe(unit);
  });

  it("accepts the indicator's own unit beside the number", () => {
    expect(readNumberText('35 tCO2eq/yr', ['tCO2eq/yr'])).toMatchObject({ kind: 'number', value: 35 });
    expect(readNumberText('35 tCO2eq/yr')).toBeNull();
  });

  it.each(['지속 확대', 'keep decreasing', '2030년까지 50% 감축', '50% 감축', '35-40%', '2단계 중 1단계', 'Phase 2 by 2030', ''])('%s is words', (text) => {
    expect(readNumberText(text)).toBeNull();
  });

  it('1e309 is beyond double range', () => {
    expect(readNumberText('1e309')).toEqual({ kind: 'not-finite' });
  });

  it('a comma that is not a thousands separator is unclear', () => {
    expect(readNumberText('1,5')).toEqual({ kind: 'unclear' });
    expect(readNumberText('12,34%')).toEqual({ kind: 'unclear' });
  });
});
