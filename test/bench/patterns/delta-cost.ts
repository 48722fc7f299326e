// What keeping the pattern figures costs a write: the pattern delta alone, and whole submissions and erasures
// through the store with the delta (published) against the same without it (held), on the filled database.
import type { Connection } from '../../../db/sqlite/connection';
import type { Store } from '../../../db/sqlite/store';
import type { ReviewRow } from '../../../db/sqlite/schema';
import { figureWrites } from '../../../db/sqlite/queries/figure-writes';
import { reviewSentiment } from '../../../server/domain/patterns/sentiment';
import { seededRandom, syntheticReview } from '../../../db/seed/synthetic-reviews';
import { FIGURE_RULES } from '../../../server/domain/patterns/figure-rules';

const microsPerCall = (started: number, calls: number) => ((performance.now() - started) * 1000) / calls;

export async function measureDeltaCost(conn: Connection, store: Store, companyIds: number[], now: number, calls = 2000) {
  const rows = conn.sqlite
    .prepare(`select id from reviews where status = 'published' and id % 97 = 0 limit ?`)
    .pluck()
    .all(calls) as number[];
  const sample = (await Promise.all(rows.map((id) => store.findReviewById(id)))) as ReviewRow[];
  const figures = figureWrites(conn.db, FIGURE_RULES);
  // Out and back in leaves every figure as it was; one transaction per pair, as a real change has.
  let started = performance.now();
  for (const row of sample) {
    conn.sqlite.transaction(() => {
      figures.write(figures.changes().review(row, null));
      figures.write(figures.changes().review(null, row));
    })();
  }
  const patternDelta = microsPerCall(started, sample.length * 2);

  const rand = seededRandom(7);
  const submit = async (status: 'published' | 'pending') => {
    const ids: number[] = [];
    const started = performance.now();
    for (let i = 0; i < calls; i++) {
      const r = syntheticReview(rand, { spiceRate: 0, minLength: 40, maxLength: 360 });
      const stored = await store.insertReview({
        ...r,
        title: r.title ?? null,
        displayName: 'Bench',
        responseTime: r.responseTime ?? null,
        nextStepsExplained: r.nextStepsExplained ?? null,
        outcome: r.outcome ?? null,
        device: r.device ?? null,
        ...reviewSentiment(r.title ?? null, r.body, r.rating),
        companyId: companyIds[i % companyIds.length]!,
        status,
        createdAt: now,
        updatedAt: now,
      });
      ids.push(stored.id);
    }
    const insert = microsPerCall(started, calls);
    const erasing = performance.now();
    for (const id of ids) await store.eraseReview(id);
    return { insert, erase: microsPerCall(erasing, calls) };
  };
  const held = await submit('pending');
  const published = await submit('published');
  started = performance.now();
  for (let i = 0; i < calls; i++) reviewSentiment(null, sample[i % sample.length]!.body, 3);
  const sentiment = microsPerCall(started, calls);
  return { patternDelta, held, published, sentiment };
}
