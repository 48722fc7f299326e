// One bounded autocannon run against a route, with every response time kept at full precision (autocannon's
// own histogram rounds to whole milliseconds, too coarse for sub-millisecond routes).
import autocannon from 'autocannon';

/** Concurrent connections; BENCH_CONNECTIONS overrides. */
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

export interface RouteRun {
  /** Response times in ms. */
  times: number[];
  requestsPerSecond: number;
  failures: number;
}

export function runRoute(url: string, seconds: number): Promise<RouteRun> {
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds }, (error, result) => {
      if (error) return reject(error);
      resolve({ times, requestsPerSecond: result.requests.average, failures: result.non2xx + result.errors });
    });
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status === 200) times.push(ms);
    });
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
