// Renders the report model with Handlebars templates (one partial per section). Templates come in
// as text (the CLI reads them), compile in strict mode so a misspelt field fails loudly, and plan
// text is always escaped: HTML-escaped in html, Markdown- and HTML-escaped in md.
import { conflictText } from './overlap-messages.js';
import type { Conflict } from '../overlap/conflicts.js';
import { plainNumber } from './plain-number.js';
import { jsonText } from './plans-output.js';
import type { ReportModel, LocalText } from '../report/report-model.js';
import { REPORT_LABELS } from './report-labels.js';
import { lineChart } from './svg-chart.js';
import { signedScore } from './coherence-output.js';
import { mdCode, mdText } from './markdown-escape.js';

export type ReportFormat = 'html' | 'md' | 'json';

export const SECTIONS = [
  'summary',
  'sustainability',
  'implementation',
  'teams',
  'funding',
  'coherence',
  'data-quality',
  'governance',
  'method',
  'previous',
  'annex',
] as const;

/** Templates by name: `report` (the layout) and one partial per section. */
export type Templates = Readonly<Record<string, string>>;

const STATUS_ICON: Record<string, string> = {
  target_achieved: '★',
  substantial_progress: '▲',
  moderate_progress: '△',
  limited_progress: '▽',
  deterioration: '✖',
  not_available: '?',
  ahead: '▲',
  on_track: '●',
  behind: '▼',
  held: '●',
  not_held: '▼',
};

/** Numbers the same way on every machine: no locale, thousands separated by commas. */
export function formatNumber(v: number | null | undefined, decimals = 2): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  const f = 10 ** decimals;
  const r = Math.round(v * f) / f;
  const [int, frac] = plainNumber(Math.abs(r), decimals).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${r < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

export const formatPercent = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `${(Math.round(v * 1000) / 10).toFixed(1)}%`);

const htmlEscape = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/`/g, '&#96;')
    .replace(/=/g, '&#61;');
/** Markdown cells: backslash-escape what would format or break a table; HTML in text stays text. */
export const mdEscape = mdText;

const BARS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
/** A bar of ten cells for a rate of 0..1 (longer rates are capped), for Markdown. */
export function unicodeBar(rate: number | null): string {
  if (rate === null) return '';
  const eighths = Math.round(Math.max(0, Math.min(1, rate)) * 80);
  return '█'.repeat(Math.floor(eighths / 8)) + BARS[eighths % 8];
}

const SPARKS = '▁▂▃▄▅▆▇█';
/** A Unicode sparkline of baseline, actuals and final target, for Markdown: the chart's text twin. */
export function sparkline(points: ReadonlyArray<number>): string {
  if (points.length === 0) return '';
  const lo = Math.min(...points);
  const hi = Math.max(...points);
  return points.map((v) => SPARKS[hi === lo ? 3 : Math.round(((v - lo) / (hi - lo)) * 7)]).join('');
}

export async function renderReport(model: ReportModel, format: ReportFormat, templates: Templates): Promise<string> {
  if (format === 'json') return jsonText(model);
  const { default: Handlebars } = await import('handlebars');
  const hb = Handlebars.create();
  const lang = model.lang === 'ko' ? 'ko' : 'en';
  const L = REPORT_LABELS[lang];
  const esc = format === 'html' ? htmlEscape : mdEscape;
  const safe = (s: string) => new hb.SafeString(s);
  const mark = format === 'html' ? `<sup class="fallback" title="${htmlEscape(L.lang_note)}">*</sup>` : '\\*';

  hb.registerHelper('t', (x: LocalText | null) => safe(x ? esc(x.text) + (x.fallback ? mark : '') : ''));
  hb.registerHelper('text', (s: unknown) => safe(esc(String(s ?? ''))));
  // a revision name as code: in Markdown a span that no backtick in the name can close
  hb.registerHelper('code', (s: unknown) => safe(format === 'html' ? `<code>${htmlEscape(String(s ?? ''))}</code>` : mdCode(String(s ?? ''))));
  // a commit as people quote it: the first 12 hex digits (the whole one stays in the title and the record)
  hb.registerHelper('short', (s: unknown) => String(s ?? '').slice(0, 12));
  // a plain string of the plan (a source, a reason) is in its first language: marked where the report is not
  hb.registerHelper('plain', (s: unknown) => safe(esc(String(s ?? '')) + (model.plan.defaultLang !== model.lang && String(s ?? '') !== '' ? mark : '')));
  hb.registerHelper('lbl', (key: string) => {
    const v = (L as Record<string, string>)[key];
    if (v === undefined) throw new Error(`report label "${key}" is not in the catalogue`);
    return v;
  });
  hb.registerHelper('icon', (status: string) => STATUS_ICON[status] ?? '');
  // tenths of a percentage point, signed (report --previous reconciliation); blank for nothing
  hb.registerHelper('pts', (v: number | null) =>
    v === null || v === undefined ? '' : v > 0 ? `+${(v / 10).toFixed(1)}` : v < 0 ? `−${(-v / 10).toFixed(1)}` : '0.0',
  );
  hb.registerHelper('steps', (xs: string[]) => safe(esc(xs.map((x) => (L as Record<string, string>)[`st_${x}`] ?? x).join(' + '))));
  hb.registerHelper('pct', (v: number | null) => formatPercent(v));
  hb.registerHelper('num', (v: number | null) => formatNumber(v));
  // a figure beside a rate, with the places the rate needs to follow from it (YearValue.decimals)
  hb.registerHelper('numd', (v: number | null, decimals: number) => formatNumber(v, decimals));
  hb.registerHelper('int', (v: number | null) => formatNumber(v, 0));
  hb.registerHelper('bar', (v: number | null) => unicodeBar(v));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('concat', (a: unknown, b: unknown) => `${String(a)}${String(b)}`);
  // an ID never breaks on paper (T-/1106): in HTML each one is kept whole
  const keepIds = (html: string) => (format === 'html' ? html.replace(/\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\b/g, (id) => `<span class="id">${id}</span>`) : html);
  hb.registerHelper('join', (xs: unknown[], sep: unknown) => safe(keepIds(esc(xs.map(String).join(typeof sep === 'string' ? sep : ', ')))));
  hb.registerHelper('spark', (si: ReportModel['sustainability'][number]) => {
    const series = [...(si.baseline ? [si.baseline.value] : []), ...si.actuals.filter((a) => !si.baseline || a.year > si.baseline.year).map((a) => a.value)];
    const target = si.targets[si.targets.length - 1];
    // scaled over the series and the final target together, so the target's bar shows how far is left
    const bars = sparkline([...series, ...(target ? [target.value] : [])]);
    return target ? `${bars.slice(0, -1)} → ${bars.slice(-1)}` : bars;
  });
  // names where the plan writes IDs: a team or department ID becomes its name in the output language
  const teamNames = new Map(model.names.teams.map((t) => [t.id, t.name]));
  const deptNames = new Map(model.names.departments.map((d) => [d.id, d.name]));
  const named = (names: Map<string, LocalText>) => (id: string) => {
    const n = names.get(id);
    return safe(n ? esc(n.text) + (n.fallback ? mark : '') : esc(String(id)));
  };
  hb.registerHelper('team', named(teamNames));
  // a task or goal: its ID, then its name (IDs alone mean nothing to a council member)
  const withId = (names: Map<string, LocalText>) => (id: string) => {
    const n = names.get(id);
    return safe(n ? `${esc(String(id))} ${esc(n.text)}${n.fallback ? mark : ''}` : esc(String(id)));
  };
  hb.registerHelper('taskName', withId(new Map(model.names.tasks.map((t) => [t.id, t.name]))));
  hb.registerHelper('goalName', withId(new Map(model.names.goals.map((g) => [g.id, g.name]))));
  const unitNames = new Map(model.names.units.map((u) => [u.id, u.name.text]));
  const indicatorNames = new Map(model.names.indicators.map((i) => [i.id, i]));
  const conflictNames = {
    team: (id: string) => teamNames.get(id)?.text ?? id,
    unit: (u: string, id?: string) => (id !== undefined ? indicatorNames.get(id)?.unit.text : undefined) ?? unitNames.get(u) ?? u,
    indicator: (id: string) => (indicatorNames.has(id) ? `‘${indicatorNames.get(id)!.name.text}’` : id),
  };
  hb.registerHelper('conflict', (c: Conflict) => safe(keepIds(esc(conflictText(c, lang, conflictNames)))));
  // the duties of the Framework Act a section answers, in one line under its heading
  hb.registerHelper('law', (section: string) => {
    const s = model.statutory.sections.find((x) => x.section === section);
    if (!s) throw new Error(`no statutory duties for section "${section}"`);
    return safe(`${esc(L.law_basis)}: ${esc(model.statutory.statute.text)} ${s.duties.map((d) => `${esc(d.article.text)} (${esc(d.duty.text)})`).join(', ')}`);
  });
  // a coherence score or influence: the one function the terminal uses too
  hb.registerHelper('signed', (v: number) => signedScore(v));
  // a code of the format (gender, sector, body kind) in the output language; other values as written
  hb.registerHelper('word', (key: string) => safe(esc((L as Record<string, string>)[`w_${key}`] ?? String(key))));
  hb.registerHelper('dept', named(deptNames));
  hb.registerHelper('cov', (f: { measured: number; targeted: number }) => `${f.measured}/${f.targeted}`);
  hb.registerHelper('chart', (si: ReportModel['sustainability'][number]) => {
    const fmt = (v: number) => formatNumber(v);
    // breakdown series: the first breakdown of the indicator, one line per value, by year
    const b = si.breakdowns[0];
    const series = b
      ? b.rows.map((r) => ({
          label: (L as Record<string, string>)[`w_${r.value}`] ?? r.value,
          points: b.years.flatMap((year, k) => (r.cells[k] === null || r.cells[k] === undefined ? [] : [{ year, value: r.cells[k]! }])),
        }))
      : [];
    const svg = lineChart({
      id: `chart-${si.id}`,
      title: `${si.name.text} (${si.unit})`,
      description: `${L.chart_desc} ${L.baseline}: ${si.baseline ? `${fmt(si.baseline.value)} (${si.baseline.year})` : '—'}; ${L.actuals}: ${si.actuals.map((a) => `${a.year} ${fmt(a.value)}`).join(', ') || '—'}; ${L.targets}: ${si.targets.map((t) => `${t.year} ${fmt(t.value)}`).join(', ') || '—'}.`,
      baseline: si.baseline,
      targets: si.targets,
      actuals: si.actuals,
      unit: si.unit,
      words: { actual: L.key_actual, path: L.key_path, hold: L.key_hold, target: L.key_target, unit: L.unit },
      direction: si.direction === 'decrease' ? 'decrease' : 'increase',
      format: fmt,
      series,
    });
    // a visible caption (name, unit, targets in words), and the data as a table for screen readers
    const texts = si.textTargets.map((t) => `${t.year}: ${t.text.text}`).join('; ');
    const rows = [...new Set([...(si.baseline ? [si.baseline.year] : []), ...si.actuals.map((a) => a.year), ...si.targets.map((t) => t.year)])]
      .sort((x, y) => x - y)
      .map((year) => {
        const a = si.actuals.find((p) => p.year === year)?.value;
        const t = si.targets.find((p) => p.year === year)?.value;
        const base = si.baseline?.year === year ? si.baseline.value : undefined;
        return `<tr><th scope="row">${year}</th><td>${base !== undefined ? fmt(base) : a !== undefined ? fmt(a) : '—'}</td><td>${t !== undefined ? fmt(t) : '—'}</td></tr>`;
      })
      .join('');
    const caption = `<figcaption><strong>${esc(si.name.text)}</strong> <span class="meta">(${esc(L.unit)}: ${esc(si.unit || '—')})</span>${texts ? `<br><span class="meta">${esc(L.text_targets)}: ${esc(texts)}</span>` : ''}</figcaption>`;
    // in a clipped box, not on the table itself: a table grows to its content whatever its width
    const table = `<div class="sr-only"><table><caption>${esc(si.name.text)}</caption><thead><tr><th scope="col">${esc(L.year)}</th><th scope="col">${esc(L.actual)}</th><th scope="col">${esc(L.target)}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
    return safe(`<figure class="chart">${caption}${svg}${table}</figure>`);
  });
  // Markdown has no escaping of its own in Handlebars: a value printed as it is ({{grade}}, a grade
  // label of the plan) is printed as {{text grade}}, in sdplan's templates and in a city's own
  const compile = (src: string) => hb.compile(format === 'md' ? valuesAsText(Handlebars, src, hb.helpers) : src, { strict: true, noEscape: format === 'md' });
  for (const name of SECTIONS) {
    const src = templates[name];
    if (src === undefined) throw new Error(`template "${name}" is missing`);
    hb.registerPartial(name, compile(src));
  }
  const layout = templates.report;
  if (layout === undefined) throw new Error('template "report" is missing');
  const render = compile(layout);
  return render({ ...model, L });
}

/**
 * A Markdown template whose plain values (`{{grade}}`, `{{../title}}`) go through the `text` helper.
 * Helper calls (they escape what they print) and the report's own labels (`{{L.none}}`) are left.
 */
function valuesAsText(handlebars: typeof import('handlebars'), src: string, helpers: Readonly<Record<string, unknown>>): hbs.AST.Program {
  const ast = handlebars.parse(src);
  const visitor = new handlebars.Visitor();
  visitor.MustacheStatement = (m: hbs.AST.MustacheStatement) => {
    if (!m.escaped || m.params.length > 0 || (m.hash && m.hash.pairs.length > 0) || m.path.type !== 'PathExpression') return;
    const path = m.path as hbs.AST.PathExpression;
    const label = path.data ? path.parts[0] === 'root' && path.parts[1] === 'L' : path.parts[0] === 'L';
    if (label || (path.parts.length === 1 && path.parts[0]! in helpers)) return;
    // as strict as the plain lookup was: Handlebars checks a helper's parameters only when asked
    (path as hbs.AST.PathExpression & { strict?: boolean }).strict = true;
    m.params = [path];
    m.path = { type: 'PathExpression', data: false, depth: 0, parts: ['text'], original: 'text', loc: path.loc } as hbs.AST.PathExpression;
  };
  visitor.accept(ast);
  return ast;
}
