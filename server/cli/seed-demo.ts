// npm run seed:demo -- --reviews N [--company slug] [--seed S]: writes N demo reviews ("Demo · " names)
// through the same submission path as the API, into DATABASE_PATH.
import { parseArgs } from 'node:util';
import { readConfig } from '../env';
import { startApp } from '../start';
import { submitReview } from '../domain/submit-review';
import { AppError } from '../domain/app-error';
import { seededRandom, syntheticReview } from '../../db/seed/synthetic-reviews';

const { values } = parseArgs({
  options: { reviews: { type: 'string', default: '200' }, company: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
const count = Number(values.reviews);
if (!Number.isInteger(count) || count < 0) {
  console.error('--reviews must be a whole number');
  process.exit(2);
}

const config = readConfig();
const { store, close } = await startApp({ ...config, logLevel: 'silent', moderationThreads: 0 });
const slugs = values.company ? [values.company] : (await store.listCompaniesWithSummaries()).map((c) => c.company.slug);
const rand = seededRandom(Number(values.seed));
const start = Date.now();
const outcomes: Record<string, number> = {};
for (let i = 0; i < count; i++) {
  // Spread demo reviews over the last two years so trends have something to show.
  const now = start - Math.floor(rand() * 730 * 86_400_000);
  try {
    const review = await submitReview(
      { store, now, clientHash: null, rateLimit: 0 },
      slugs[i % slugs.length]!,
      syntheticReview(rand, { spiceRate: 0.08 }),
    );
    outcomes[review.status] = (outcomes[review.status] ?? 0) + 1;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    outcomes[error.code] = (outcomes[error.code] ?? 0) + 1;
  }
}
await close();
console.log(JSON.stringify({ database: config.databasePath, submitted: count, outcomes, seconds: (Date.now() - start) / 1000 }));
