// The HTML report in headless Chromium, in both languages: it loads with no console error and no
// request leaving the file; axe-core (run in the page) finds no accessibility violation; each
// section is photographed into test/output/ for review; printed to A4, no page holds only a
// heading and no ID is split. Skips, saying why, where Chromium is absent (.ci/run installs
// Debian's chromium and poppler-utils so it runs in CI).
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { ROOT, cli } from './helpers.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!CHROMIUM) console.warn('report-browser.test: no Chromium at /usr/bin/chromium; the browser test is skipped (apt-get install chromium)');
const PDFTOTEXT = spawnSync('pdftotext', ['-v']).error === undefined;
if (!PDFTOTEXT) console.warn('report-browser.test: no pdftotext; the checks of the printed pages are skipped (apt-get install poppler-utils)');

const SECTIONS = ['summary', 'sustainability', 'implementation', 'teams', 'funding', 'coherence', 'data-quality', 'governance', 'method'];
const HEADINGS = {
  ko: ['1. 요약', '2. 지속가능성 평가', '3. 이행 점검', '4. 팀·부서 평가', '5. 재원', '6. 정책 정합성', '7. 자료 품질', '8. 거버넌스', '9. 평가 방법'],
  en: [
    '1. Summary',
    '2. Sustainability evaluation',
    '3. Implementation',
    '4. Teams and departments',
    '5. Funding',
    '6. Coherence',
    '7. Data quality',
    '8. Governance',
    '9. Method',
  ],
};

describe.skipIf(!CHROMIUM)('the HTML report in Chromium', () => {
  for (const lang of ['ko', 'en'] as const) {
    it(`${lang}: loads cleanly, passes axe-core, prints to A4 without orphan headings or split IDs`, async () => {
      const out = join(ROOT, 'test', 'output');
      mkdirSync(out, { recursive: true });
      const file = join(out, `report.${lang}.html`);
      expect(cli(['report', 'plans/dangjin-2035', '--lang', lang, '-o', file]).code).toBe(0);
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      try {
        // the report forbids scripts (CSP); the test bypasses that to run axe-core in the page
        const context = await browser.newContext({ viewport: { width: 1000, height: 1400 }, bypassCSP: true });
        const page = await context.newPage();
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
        expect(await page.locator('h2').allTextContents()).toEqual(HEADINGS[lang]);
        // every chart has a visible caption and legend, and its data as a table for screen readers
        const charts = await page.locator('figure.chart').count();
        expect(charts).toBeGreaterThan(30);
        expect(await page.locator('figure.chart figcaption').count()).toBe(charts);
        expect(await page.locator('figure.chart .sr-only table').count()).toBe(charts);
        // a chart without any figure to draw says so and needs no legend
        expect(await page.locator('figure.chart svg g.legend').count()).toBe(charts - (await page.locator('figure.chart svg:not(:has(g.legend))').count()));
        expect(await page.locator('figure.chart figcaption').first().isVisible()).toBe(true);

        const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const r = await (
            window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }
          ).axe.run(document, { resultTypes: ['violations'] });
          return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
        });
        expect(violations).toEqual([]);

        for (const id of SECTIONS) {
          const shot = join(out, `report.${lang}.${id}.png`);
          await page.locator(`section#${id}`).screenshot({ path: shot });
          expect(statSync(shot).size).toBeGreaterThan(5_000);
        }

        const pdf = join(out, `report.${lang}.pdf`);
        writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
        if (PDFTOTEXT) {
          const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
          const pages = text.split('\f').filter((p) => p.trim() !== '');
          expect(pages.length).toBeGreaterThanOrEqual(9);
          const headings = new Set(await page.locator('h2, h3, h4').allTextContents());
          // no page whose text is only a heading (or nothing but headings)
          const lonely = pages
            .map(
              (p, i) =>
                [
                  i + 1,
                  p
                    .split('\n')
                    .map((l) => l.trim())
                    .filter(Boolean),
                ] as const,
            )
            .filter(([, lines]) => lines.every((l) => headings.has(l)));
          expect(lonely).toEqual([]);
          // every ID of the page is intact in the printed text (no "T-" at a line's end)
          const html = await page.locator('body').innerText();
          const ids = [...new Set(html.match(/\b(?:SI-\d{2}-\d{2}|T-\d{4}(?:-P\d)?|G\d{2}-S\d)\b/g) ?? [])];
          expect(ids.length).toBeGreaterThan(100);
          const flat = text.replace(/\s+/g, ' ');
          expect(ids.filter((i) => !flat.includes(i))).toEqual([]);
          expect(text).not.toMatch(/\b(?:SI|T|G\d{2})-\s*\n/);
        }

        // readable on a phone: nothing wider than the screen but the scrolling table boxes
        await page.setViewportSize({ width: 390, height: 844 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      } finally {
        await browser.close();
      }
    }, 120_000);
  }
});
