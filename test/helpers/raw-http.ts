// HTTP with nothing in between: raw bytes as the body, any header, and a chosen local (source) address,
// so tests can be a different client, a proxy, or send what fetch refuses to send.
import { request, type Agent } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; localAddress?: string; agent?: Agent } = {},
): Promise<RawResponse> {
  // The path goes out exactly as written (URL parsing would refuse or re-encode malformed escapes).
  const { protocol, host } = new URL(url.slice(0, url.indexOf('/', url.indexOf('//') + 2)));
  const path = url.slice(protocol.length + 2 + host.length);
  const headers = { ...options.headers };
  // Node frames a body for GET or DELETE only when told its length; unframed bytes would read as a new request.
  const hasFraming = Object.keys(headers).some((h) => /^(content-length|transfer-encoding)$/i.test(h));
  if (options.body !== undefined && !hasFraming) headers['content-length'] = String(Buffer.byteLength(options.body));
  return new Promise((resolve, reject) => {
    const req = request(
      `${protocol}//${host}`,
      { path, method: options.method ?? 'GET', headers, localAddress: options.localAddress, agent: options.agent ?? false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
