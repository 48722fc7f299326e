// The bench's table: each route's throughput as a ratio to its baseline, its p99 against 50 ms, the 10k vs
// 1M comparison, and the server's memory; PASS or the list of bars missed.
import type { LoadRun } from './load';

export interface Row {
  size: number;
  name: string;
  run: LoadRun;
  /** Requests per second of the baseline measured alongside; null where only the p99 bar applies. */
  baseline: number | null;
  baselineName?: 'hello' | 'moderation';
  bar: number | null;
  /** A setting other than the default, measured for comparison: listed, never counted against a bar. */
  option?: boolean;
}

const P99_BAR_MS = 50;
const RSS_BAR_MB = 300;
const SIZE_SPREAD = 0.2;

const fmt = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));
const pad = (s: string, n: number) => s.padEnd(n);

export interface Memory {
  size: number;
  peak: number;
  now: number;
  /** Set for a server run with a non-default setting, whose memory is listed but not held to the bar. */
  option?: string;
}

export function reportTable(rows: Row[], memory: Memory[], sizes: number[]) {
  const lines: string[] = [];
  const missed: string[] = [];
  lines.push(
    '',
    `| route | reviews | requests/s | ratio to baseline | bar | p99 ms | failed |`,
    `| --- | --- | --- | --- | --- | --- | --- |`,
  );
  for (const row of rows) {
    const ratio = row.baseline === null ? null : row.run.requestsPerSecond / row.baseline;
    const base =
      row.baselineName === 'moderation'
        ? `× pipeline in-process (${row.baseline?.toFixed(0)}/s)`
        : `× hello (${row.baseline?.toFixed(0)}/s)`;
    const ratioCell = row.name.includes('(floor)') ? 'baseline' : ratio === null ? '—' : `${ratio.toFixed(2)} ${base}`;
    const barCell = row.bar === null ? '—' : `≥ ${row.bar}`;
    lines.push(
      `| ${row.name} | ${fmt(row.size)} | ${row.run.requestsPerSecond.toFixed(0)} | ${ratioCell} | ${barCell} | ${row.run.p99} | ${row.run.failures} |`,
    );
    if (row.option) continue;
    if (row.bar !== null && ratio !== null && ratio < row.bar)
      missed.push(`${row.name} at ${fmt(row.size)}: ${ratio.toFixed(2)}× < ${row.bar}×`);
    if (row.run.p99 >= P99_BAR_MS) missed.push(`${row.name} at ${fmt(row.size)}: p99 ${row.run.p99} ms ≥ ${P99_BAR_MS} ms`);
    if (row.run.failures > 0) missed.push(`${row.name} at ${fmt(row.size)}: ${row.run.failures} requests failed`);
    if (row.run.total === 0) missed.push(`${row.name} at ${fmt(row.size)}: no answer within the run`);
  }

  if (sizes.length > 1) {
    const [small, large] = [sizes[0]!, sizes[sizes.length - 1]!];
    lines.push(
      '',
      `${fmt(small)} vs ${fmt(large)} reviews (requests/s, ratio to hello-world at each size; bar: within ${SIZE_SPREAD * 100}%)`,
    );
    for (const name of new Set(rows.filter((r) => r.bar !== null && r.baselineName !== 'moderation').map((r) => r.name))) {
      const at = (size: number) => rows.find((r) => r.name === name && r.size === size)!;
      const [a, b] = [at(small), at(large)];
      const [ra, rb] = [a.run.requestsPerSecond / a.baseline!, b.run.requestsPerSecond / b.baseline!];
      const change = rb / ra - 1;
      lines.push(`  ${pad(name, 40)} ${ra.toFixed(2)}× → ${rb.toFixed(2)}× (${change >= 0 ? '+' : ''}${(change * 100).toFixed(0)}%)`);
      if (Math.abs(change) > SIZE_SPREAD) missed.push(`${name}: ${fmt(large)} differs from ${fmt(small)} by ${(change * 100).toFixed(0)}%`);
    }
  }

  lines.push('', 'server memory (RSS):');
  for (const m of memory) {
    if (m.option) {
      lines.push(`  ${fmt(m.size)} reviews, ${m.option}: peak ${m.peak.toFixed(0)} MB, at the end ${m.now.toFixed(0)} MB (for comparison)`);
      continue;
    }
    lines.push(`  ${fmt(m.size)} reviews: peak ${m.peak.toFixed(0)} MB, at the end ${m.now.toFixed(0)} MB (bar < ${RSS_BAR_MB} MB)`);
    if (m.peak >= RSS_BAR_MB) missed.push(`server RSS at ${fmt(m.size)}: ${m.peak.toFixed(0)} MB ≥ ${RSS_BAR_MB} MB`);
  }
  lines.push('', missed.length === 0 ? 'PASS: every bar met' : `MISSED ${missed.length} bar(s):\n  ${missed.join('\n  ')}`);
  return { lines, pass: missed.length === 0 };
}
