// A small line chart as inline SVG: actuals (solid, dots), the straight path from baseline to the
// final target (dashed), and the targets (diamonds). Geometry is a pure function, tested apart.
import { plainNumber } from './plain-number.js';

export interface ChartInput {
  /** Unique among the charts of one page (used for element IDs). */
  id: string;
  title: string;
  description: string;
  baseline: { year: number; value: number } | null;
  targets: ReadonlyArray<{ year: number; value: number }>;
  actuals: ReadonlyArray<{ year: number; value: number }>;
}

export interface Box {
  width: number;
  height: number;
  pad: number;
}

export const CHART_BOX: Box = { width: 320, height: 140, pad: 28 };

export interface Geometry {
  x: (year: number) => number;
  y: (value: number) => number;
  years: [number, number];
  values: [number, number];
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Maps years and values onto the box; a flat series gets a band of ±1 so it is drawn mid-height. */
export function chartGeometry(points: ReadonlyArray<{ year: number; value: number }>, box: Box): Geometry {
  const ys = points.map((p) => p.year);
  const vs = points.map((p) => p.value);
  let [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  let [v0, v1] = [Math.min(...vs), Math.max(...vs)];
  if (y0 === y1) [y0, y1] = [y0 - 1, y1 + 1];
  if (v0 === v1) [v0, v1] = [v0 - 1, v1 + 1];
  const w = box.width - 2 * box.pad;
  const h = box.height - 2 * box.pad;
  return {
    x: (year) => r1(box.pad + ((year - y0) / (y1 - y0)) * w),
    y: (value) => r1(box.pad + h - ((value - v0) / (v1 - v0)) * h),
    years: [y0, y1],
    values: [v0, v1],
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const fmt = (v: number) => plainNumber(v, 2);

export function lineChart(c: ChartInput, box: Box = CHART_BOX): string {
  const all = [...(c.baseline ? [c.baseline] : []), ...c.targets, ...c.actuals];
  const safeId = c.id.replace(/[^A-Za-z0-9_-]/g, '_');
  const head = `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${box.width} ${box.height}" width="${box.width}" height="${box.height}" role="img" aria-labelledby="${safeId}-t ${safeId}-d"><title id="${safeId}-t">${esc(c.title)}</title><desc id="${safeId}-d">${esc(c.description)}</desc>`;
  if (all.length === 0) return `${head}<text x="${box.width / 2}" y="${box.height / 2}" text-anchor="middle">—</text></svg>`;
  const g = chartGeometry(all, box);
  const parts: string[] = [head];
  const bottom = box.height - box.pad;
  parts.push(`<line class="axis" x1="${box.pad}" y1="${bottom}" x2="${box.width - box.pad}" y2="${bottom}"/>`);
  parts.push(`<text class="tick" x="${g.x(g.years[0])}" y="${bottom + 16}" text-anchor="start">${g.years[0]}</text><text class="tick" x="${g.x(g.years[1])}" y="${bottom + 16}" text-anchor="end">${g.years[1]}</text>`);
  parts.push(`<text class="tick" x="2" y="${g.y(g.values[1]) + 4}">${fmt(g.values[1])}</text><text class="tick" x="2" y="${g.y(g.values[0]) + 4}">${fmt(g.values[0])}</text>`);
  const final = c.targets[c.targets.length - 1];
  if (c.baseline && final) {
    parts.push(`<line class="path" x1="${g.x(c.baseline.year)}" y1="${g.y(c.baseline.value)}" x2="${g.x(final.year)}" y2="${g.y(final.value)}" stroke-dasharray="4 3"/>`);
  }
  for (const t of c.targets) {
    const [x, y] = [g.x(t.year), g.y(t.value)];
    parts.push(`<path class="target" d="M${x} ${r1(y - 5)}L${r1(x + 5)} ${y}L${x} ${r1(y + 5)}L${r1(x - 5)} ${y}Z"/>`);
  }
  const series = [...(c.baseline ? [c.baseline] : []), ...c.actuals.filter((a) => !c.baseline || a.year > c.baseline.year)];
  if (series.length > 1) parts.push(`<polyline class="actual" points="${series.map((p) => `${g.x(p.year)},${g.y(p.value)}`).join(' ')}"/>`);
  for (const p of series) parts.push(`<circle class="actual" cx="${g.x(p.year)}" cy="${g.y(p.value)}" r="3"/>`);
  parts.push('</svg>');
  return parts.join('');
}
