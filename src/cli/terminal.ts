// Colour only for a terminal that wants it; chalk is loaded only then.
import type { Paint } from '../render/validate-formats.js';

export async function terminalPaint(colorFlag: boolean): Promise<Paint | undefined> {
  const env = process.env;
  const wanted = colorFlag && env.NO_COLOR === undefined && (process.stdout.isTTY === true || (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0'));
  if (!wanted) return undefined;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}
