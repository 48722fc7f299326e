// npm run db:rebuild-figures: recomputes every maintained figure (summaries and patterns) of DATABASE_PATH from
// its reviews table, in one transaction. For after a bulk import, or when figures are suspected wrong.
import { readConfig } from '../env';
import { openStore } from '../store-factory';

const config = readConfig();
const store = await openStore(config);
const started = performance.now();
await store.rebuildAggregates();
// The rebuilt summaries count exactly the published reviews.
const { reviewCount: published } = await store.findPlatformTotals();
await store.close();
console.log(
  JSON.stringify({
    database: config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : config.databasePath,
    publishedReviews: published,
    seconds: (performance.now() - started) / 1000,
  }),
);
