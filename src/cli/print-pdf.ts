// `report --format pdf`: the HTML report printed to A4 by the system's Chromium, through
// playwright-core (an optional dependency: the browser test uses the same path).
import { existsSync } from 'node:fs';
import { UsageError } from './exit-code.js';

/** Where Debian, Ubuntu and most Linux systems put Chromium; SDPLAN_CHROMIUM overrides. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env.SDPLAN_CHROMIUM;
  if (given !== undefined && given !== '') return existsSync(given) ? given : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

export async function printPdf(html: string): Promise<Uint8Array> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new UsageError('report --format pdf needs Chromium and a Korean font: install them (Debian: apt-get install chromium fonts-nanum) or set SDPLAN_CHROMIUM to a Chromium executable');
  }
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new UsageError('report --format pdf needs the package playwright-core: npm install playwright-core');
  }
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage();
    // the report is one self-contained file: nothing to fetch, so nothing to wait for
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  } finally {
    await browser.close();
  }
}
