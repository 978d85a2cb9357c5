// A line chart as inline SVG, readable on screen, on paper and in greyscale: actuals (solid line,
// filled dots), the straight path from baseline to the final target (dashed), the targets (hollow
// diamonds), breakdown series (thin grey lines, each named at its end), the unit on the value axis,
// values labelled at the baseline, the final target and the latest actual, and a legend. Geometry
// is a pure function, tested apart; words and number formats come from the caller.
import { holdsTheLine } from '../score/trajectory.js';

export interface Point {
  year: number;
  value: number;
}

export interface ChartInput {
  /** Unique among the charts of one page (used for element IDs). */
  id: string;
  title: string;
  description: string;
  baseline: Point | null;
  targets: ReadonlyArray<Point>;
  actuals: ReadonlyArray<Point>;
  /** The unit, written on the value axis ('' for none). */
  unit?: string;
  /** Words of the legend and the axis, in the output language. */
  words?: { actual: string; path: string; hold?: string; target: string; unit: string };
  /** Which way is better: a final target the baseline already meets is a line to hold, not a path. */
  direction?: 'increase' | 'decrease';
  /** Numbers as the output language writes them (thousand separators). */
  format?: (v: number) => string;
  /** Breakdown series (1.1), e.g. female and male. */
  series?: ReadonlyArray<{ label: string; points: ReadonlyArray<Point> }>;
}

export interface Box {
  width: number;
  height: number;
  /** Margins: left holds the value labels, right the series names, bottom the years and legend. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const CHART_BOX: Box = { width: 520, height: 216, left: 72, right: 84, top: 36, bottom: 52 };

export interface Geometry {
  x: (year: number) => number;
  y: (value: number) => number;
  years: [number, number];
  values: [number, number];
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Maps years and values onto the box; a flat series gets a band of ±1 so it is drawn mid-height. */
export function chartGeometry(points: ReadonlyArray<Point>, box: Box): Geometry {
  const ys = points.map((p) => p.year);
  const vs = points.map((p) => p.value);
  let [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  let [v0, v1] = [Math.min(...vs), Math.max(...vs)];
  if (y0 === y1) [y0, y1] = [y0 - 1, y1 + 1];
  if (v0 === v1) [v0, v1] = [v0 - 1, v1 + 1];
  const w = box.width - box.left - box.right;
  const h = box.height - box.top - box.bottom;
  return {
    x: (year) => r1(box.left + ((year - y0) / (y1 - y0)) * w),
    y: (value) => r1(box.top + h - ((value - v0) / (v1 - v0)) * h),
    years: [y0, y1],
    values: [v0, v1],
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const DEFAULT_WORDS = { actual: 'actual', path: 'straight path from baseline to final target', hold: 'line to hold', target: 'target', unit: 'unit' };

export function lineChart(c: ChartInput, box: Box = CHART_BOX): string {
  const words = c.words ?? DEFAULT_WORDS;
  const fmt = c.format ?? ((v: number) => String(Math.round(v * 100) / 100));
  const series = c.series ?? [];
  const all = [...(c.baseline ? [c.baseline] : []), ...c.targets, ...c.actuals, ...series.flatMap((s) => s.points)];
  const safeId = c.id.replace(/[^A-Za-z0-9_-]/g, '_');
  const head = `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${box.width} ${box.height}" width="${box.width}" height="${box.height}" role="img" aria-labelledby="${safeId}-t ${safeId}-d"><title id="${safeId}-t">${esc(c.title)}</title><desc id="${safeId}-d">${esc(c.description)}</desc>`;
  if (all.length === 0) return `${head}<text x="${box.width / 2}" y="${box.height / 2}" text-anchor="middle">—</text></svg>`;
  const g = chartGeometry(all, box);
  const parts: string[] = [head];
  const bottom = box.height - box.bottom;
  const right = box.width - box.right;
  // axes, the unit, the value range and the years
  parts.push(
    `<line class="axis" x1="${box.left}" y1="${bottom}" x2="${right}" y2="${bottom}"/><line class="axis" x1="${box.left}" y1="${box.top}" x2="${box.left}" y2="${bottom}"/>`,
  );
  if (c.unit) parts.push(`<text class="unit" x="4" y="14">${esc(`${words.unit}: ${c.unit}`)}</text>`);
  parts.push(
    `<text class="tick" x="${box.left - 6}" y="${g.y(g.values[1]) + 4}" text-anchor="end">${esc(fmt(g.values[1]))}</text><text class="tick" x="${box.left - 6}" y="${g.y(g.values[0]) + 4}" text-anchor="end">${esc(fmt(g.values[0]))}</text>`,
  );
  parts.push(
    `<text class="tick" x="${g.x(g.years[0])}" y="${bottom + 14}" text-anchor="start">${g.years[0]}</text><text class="tick" x="${g.x(g.years[1])}" y="${bottom + 14}" text-anchor="end">${g.years[1]}</text>`,
  );
  // breakdown series first, beneath the totals
  const dashes = ['2 2', '6 2', '1 3', '8 3 2 3'];
  series.forEach((s, k) => {
    const pts = [...s.points].sort((a, b) => a.year - b.year);
    if (pts.length === 0) return;
    if (pts.length > 1)
      parts.push(
        `<polyline class="series" stroke-dasharray="${dashes[k % dashes.length]}" points="${pts.map((p) => `${g.x(p.year)},${g.y(p.value)}`).join(' ')}"/>`,
      );
    const last = pts[pts.length - 1]!;
    parts.push(`<text class="label series-label" x="${g.x(last.year) + 6}" y="${g.y(last.value) + 3}">${esc(s.label)} ${esc(fmt(last.value))}</text>`);
  });
  const final = c.targets[c.targets.length - 1];
  // a final target the baseline already meets is held, not reached: a flat line at it, not a slope toward it
  const hold = c.baseline && final && c.direction ? holdsTheLine(c.direction, c.baseline.value, final.value) : false;
  if (c.baseline && final && hold) {
    parts.push(
      `<line class="hold" x1="${g.x(c.baseline.year)}" y1="${g.y(final.value)}" x2="${g.x(final.year)}" y2="${g.y(final.value)}" stroke-dasharray="8 3"/>`,
    );
    parts.push(
      `<text class="label hold-label" x="${r1(g.x(final.year) - 8)}" y="${r1(g.y(final.value) - 6)}" text-anchor="end">${esc(`${words.hold ?? DEFAULT_WORDS.hold} ${fmt(final.value)}`)}</text>`,
    );
  } else if (c.baseline && final) {
    parts.push(
      `<line class="path" x1="${g.x(c.baseline.year)}" y1="${g.y(c.baseline.value)}" x2="${g.x(final.year)}" y2="${g.y(final.value)}" stroke-dasharray="4 3"/>`,
    );
  }
  for (const t of c.targets) {
    const [x, y] = [g.x(t.year), g.y(t.value)];
    parts.push(`<path class="target" d="M${x} ${r1(y - 5)}L${r1(x + 5)} ${y}L${x} ${r1(y + 5)}L${r1(x - 5)} ${y}Z"/>`);
  }
  const line = [...(c.baseline ? [c.baseline] : []), ...c.actuals.filter((a) => !c.baseline || a.year > c.baseline.year)];
  if (line.length > 1) parts.push(`<polyline class="actual" points="${line.map((p) => `${g.x(p.year)},${g.y(p.value)}`).join(' ')}"/>`);
  for (const p of line) parts.push(`<circle class="actual" cx="${g.x(p.year)}" cy="${g.y(p.value)}" r="3"/>`);
  // values at the baseline, the latest actual and the final target
  if (c.baseline)
    parts.push(`<text class="label" x="${g.x(c.baseline.year)}" y="${g.y(c.baseline.value) - 8}" text-anchor="start">${esc(fmt(c.baseline.value))}</text>`);
  const latest = c.actuals.length > 0 ? c.actuals[c.actuals.length - 1]! : null;
  if (latest && (!c.baseline || latest.year > c.baseline.year))
    parts.push(`<text class="label actual-label" x="${g.x(latest.year)}" y="${g.y(latest.value) + 16}" text-anchor="middle">${esc(fmt(latest.value))}</text>`);
  if (final) parts.push(`<text class="label" x="${g.x(final.year) + 8}" y="${g.y(final.value) + 4}">${esc(fmt(final.value))}</text>`);
  // the legend, on the chart itself so it prints with it
  const ly = box.height - 12;
  const lx = box.left;
  parts.push(
    `<g class="legend"><line class="actual-key" x1="${lx}" y1="${ly - 4}" x2="${lx + 18}" y2="${ly - 4}"/><circle class="actual" cx="${lx + 9}" cy="${ly - 4}" r="3"/><text x="${lx + 22}" y="${ly}">${esc(words.actual)}</text>` +
      (hold
        ? `<line class="hold" x1="${lx + 90}" y1="${ly - 4}" x2="${lx + 108}" y2="${ly - 4}" stroke-dasharray="8 3"/><text x="${lx + 112}" y="${ly}">${esc(words.hold ?? DEFAULT_WORDS.hold)}</text>`
        : `<line class="path" x1="${lx + 90}" y1="${ly - 4}" x2="${lx + 108}" y2="${ly - 4}" stroke-dasharray="4 3"/><text x="${lx + 112}" y="${ly}">${esc(words.path)}</text>`) +
      `<path class="target" d="M${lx + 318} ${ly - 9}L${lx + 323} ${ly - 4}L${lx + 318} ${ly + 1}L${lx + 313} ${ly - 4}Z"/><text x="${lx + 327}" y="${ly}">${esc(words.target)}</text></g>`,
  );
  parts.push('</svg>');
  return parts.join('');
}
