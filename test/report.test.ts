// The evaluation report: snapshots of the Markdown report in both languages, chart geometry,
// escaping of plan text in every section, determinism, and the command's options.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE, cleanup, cli, makePlan, BASE } from './helpers.js';
import { chartGeometry, lineChart } from '../src/render/svg-chart.js';
import { formatNumber, formatPercent, unicodeBar, mdEscape, sparkline } from '../src/render/report-render.js';
import { loadPlan } from '../src/load/load-plan.js';
import { buildReport, defaultPeriod } from '../src/report/report-model.js';

afterAll(cleanup);

describe('the Markdown report of the sample plan', () => {
  it.each(['ko', 'en'])('matches its snapshot in %s', async (lang) => {
    const r = cli(['report', 'plans/dangjin-2035', '--format', 'md', '--lang', lang]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`./snapshots/report.${lang}.md`);
  });

  it('shows the sections in order and missing data as missing', () => {
    const md = cli(['report', 'plans/dangjin-2035', '--format', 'md', '--lang', 'en']).stdout;
    const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual([
      '1. Summary',
      '2. Sustainability evaluation',
      '3. Implementation',
      '4. Teams and departments',
      '5. Funding',
      '6. Coherence',
      '7. Data quality',
      '8. Governance',
      '9. Method',
    ]);
    expect(md).toContain('**Overall achievement (2019)**: 93.2%');
    expect(md).toContain('/ _missing_ /');
    // names, not IDs, and the format's codes in words
    expect(md).toContain('| Dangjin Sustainable Development Council | council | 110 | male 56 (50.9%), female 54 (49.1%) | civil society 44,');
    expect(md).toContain('| Sustainable Development Evaluation Committee | evaluation committee | 19 |');
    const ko = cli(['report', 'plans/dangjin-2035', '--format', 'md', '--lang', 'ko']).stdout;
    expect(ko).toContain('| 당진시지속가능발전협의회 | 협의회 | 110 | 남성 56 (50.9%), 여성 54 (49.1%) | 시민사회 44, 기업 22, 전문가 22, 공공 22 |');
    expect(ko).not.toMatch(/\| (agri-planning|sd-policy|enterprise) /);
    expect(md).not.toMatch(/\bC0\d\d\b|\bE\d\d\b/); // no member ID, let alone a name
  });
});

describe('the default period', () => {
  it('is the last complete cycle ending with the latest year with actuals', () => {
    expect(defaultPeriod(loadPlan(SAMPLE).plan)).toEqual({ start: 2018, end: 2019 });
  });
});

describe('chart geometry', () => {
  const box = { width: 320, height: 140, left: 28, right: 28, top: 28, bottom: 28 };
  it('maps a known series to known coordinates', () => {
    const g = chartGeometry(
      [
        { year: 2016, value: 100 },
        { year: 2026, value: 200 },
      ],
      box,
    );
    expect([g.x(2016), g.x(2021), g.x(2026)]).toEqual([28, 160, 292]);
    expect([g.y(100), g.y(150), g.y(200)]).toEqual([112, 70, 28]);
    const flat = chartGeometry([{ year: 2020, value: 5 }], box);
    expect([flat.x(2020), flat.y(5)]).toEqual([160, 70]);
  });

  it('draws actuals, the path to the target and the targets, with a title and a description', () => {
    const svg = lineChart(
      {
        id: 'SI-1',
        title: 'Emissions <t>',
        description: 'd',
        baseline: { year: 2016, value: 100 },
        targets: [{ year: 2026, value: 200 }],
        actuals: [{ year: 2021, value: 150 }],
      },
      box,
    );
    expect(svg).toContain('role="img" aria-labelledby="SI-1-t SI-1-d"><title id="SI-1-t">Emissions &lt;t&gt;</title>');
    expect(svg).toContain('<line class="path" x1="28" y1="112" x2="292" y2="28" stroke-dasharray="4 3"/>');
    expect(svg).toContain('<polyline class="actual" points="28,112 160,70"/>');
    expect(svg).toContain('<path class="target" d="M292 23L297 28L292 33L287 28Z"/>');
  });

  it('writes the unit, labels the baseline, latest actual and final target with separators, names breakdown lines, and carries its legend', () => {
    const svg = lineChart(
      {
        id: 'SI-2',
        title: 't',
        description: 'd',
        baseline: { year: 2016, value: 185000 },
        targets: [{ year: 2026, value: 340000 }],
        actuals: [{ year: 2019, value: 204500 }],
        unit: '명',
        words: { actual: '실적', path: '직선 경로', target: '목표값', unit: '단위' },
        format: (v) => v.toLocaleString('en-US'),
        series: [
          {
            label: '여성',
            points: [
              { year: 2018, value: 110000 },
              { year: 2019, value: 120000 },
            ],
          },
        ],
      },
      box,
    );
    expect(svg).toContain('<text class="unit" x="4" y="14">단위: 명</text>');
    expect(svg).toContain('>185,000</text>');
    expect(svg).toContain('<text class="label actual-label"');
    expect(svg).toContain('>204,500</text>');
    expect(svg).toContain('>340,000</text>');
    expect(svg).toContain('>여성 120,000</text>');
    expect(svg).toContain('<g class="legend">');
    for (const w of ['>실적</text>', '>직선 경로</text>', '>목표값</text>']) expect(svg).toContain(w);
  });
});

describe('formatting', () => {
  it('is the same on every machine', () => {
    expect([formatNumber(1234567.891), formatNumber(-0.5), formatNumber(null), formatNumber(3000000000, 0)]).toEqual([
      '1,234,567.89',
      '-0.5',
      '—',
      '3,000,000,000',
    ]);
    expect([formatPercent(0.9321), formatPercent(null), formatPercent(1)]).toEqual(['93.2%', '—', '100.0%']);
    expect([unicodeBar(0.5), unicodeBar(1.2), unicodeBar(0.06), unicodeBar(null)]).toEqual(['█████', '██████████', '▋', '']);
    expect(mdEscape('a|b *c* <d>')).toBe('a\\|b \\*c\\* &lt;d&gt;');
    expect([sparkline([1, 2, 3, 8]), sparkline([5, 5]), sparkline([])]).toEqual(['▁▂▃█', '▄▄', '']);
  });
});

describe('plan text is escaped in every section', () => {
  const evil = '<script>alert(1)</script>';
  const q = JSON.stringify(evil);
  const dir = () =>
    makePlan({
      'plan.yaml':
        BASE['plan.yaml']!.replace('title: {ko: 미니, en: Mini}', `title: {ko: ${q}, en: ${q}}\nvision: {ko: ${q}, en: ${q}}`).replace(
          '{id: team-a, name: {ko: 가팀, en: Team A}}',
          `{id: team-a, name: {ko: ${q}, en: ${q}}}`,
        ) + `overlaps:\n  threshold: 0.1\n  accepted:\n    - tasks: [T-01, T-02]\n      reason: ${q}\n`,
      'goals.yaml': BASE['goals.yaml']!.replace('title: {ko: 목표, en: Goal}', `title: {ko: ${q}, en: ${q}}`).replace(
        'title: {ko: 전략, en: Strategy}',
        `title: {ko: ${q}, en: ${q}}`,
      ),
      'indicators.yaml': BASE['indicators.yaml']!.replace('name: {ko: 온실가스, en: Emissions}', `name: {ko: ${q}, en: ${q}}`).replace(
        'unit: tCO2eq',
        `unit: ${q}`,
      ),
      'tasks/a.yaml': BASE['tasks/a.yaml']!.replace('title: {ko: 과제, en: Task}', `title: {ko: ${q}, en: ${q}}`)
        .replace('name: {ko: 용량, en: Capacity}', `name: {ko: ${q}, en: ${q}}`)
        .replace('title: {ko: 과제2, en: Task 2}', `title: {ko: ${q}, en: ${q}}`)
        .replace('unit: MW', `unit: ${q}`),
      'governance.yaml': BASE['governance.yaml']!.replace('name: {ko: 환경분과, en: Environment}', `name: {ko: ${q}, en: ${q}}`),
    });

  it.each(['html', 'md'])('%s', (format) => {
    const d = dir();
    expect(cli(['validate', d]).code).toBe(0);
    const r = cli(['report', d, '--format', format, '--lang', 'en', '--period', '2018']);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('<script');
    const sections = r.stdout.split(format === 'html' ? /<section /g : /^## /gm).slice(1);
    expect(sections).toHaveLength(9);
    const withText = sections.map((s, i) => [
      i + 1,
      s.includes('&lt;script&gt;alert(1)&lt;/script&gt;') || s.includes('&lt;script&gt;alert(1)&lt;/script&gt;'.replace('/', '\\/')),
    ]);
    // every section that prints plan text shows it as text (the method prints none)
    expect(withText.filter(([, has]) => has).map(([i]) => i)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('sdplan report', () => {
  it('is byte-identical across runs, time zones and locales', () => {
    const a = cli(['report', 'plans/dangjin-2035', '--lang', 'en']).stdout;
    const b = cli(['report', 'plans/dangjin-2035', '--lang', 'en'], { env: { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' } }).stdout;
    expect(a.length).toBeGreaterThan(100_000);
    expect(b).toBe(a);
  });

  it('html is one self-contained file that forbids scripts', () => {
    const html = cli(['report', 'plans/dangjin-2035', '--lang', 'ko']).stdout;
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; base-uri 'none'; form-action 'none'">`,
    );
    expect(html).not.toMatch(/<script|<link |src="http|href="http|@import/);
    expect(html.match(/<svg class="chart"/g)).toHaveLength(39);
    expect(html).toContain('@page { size: A4; margin: 15mm; }');
  });

  it('json is the data model', () => {
    const model = JSON.parse(cli(['report', 'plans/dangjin-2035', '-f', 'json', '--lang', 'en']).stdout);
    expect(Object.keys(model)).toEqual([
      'plan',
      'lang',
      'period',
      'years',
      'summary',
      'sustainability',
      'goals',
      'teams',
      'departments',
      'funding',
      'annex',
      'previous',
      'statutory',
      'coherence',
      'data_quality',
      'governance',
      'names',
      'method',
    ]);
    // one key convention across all JSON: snake_case, as in the plan files
    const keys = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          keys.add(k);
          walk(x);
        }
    };
    walk(model);
    expect([...keys].filter((k) => /[a-z][A-Z]/.test(k))).toEqual([]);
    expect(model.summary.overall).toEqual({ rate: expect.closeTo(0.932, 3), grade: 'A', measured: 166, targeted: 175 });
    expect(model.funding.years).toEqual([2018, 2019, 2020, 2021]);
  });

  it('marks plan text shown in the default language', () => {
    const d = makePlan({ 'tasks/a.yaml': BASE['tasks/a.yaml']!.replace('title: {ko: 과제, en: Task}', 'title: 과제만') });
    const plan = loadPlan(d).plan;
    const model = buildReport(plan, { lang: 'en', diagnostics: [] });
    expect(model.goals[0]!.strategies[0]!.tasks[0]!.title).toEqual({ text: '과제만', fallback: true });
    expect(cli(['report', d, '-f', 'md', '--lang', 'en', '--period', '2018']).stdout).toContain('**T-01** 과제만\\*');
  });

  it('-o writes atomically; --template overrides one partial; bad options exit 2', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sdplan-report-')), 'r.md');
    expect(cli(['report', 'plans/dangjin-2035', '-f', 'md', '-o', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('## 1. 요약');
    expect(readdirSync(join(out, '..'))).toEqual(['r.md']);
    const custom = mkdtempSync(join(tmpdir(), 'sdplan-tpl-'));
    mkdirSync(join(custom, 'md'));
    writeFileSync(join(custom, 'md', 'method.hbs'), '## Our own method section: {{method.method}}\n');
    const md = cli(['report', 'plans/dangjin-2035', '-f', 'md', '--template', custom]).stdout;
    expect(md.trimEnd().endsWith('## Our own method section: progress')).toBe(true);
    writeFileSync(join(custom, 'md', 'method.hbs'), '{{method.mehtod}}\n');
    const strict = cli(['report', 'plans/dangjin-2035', '-f', 'md', '--template', custom]);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('"mehtod" not defined');
    expect(cli(['report', 'plans/dangjin-2035', '--period', '2010-2011']).code).toBe(2);
    expect(cli(['report', 'plans/dangjin-2035', '--period', 'last']).code).toBe(2);
  });
});

describe('each report is in its own language', () => {
  /** Latin words outside code spans, acronyms (SDG, CAGR, TAAS), IDs and SI unit symbols. */
  const englishWords = (md: string) =>
    (md.replace(/`[^`]*`/g, ' ').match(/[A-Za-z][A-Za-z'-]*[A-Za-z0-9-]*/g) ?? []).filter(
      (w) => !/^[A-Z0-9-]+$/.test(w) && !/\d/.test(w) && !/^(kW|MW|ha|km|t|kg|mg|L)$/.test(w),
    );

  it('the Korean report of the sample plan holds at most ten English words', () => {
    const md = cli(['report', SAMPLE, '--lang', 'ko', '--format', 'md']).stdout;
    const words = englishWords(md);
    // "Open" of 오픈 SDG(Open SDG), the software's own name
    expect(words).toEqual(['Open']);
  });

  it('the English report holds no Hangul but plan text that has no English, which is marked *', () => {
    const md = cli(['report', SAMPLE, '--lang', 'en', '--format', 'md']).stdout;
    const unmarked = md
      .split('\n')
      .flatMap((line) => [...line.matchAll(/[\uac00-\ud7a3][^|]*?(?=\s*\||$)/g)].filter((m) => !m[0].includes('\\*')).map((m) => m[0]));
    expect(unmarked).toEqual([]);
    // sources and reasons are plain strings in the plan's first language: shown, and marked
    expect(md).toContain('| 당진시 예산서\\* |');
  });
});
