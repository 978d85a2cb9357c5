// A number as plain digits for people: never exponent notation (1e+23 or 1e-7), at most `decimals`
// places, no trailing zeros; deterministic on every machine (no locale, no grouping).
const formats = new Map<number, Intl.NumberFormat>();

export function plainNumber(x: number, decimals = 6): string {
  if (!Number.isFinite(x)) return String(x);
  let f = formats.get(decimals);
  if (!f) formats.set(decimals, (f = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: decimals })));
  const s = f.format(x);
  return s === '-0' ? '0' : s;
}
