// A real Chromium for the browser suite (Debian's, driven by playwright-core), with the checks every page
// gets: axe-core with zero violations, and full-page screenshots kept in test-artifacts/ to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const ARTIFACTS = join(process.cwd(), 'test-artifacts');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core on the page as it is now; returns the violations, described well enough to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the pages' CSP (no inline script) would block a script tag.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  })) as AxeViolation[];
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`,
  );
}

/**
 * Full-page screenshot at the page's current width: test-artifacts/<name>-<width>.png. Taken with the window as tall
 * as the page, as a reader scrolling through would see it: review cards out of view are not drawn
 * (content-visibility: auto), so a full-page capture of a phone-sized window showed blanks where they are.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  const path = join(ARTIFACTS, `${name}-${viewport.width}.png`);
  // Read through Playwright, not the page's script: some tests turn script off.
  const height = Math.ceil((await page.locator('html').boundingBox())?.height ?? 0);
  await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(height, viewport.height), 16_000) });
  // The cards now in view are drawn from the next frame.
  await page.waitForTimeout(100);
  await page.screenshot({ path, fullPage: true });
  await page.setViewportSize(viewport);
  return path;
}

/** Console errors and page errors, collected so a test can assert there were none (a CSP block shows here). */
/** A desktop-sized page with a short default timeout, and the list its console and page errors go to. */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(5000);
  return { page, errors: collectErrors(page) };
}

export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    // Refused requests show as "Failed to load resource"; tests assert on those answers themselves.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The focused element, through shadow roots, with what a sighted keyboard user sees of the focus. */
export function focusedInfo(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().slice(0, 80),
      id: el.id,
      outline: style.outlineStyle === 'none' || style.outlineWidth === '0px' ? null : `${style.outlineWidth} ${style.outlineStyle}`,
    };
  });
}

/** The text a reader sees in an element, through shadow roots and slots (textContent stops at a shadow host). */
export function deepText(locator: Locator): Promise<string> {
  return locator.evaluate((root) => {
    const walk = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
      if (!(node instanceof Element) || node.tagName === 'STYLE' || node.tagName === 'SCRIPT') return '';
      if (node instanceof HTMLSlotElement) {
        const assigned = node.assignedNodes({ flatten: true });
        return (assigned.length > 0 ? assigned : [...node.childNodes]).map(walk).join('');
      }
      return [...(node.shadowRoot ?? node).childNodes].map(walk).join('');
    };
    return walk(root).replace(/\s+/g, ' ').trim();
  });
}
