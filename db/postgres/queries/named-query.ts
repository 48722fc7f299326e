// A statement whose shape is fixed by its code and whose values come as parameters, run as a named prepared
// statement: each pool connection parses and plans it once, then only binds it (PostgreSQL keeps a generic plan
// when it costs no more than planning anew each time). Its name follows its text, so each shape has one.
import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { PgDb, PgQuery } from '../connection';

const dialect = new PgDialect();
const names = new Map<string, string>();

const nameOf = (text: string) => {
  let name = names.get(text);
  if (!name) {
    name = `earful_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
    names.set(text, name);
  }
  return name;
};

export async function namedQuery<Row extends pg.QueryResultRow>(db: PgDb, query: SQL): Promise<Row[]> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return (await db.$client.query<Row>({ name: nameOf(text), text, values: params })).rows;
}

/** The connection a query goes on: the pool for the database, the transaction's own client for a transaction. */
const clientOf = (q: PgQuery) => (q as unknown as { session: { client: pg.Pool | pg.PoolClient } }).session.client;

/**
 * A statement written once as text with $1, $2… parameters, for the hottest writes: nothing is built per call
 * (Drizzle's query builder took a fifth of a submission's server CPU on PostgreSQL), and it runs named, on the
 * pool or inside a transaction.
 */
export function namedStatement<Row extends pg.QueryResultRow>(text: string) {
  const name = nameOf(text);
  return async (q: PgQuery, values: unknown[]): Promise<Row[]> => (await clientOf(q).query<Row>({ name, text, values })).rows;
}
