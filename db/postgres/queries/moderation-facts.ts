// The fact moderation needs from stored reviews on PostgreSQL: has this body been seen for the company (index
// reviews_body_hash). Twin of db/sqlite/queries/moderation-facts.ts.
import type { PgQuery } from '../connection';
import { namedStatement } from './named-query';

const sameBody = namedStatement('select 1 from reviews where company_id = $1 and body_hash = $2 limit 1');

export async function hasBodyHash(q: PgQuery, companyId: number, bodyHash: string): Promise<boolean> {
  return (await sameBody(q, [companyId, bodyHash])).length > 0;
}
