// Hostile input: the Big List of Naughty Strings plus script-injection and SQL vectors, values of the wrong
// type, and whole bodies no client should send.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BLNS_PATH = fileURLToPath(new URL('../fixtures/third-party/blns.json', import.meta.url));

/** 515 strings: injection, SQL, Unicode edge cases, zero-width and right-to-left text, Scunthorpe traps. */
export const BLNS: readonly string[] = JSON.parse(readFileSync(BLNS_PATH, 'utf8')) as string[];

/** Each one sets window.__pwned if it ever runs in a page. */
export const XSS_VECTORS: readonly string[] = [
  '<script>window.__pwned=1</script>',
  '"><script>window.__pwned=1</script>',
  '</script><script>window.__pwned=1</script>',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '&amp;lt;img src=x onerror=window.__pwned=1&amp;gt;',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload=window.__pwned=1>',
  '<svg><script>window.__pwned=1</script></svg>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<a href="javascript:window.__pwned=1">click</a>',
  'javascript:window.__pwned=1',
  '<scr<script>ipt>window.__pwned=1</scr</script>ipt>',
  '<!--<script>window.__pwned=1</script>-->',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '<details open ontoggle=window.__pwned=1>',
  '<body onload=window.__pwned=1>',
  '<input autofocus onfocus=window.__pwned=1>',
  '<object data="javascript:window.__pwned=1"></object>',
  '<base href="javascript:window.__pwned=1//">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
  '<template><img src=x onerror=window.__pwned=1></template>',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<style>*{background:url("javascript:window.__pwned=1")}</style>',
  '\u003cimg src=x onerror=window.__pwned=1\u003e',
  '＜script＞window.__pwned=1＜/script＞',
  '<img src=x onerror=&#119;indow.__pwned=1>',
  '\u2028\u2029</script><script>window.__pwned=1</script>',
];

export const SQL_FRAGMENTS: readonly string[] = [
  "' OR '1'='1",
  "' OR 1=1 --",
  "'; DROP TABLE reviews; --",
  '"; DELETE FROM company_summaries; --',
  "1; UPDATE reviews SET status='published'",
  "' UNION SELECT password_hash FROM moderators --",
  "netflix' AND sqlite_version() > '0",
  '1 AND 1=(SELECT COUNT(*) FROM sqlite_master)',
  "'); ATTACH DATABASE '/tmp/x.db' AS x; --",
  '%27%20OR%201%3D1',
  '\\x27 OR 1=1',
  '0x27 OR 1=1',
  '1e309',
  '-1',
  '0',
  '9007199254740993',
  'NaN',
];

/** Values of the wrong type for any field. */
export const WRONG_TYPES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -(Number.MAX_SAFE_INTEGER + 1), // the first negative integer past the safe range
  [],
  ['billing'],
  {},
  { $gt: '' },
  { toString: 'x' },
  'x'.repeat(70_000),
];

/**
 * Every string of the list and every vector for the review's free text; for any other field a sample that
 * rotates with the field's name, so that across fields each vector and much of the list is tried.
 */
export function stringsFor(fieldKey: string, full: boolean, sampleSize = 12, vectorCount = 10): string[] {
  const vectors = [...XSS_VECTORS, ...SQL_FRAGMENTS];
  if (full) return [...BLNS, ...vectors];
  let seed = 0;
  for (const ch of fieldKey) seed = (seed * 31 + ch.charCodeAt(0)) >>> 0;
  const sample = Array.from({ length: sampleSize }, (_, i) => BLNS[(seed + i * 31) % BLNS.length]!);
  const someVectors = Array.from({ length: vectorCount }, (_, i) => vectors[(seed + i * 5) % vectors.length]!);
  return [...new Set([...sample, ...someVectors])];
}

/** Bodies that are not the JSON object a route expects. */
export const BAD_BODIES: readonly { name: string; contentType?: string; body: string | Buffer }[] = [
  { name: 'invalid JSON', body: '{"rating": 5, "body": ' },
  { name: 'trailing garbage', body: '{"rating": 5} xyz' },
  { name: 'single quotes', body: "{'rating': 5}" },
  { name: 'empty body', body: '' },
  { name: 'JSON null', body: 'null' },
  { name: 'JSON array', body: '[{"rating":5}]' },
  { name: 'JSON string', body: '"review"' },
  { name: 'JSON number', body: '1e999' },
  {
    name: 'invalid UTF-8',
    body: Buffer.concat([
      Buffer.from('{"body":"'),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]),
      Buffer.from('"}'),
    ]),
  },
  {
    name: 'overlong UTF-8 slash',
    body: Buffer.concat([Buffer.from('{"title":"'), Buffer.from([0xc0, 0xaf, 0xe0, 0x80, 0xaf]), Buffer.from('"}')]),
  },
  { name: 'UTF-16 body', body: Buffer.from('{"rating":5}', 'utf16le') },
  { name: 'BOM', body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"rating":5}')]) },
  { name: 'NUL bytes', body: '{"title":"a\u0000b","body":"\u0000\u0000\u0000"}' },
  { name: 'lone surrogates', body: '{"title":"\\ud800","body":"\\udfff\\ud83d is a broken pair of halves, twenty chars"}' },
  { name: 'deeply nested array', body: '['.repeat(30_000) + ']'.repeat(30_000) },
  { name: 'deeply nested object', body: '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000) },
  { name: 'nested in a field', body: `{"title":${'['.repeat(20_000)}${']'.repeat(20_000)}}` },
  { name: 'prototype pollution', body: '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}' },
  { name: 'duplicate keys', body: '{"rating":5,"rating":"five","rating":null}' },
  { name: '1 MB body', body: Buffer.alloc(1024 * 1024, 'a') },
  { name: '1 MB JSON string', body: `{"body":"${'a'.repeat(1024 * 1024)}"}` },
  { name: 'form encoded', contentType: 'application/x-www-form-urlencoded', body: 'rating=5&body=hello' },
  {
    name: 'multipart',
    contentType: 'multipart/form-data; boundary=x',
    body: '--x\r\nContent-Disposition: form-data; name="rating"\r\n\r\n5\r\n--x--\r\n',
  },
  { name: 'text/plain JSON', contentType: 'text/plain', body: '{"rating":5}' },
  {
    name: 'XML',
    contentType: 'application/xml',
    body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
  },
  { name: 'no content type', contentType: '', body: '{"rating":5}' },
  { name: 'JSON with odd charset', contentType: 'application/json; charset=utf-7', body: '{"rating":5}' },
  { name: 'JSON look-alike type', contentType: 'application/jsonp', body: '{"rating":5}' },
];
