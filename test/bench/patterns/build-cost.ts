// What a cache miss costs: both responses built from the counters with no cache, in process (no HTTP), as the
// median of many builds. It must not grow with the number of reviews either.
import type { Store } from '../../../db/sqlite/store';
import { getCompanyDetailJson } from '../../../server/domain/find-company';
import { getCompanyPatterns } from '../../../server/domain/patterns/get-company-patterns';
import { median } from './measure-http';

async function medianMicros(build: () => Promise<unknown>, runs: number): Promise<number> {
  for (let i = 0; i < runs / 4; i++) await build();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await build();
    times.push((performance.now() - started) * 1000);
  }
  return median(times);
}

export async function measureBuildCost(store: Store, slug: string, now: number, minReviews: number, runs = 400) {
  return {
    detail: await medianMicros(() => getCompanyDetailJson(store, slug), runs),
    patterns: await medianMicros(() => getCompanyPatterns({ store, now, minReviews }, slug), runs),
  };
}
