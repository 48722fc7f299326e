// How long the reply figures take to read for one big company on SQLite: `npx tsx test/bench/reply-figures.ts
// [reviews]` fills a temp database (default 1,000,000 reviews, 90% of one company, half of them answered, 1% taken
// down after their reply) and prints the figures and the median and slowest of nine reads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { openDatabase } from '../../db/sqlite/connection';
import * as schema from '../../db/sqlite/schema';
import { replyFigureQueries } from '../../db/sqlite/queries/reply-figures';

const reviews = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'earful-reply-figures-'));
const conn = openDatabase(join(dir, 'bench.db'));
const sqlite = conn.sqlite;
const HOUR = 3_600_000;

sqlite.exec(`insert into companies (id, slug, name, category, created_at) values (1, 'big', 'Big', 'x', 0), (2, 'other', 'Other', 'x', 0)`);
const review = sqlite.prepare(`insert into reviews (id, company_id, rating, body, display_name, issue_type, contact_method,
  billing_party, resolved, status, created_at, updated_at) values (?, ?, 2, 'b', 'Sam', 'billing', 'phone', 'company', 'no', ?, ?, ?)`);
const reply = sqlite.prepare(`insert into review_replies (review_id, company_id, body, status, offers_resolution, created_at,
  updated_at, answer_ms, resolution) values (?, ?, 'Sorry', ?, ?, ?, ?, ?, ?)`);
let seed = 1;
const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
sqlite.transaction(() => {
  for (let id = 1; id <= reviews; id++) {
    const company = id % 10 === 0 ? 2 : 1;
    const status = id % 100 === 1 ? 'removed' : id % 14 === 4 ? 'rejected' : 'published';
    review.run(id, company, status, id, id);
    if (id % 2 === 0) continue;
    const offers = id % 3 === 0 ? 1 : 0;
    const answer = id % 6 === 3 ? (id % 12 === 3 ? 'resolved' : 'not-resolved') : null;
    reply.run(id, company, id % 40 === 1 ? 'held' : 'published', offers, id, id, random(200 * HOUR), answer);
  }
})();
// Not analyzed, as the site's database never is: the figures are read with the plans the site gets.

const queries = replyFigureQueries(drizzle(sqlite, { schema }));
const times: number[] = [];
let figures;
for (let run = 0; run < 9; run++) {
  const started = performance.now();
  figures = await queries.findReplyFigures(1);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ reviews, figures, medianMs: Math.round(times[4]!), slowestMs: Math.round(times[8]!) }));
conn.close();
rmSync(dir, { recursive: true, force: true });
