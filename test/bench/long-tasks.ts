// Long tasks as a phone would run them: Chromium with its CPU slowed 4× (as Lighthouse's mobile simulation assumes),
// the page loaded afresh `loads` times, each load's long tasks (over 50 ms) read from the browser's own
// PerformanceObserver. Less noisy than Lighthouse's total blocking time, which it estimates from one trace a run.
import type { Browser } from 'playwright-core';
import { median } from './patterns/measure-http';

export interface LongTasks {
  /** The median over the loads of the time the long tasks spent past 50 ms each (total blocking time's rule). */
  blocking: number;
  /** The median over the loads of the longest task. */
  longest: number;
}

export async function longTasks(browser: Browser, url: string, loads: number): Promise<LongTasks> {
  const blocking: number[] = [];
  const longest: number[] = [];
  for (let i = 0; i < loads; i++) {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    try {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(() => {
        const seen: number[] = ((window as unknown as { longTasks: number[] }).longTasks = []);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) seen.push(entry.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.waitForTimeout(1000);
      const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
      blocking.push(tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0));
      longest.push(Math.max(0, ...tasks));
    } finally {
      await page.close();
    }
  }
  return { blocking: median(blocking), longest: median(longest) };
}
