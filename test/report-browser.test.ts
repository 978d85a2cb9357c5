// The HTML report in headless Chromium: it loads with no console error and no request leaving the
// file, and a screenshot of the first page is written to test/output/ for review. Skips, saying
// why, where Chromium is absent (.ci/run installs Debian's chromium so it runs in CI).
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, cli } from './helpers.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!CHROMIUM) console.warn('report-browser.test: no Chromium at /usr/bin/chromium; the browser test is skipped (apt-get install chromium)');

describe.skipIf(!CHROMIUM)('the HTML report in Chromium', () => {
  it('loads with no console error and no request leaving the file', async () => {
    const out = join(ROOT, 'test', 'output');
    mkdirSync(out, { recursive: true });
    const file = join(out, 'report.ko.html');
    expect(cli(['report', 'plans/dangjin-2035', '--lang', 'ko', '-o', file]).code).toBe(0);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('request', (r) => requests.push(r.url()));
      const url = pathToFileURL(file).href;
      await page.goto(url, { waitUntil: 'load' });
      expect(problems).toEqual([]);
      expect(requests.filter((u) => u !== url)).toEqual([]);
      expect(await page.locator('svg.chart').count()).toBe(39);
      expect(await page.locator('svg.chart title').first().textContent()).toBe('사회복지비 비율 (%)');
      expect(await page.locator('h2').allTextContents()).toEqual(['1. 요약', '2. 지속가능성 평가', '3. 이행 점검', '4. 팀·부서 평가', '5. 재원', '6. 정책 정합성', '7. 자료 품질', '8. 거버넌스', '9. 평가 방법']);
      const shot = join(out, 'report-first-page.png');
      await page.screenshot({ path: shot });
      expect(statSync(shot).size).toBeGreaterThan(10_000);
      // printable to A4 with each section on a new page: without the breaks it takes fewer pages
      const pages = async () => ((await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      const withBreaks = await pages();
      await page.addStyleTag({ content: '@media print { section { break-before: auto !important; } }' });
      const withoutBreaks = await pages();
      expect(withBreaks).toBeGreaterThan(withoutBreaks);
      expect(withBreaks).toBeGreaterThanOrEqual(9);
      // readable on a phone: nothing wider than the screen but the scrolling table boxes
      await page.setViewportSize({ width: 390, height: 844 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
