// A write Drizzle builds and better-sqlite3 runs, bypassing Drizzle's per-call placeholder filler for the counter
// upserts a submission makes by the dozen (docs/decisions.md#counter-writes).
import { is, Param, Placeholder } from 'drizzle-orm';
import type { Db } from '../connection';

type Value = string | number | bigint | null;

/**
 * Prepares `query` once on the database's own connection (so it runs inside whatever transaction is open there)
 * and runs it with its named placeholders bound from `values`, as Drizzle's would. Columns' value encoders still
 * apply.
 */
export function counterWrite<V extends Record<string, Value>>(db: Db, query: { toSQL(): { sql: string; params: unknown[] } }) {
  const { sql, params } = query.toSQL();
  const statement = db.$client.prepare(sql);
  const binders = params.map((param): ((values: V) => unknown) => {
    if (is(param, Placeholder)) return (values) => valueOf(values, param.name);
    if (is(param, Param) && is(param.value, Placeholder)) {
      const { encoder, value } = param;
      return (values) => encoder.mapToDriverValue(valueOf(values, (value as Placeholder).name));
    }
    return () => param;
  });
  const args: unknown[] = new Array(binders.length);
  return {
    run(values: V): void {
      for (let i = 0; i < binders.length; i++) args[i] = binders[i]!(values);
      statement.run(...args);
    },
  };
}

function valueOf(values: Record<string, Value>, name: string): Value {
  const value = values[name];
  if (value === undefined) throw new Error(`No value for placeholder "${name}"`);
  return value;
}
