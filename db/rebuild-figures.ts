// npm run db:rebuild-figures: recomputes every maintained figure (summaries and patterns) of DATABASE_PATH from
// its reviews table, in one transaction. For after a bulk import, or when figures are suspected wrong.
import { readConfig } from '../server/env';
import { openDatabase } from './client';
import { rebuildAggregates } from './queries/rebuild-aggregates';

const config = readConfig();
const conn = openDatabase(config.databasePath);
const started = performance.now();
rebuildAggregates(conn.sqlite);
const published = conn.sqlite.prepare(`select count(*) from reviews where status = 'published'`).pluck().get() as number;
conn.close();
console.log(JSON.stringify({ database: config.databasePath, publishedReviews: published, seconds: (performance.now() - started) / 1000 }));
