// Korean particles chosen by es-hangul from how the word is read: Hangul, numbers, Latin IDs.
import { describe, expect, it } from 'vitest';
import { withParticle, readingOfEnd } from '../src/render/particle.js';
import { messageOf } from '../src/render/messages.js';
import type { Diagnostic } from '../src/model/diagnostic.js';

describe('particles', () => {
  it('consonant- and vowel-final Hangul', () => {
    expect(['목표', '전략', '서울'].map((w) => withParticle(w, '이/가'))).toEqual(['목표가', '전략이', '서울이']);
    expect(['과제', '지표', '전략'].map((w) => withParticle(w, '을/를'))).toEqual(['과제를', '지표를', '전략을']);
    expect(['목표', '전략'].map((w) => withParticle(w, '은/는'))).toEqual(['목표는', '전략은']);
    // ㄹ takes 로, other final consonants 으로
    expect(['서울', '전략', '과제'].map((w) => withParticle(w, '으로/로'))).toEqual(['서울로', '전략으로', '과제로']);
  });

  it('numbers, read as a Korean reader says them', () => {
    expect(withParticle(300, '와/과')).toBe('300과'); // 삼백
    expect(withParticle(170, '으로/로')).toBe('170으로'); // 백칠십
    expect(withParticle(2, '이/가')).toBe('2가'); // 이
    expect(withParticle(7, '으로/로')).toBe('7로'); // 칠: ㄹ
    expect(withParticle(1000, '은/는')).toBe('1000은'); // 천
    expect(withParticle(50000, '이/가')).toBe('50000이'); // 오만
    expect(withParticle(0.5, '을/를')).toBe('0.5를'); // 영점오
    expect(withParticle('60%', '을/를')).toBe('60%를'); // 퍼센트
  });

  it('Latin IDs letter by letter, lower-case words as words', () => {
    expect(withParticle('T-1106-P1', '와/과')).toBe('T-1106-P1과');
    expect(withParticle('T-1302-P1', '이/가')).toBe('T-1302-P1이');
    expect(withParticle('G13', '은/는')).toBe('G13은');
    expect(withParticle('SDG', '이/가')).toBe('SDG가');
    expect(withParticle('team-L', '으로/로')).toBe('team-L로');
    expect(withParticle('map', '이/가')).toBe('map이');
    expect(withParticle('(SI-01)', '을/를')).toBe('(SI-01)을');
    expect(readingOfEnd('T-1106-P1')).toBe('일');
  });

  it('Korean messages use them', () => {
    const d = {
      rule: 'ref/unknown-strategy',
      severity: 'error',
      args: { task: 'T-1106', strategy: 'G13-S2' },
      file: 'tasks/a.yaml',
      line: 1,
      column: 1,
      path: '',
    } as Diagnostic;
    expect(messageOf(d, 'ko')).toBe('과제 T-1106의 전략 G13-S2가 goals.yaml에 없습니다.');
  });
});
