// Turns each route's valid request into hostile variants: one path parameter, query parameter, body field or
// header changed at a time, plus whole bodies and raw paths no client should send.
import type { FuzzTarget } from './fuzz-targets';
import { BAD_BODIES, WRONG_TYPES, stringsFor } from './hostile-strings';

export interface FuzzCase {
  target: FuzzTarget;
  /** What was changed, for the report of any 5xx. */
  what: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** The hostile value, when a valid rest of the request may get it stored and shown. */
  stored?: string;
}

/** Paths that are not valid percent-encoding or carry control bytes, sent as written. */
const RAW_PATH_VALUES = [
  '%',
  '%%',
  '%E0%A4%A',
  '%C0%AF',
  '%00',
  '%FF%FE',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  '%0d%0aSet-Cookie:%20x=1',
  '%u0041',
  '%F0%9F%98',
];

/** A deep copy of the body with the value at a dotted path ("sections.0.title") replaced, or removed. */
function withField(body: Record<string, unknown>, path: string, value: unknown, remove = false): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

/** The route with its parameters filled in; a pattern such as :id{[0-9]+} goes with its name. */
const fill = (route: string, params: Record<string, string>) =>
  route.replace(/:(\w+)(\{[^}]*\})?/g, (_m, name: string) => params[name] ?? '');

const queryString = (query: Record<string, string>) => {
  const q = new URLSearchParams(query).toString();
  return q ? `?${q}` : '';
};

/** Header values must be bytes 0x20-0xff: non-Latin-1 text goes as its UTF-8 bytes, control characters are dropped. */
const asHeaderValue = (value: string) =>
  Buffer.from(value, 'utf8')
    .toString('latin1')
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\x00-\x1f\x7f]/g, '')
    .trim();

export function fuzzCases(target: FuzzTarget): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const params = target.params ?? {};
  const query = Object.fromEntries(Object.entries(target.query ?? {}).filter(([, v]) => v !== ''));
  const headers: Record<string, string> = { ...(target.headers ?? {}), ...(target.body ? { 'content-type': 'application/json' } : {}) };
  // A valid request here would undo the test's own state (sign out, erase): its credential is always wrong.
  const guarded = target.neverValid ? target.fuzzHeaders?.[0] : undefined;
  if (guarded) headers[guarded] = guarded === 'cookie' ? 'earful_session=not-a-session' : 'not-a-token';
  const body = target.body ? JSON.stringify(target.body) : undefined;
  const path = (p = params, q = query) => fill(target.route, p) + queryString(q);
  const base = { target, method: target.method, headers, body, path: path() };

  for (const name of Object.keys(params)) {
    for (const value of stringsFor(`${target.route}:${name}`, false)) {
      cases.push({
        ...base,
        what: `path :${name} = ${JSON.stringify(value)}`,
        path: path({ ...params, [name]: encodeURIComponent(value) }),
      });
    }
    for (const raw of RAW_PATH_VALUES) cases.push({ ...base, what: `raw path :${name} = ${raw}`, path: path({ ...params, [name]: raw }) });
  }

  for (const name of Object.keys(target.query ?? {})) {
    for (const value of stringsFor(`${target.route}?${name}`, false)) {
      cases.push({ ...base, what: `query ${name} = ${JSON.stringify(value)}`, path: path(params, { ...query, [name]: value }) });
    }
    const p = path();
    const sep = p.includes('?') ? '&' : '?';
    cases.push({ ...base, what: `query ${name} repeated`, path: `${p}${sep}${name}=1&${name}=2` });
    cases.push({ ...base, what: `query ${name}[]`, path: `${p}${sep}${name}[]=1` });
    for (const raw of RAW_PATH_VALUES) cases.push({ ...base, what: `raw query ${name} = ${raw}`, path: `${p}${sep}${name}=${raw}` });
  }
  for (const key of ['__proto__', 'constructor', 'unknown', 'limit%00', '']) {
    cases.push({ ...base, what: `unknown query key ${key}`, path: `${path()}${Object.keys(query).length ? '&' : '?'}${key}=1` });
  }

  if (target.body) {
    const valid = target.body;
    // The whole list once through all of the review's free text at the same time; the body padded past its
    // minimum length so the hostile text is stored and shown.
    if (target.freeText) {
      for (const value of stringsFor(`${target.route} free text`, true)) {
        let body = valid;
        for (const field of target.freeText)
          body = withField(body, field, field === 'body' ? `A review long enough to publish: ${value}` : value);
        cases.push({ ...base, what: `free text = ${JSON.stringify(value)}`, body: JSON.stringify(body), stored: value });
      }
    }
    for (const field of target.fields ?? Object.keys(valid)) {
      const set = (value: unknown) => JSON.stringify(withField(valid, field, value));
      for (const value of stringsFor(`${target.route}.${field}`, false, target.sample, target.sample)) {
        cases.push({ ...base, what: `body ${field} = ${JSON.stringify(value)}`, body: set(value) });
      }
      for (const value of WRONG_TYPES)
        cases.push({ ...base, what: `body ${field} = ${JSON.stringify(value).slice(0, 40)}`, body: set(value) });
      cases.push({ ...base, what: `body without ${field}`, body: JSON.stringify(withField(valid, field, undefined, true)) });
    }
    cases.push({ ...base, what: 'unknown field', body: JSON.stringify({ ...target.body, isAdmin: true, status: 'published', id: 1 }) });
  }
  if (target.method !== 'GET') {
    for (const bad of BAD_BODIES) {
      const type = bad.contentType ?? 'application/json';
      const { 'content-type': _ct, ...rest } = headers;
      cases.push({ ...base, what: `body: ${bad.name}`, headers: type ? { ...rest, 'content-type': type } : rest, body: bad.body });
    }
  }

  for (const name of [...(target.fuzzHeaders ?? []), 'x-forwarded-for', 'content-type']) {
    const few = target.sample === undefined ? 6 : 2;
    for (const value of stringsFor(`${target.route} ${name}`, false, few, few)) {
      const headerValue = asHeaderValue(value);
      const sent = name === 'cookie' ? `earful_session=${headerValue}` : headerValue;
      cases.push({ ...base, what: `header ${name} = ${JSON.stringify(sent)}`, headers: { ...headers, [name]: sent } });
    }
  }
  return cases;
}
