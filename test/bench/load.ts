// One bounded autocannon run: requests per second, latency percentiles and every answer that was not a 2xx.
import untypedAutocannon from 'autocannon';

/** The part of autocannon this bench uses (the package ships no types; patterns/autocannon.d.ts declares less). */
interface Request {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  setupRequest?: (request: Request) => Request;
}
interface Result {
  requests: { total: number };
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Options = { url: string; connections: number; duration: number; timeout: number; requests: Request[] };
const autocannon = untypedAutocannon as unknown as (options: Options, done: (error: Error | null, result: Result) => void) => unknown;

export const CONNECTIONS = 50;

export interface LoadRun {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  total: number;
  /** Non-2xx answers, errors and timeouts together. */
  failures: number;
}

export interface LoadOptions {
  seconds: number;
  connections?: number;
  method?: string;
  headers?: Record<string, string>;
  /** Bodies sent in turn, one per request. */
  bodies?: readonly string[];
  /** Headers that change per request (a different client address for one-per-client writes). */
  perRequestHeaders?: (n: number) => Record<string, string>;
}

export function load(url: string, options: LoadOptions): Promise<LoadRun> {
  const { pathname, search, origin } = new URL(url);
  let n = 0;
  const request: Request = {
    method: options.method ?? 'GET',
    path: pathname + search,
    headers: options.headers ?? {},
    setupRequest: (req) => {
      const i = n++;
      const headers = options.perRequestHeaders ? { ...options.headers, ...options.perRequestHeaders(i) } : req.headers;
      return options.bodies ? { ...req, headers, body: options.bodies[i % options.bodies.length] } : { ...req, headers };
    },
  };
  return new Promise((resolve, reject) => {
    autocannon(
      { url: origin, connections: options.connections ?? CONNECTIONS, duration: options.seconds, timeout: 10, requests: [request] },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          requestsPerSecond: result.requests.total / options.seconds,
          p50: result.latency.p50,
          p99: result.latency.p99,
          max: result.latency.max,
          total: result.requests.total,
          failures: result.non2xx + result.errors + result.timeouts,
        });
      },
    );
  });
}

/**
 * The same run spread over several server processes at once, the connections shared out among them: requests per
 * second summed, the worst of each latency figure.
 */
export async function loadSpread(urls: string[], options: LoadOptions): Promise<LoadRun> {
  if (urls.length === 1) return load(urls[0]!, options);
  const connections = options.connections ?? CONNECTIONS;
  const runs = await Promise.all(
    urls.map((url, i) =>
      load(url, { ...options, connections: Math.floor(connections / urls.length) + (i < connections % urls.length ? 1 : 0) }),
    ),
  );
  return {
    requestsPerSecond: runs.reduce((a, r) => a + r.requestsPerSecond, 0),
    p50: Math.max(...runs.map((r) => r.p50)),
    p99: Math.max(...runs.map((r) => r.p99)),
    max: Math.max(...runs.map((r) => r.max)),
    total: runs.reduce((a, r) => a + r.total, 0),
    failures: runs.reduce((a, r) => a + r.failures, 0),
  };
}
