// Links and web addresses: a reviewer rarely needs one, a spammer always does.

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi;
const TLDS =
  'com|net|org|io|co|uk|us|ca|de|fr|au|in|info|biz|me|tv|app|xyz|online|site|shop|store|ly|gl|gg|ru|cn|link|click|top|live|club|vip|icu|win|bid|loan|cc|ws|to|be|nl|es|it|pl|br|mx|jp|kr|su|pw|tk|ml|ga|cf|gq|work|today|fun|space|website|page|ai';
const DOMAIN = new RegExp(String.raw`(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:${TLDS})(?![\w-])(?:/\S*)?`, 'gi');
const SHORTENER =
  /^(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|ow\.ly|is\.gd|buff\.ly|rebrand\.ly|cutt\.ly|shorturl\.at|rb\.gy|t\.ly|tiny\.cc|s\.id|v\.gd)\b/i;

export interface LinkCount {
  /** With a scheme or www. */
  urls: number;
  /** Bare domains ("example.com"), each counted once. */
  domains: number;
  shorteners: number;
}

export function countLinks(text: string): LinkCount {
  const count: LinkCount = { urls: 0, domains: 0, shorteners: 0 };
  if (!/[a-z\d]\.[a-z]/i.test(text)) return count;
  const rest = !/:\/\/|www\./i.test(text)
    ? text
    : text.replace(URL, (url) => {
        count.urls++;
        if (SHORTENER.test(url.replace(/^\w+:\/\/(?:www\.)?|^www\./i, ''))) count.shorteners++;
        return ' ';
      });
  const domains = new Set<string>();
  for (const m of rest.matchAll(DOMAIN)) {
    if (SHORTENER.test(m[0])) count.shorteners++;
    domains.add(m[0].toLowerCase().replace(/\/.*$/, ''));
  }
  count.domains = domains.size;
  return count;
}
