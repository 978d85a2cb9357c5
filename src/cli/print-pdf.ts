// `report --format pdf`: the HTML report printed to A4 by the system's Chromium, through
// playwright-core (an optional dependency: the browser test uses the same path).
import { existsSync } from 'node:fs';
import { UsageError } from './exit-code.js';

/** Where Debian, Ubuntu and most Linux systems put Chromium; SDPLAN_CHROMIUM overrides. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env.SDPLAN_CHROMIUM;
  if (given !== undefined && given !== '') return existsSync(given) ? given : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

export async function printPdf(html: string): Promise<Uint8Array> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new UsageError(
      'report --format pdf needs Chromium and a Korean font: install them (Debian: apt-get install chromium fonts-nanum) or set SDPLAN_CHROMIUM to a Chromium executable',
    );
  }
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new UsageError('report --format pdf needs the package playwright-core: npm install playwright-core');
  }
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    browser = await chromium.launch({
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (e) {
    throw new UsageError(browserFailure(executablePath, 'did not start as Chromium', (e as Error).message));
  }
  try {
    const page = await browser.newPage();
    // the report is one self-contained file: nothing to fetch, so nothing to wait for
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  } catch (e) {
    throw new UsageError(browserFailure(executablePath, 'stopped while printing', (e as Error).message));
  } finally {
    await browser.close().catch(() => undefined);
  }
}

/**
 * One line for a browser that failed, in place of Playwright's pages of launch log: the program,
 * how it ended (exit code or signal) and the first line it wrote to stderr.
 */
function browserFailure(path: string, what: string, log: string): string {
  const ended = /process did exit: exitCode=(\d+|null), signal=(\w+|null)/.exec(log);
  const how = ended ? (ended[2] !== 'null' ? `signal ${ended[2]}` : ended[1] !== 'null' ? `exit code ${ended[1]}` : '') : '';
  const said = /\[pid=\d+\]\[err\] (.*)/.exec(log)?.[1]?.trim().slice(0, 200);
  const detail = [how, said].filter(Boolean).join(': ');
  return `${path} ${what}${detail ? ` (${detail})` : ''}; set SDPLAN_CHROMIUM to a Chromium executable, or leave it unset to use the system's`;
}
