// Instance settings generated once and kept in the database.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { settings } from '../schema';

export function settingQueries(db: DbOrTx) {
  return {
    /** Returns the stored value, storing `make()` first when there is none. */
    getOrCreateSetting(key: string, make: () => string): string {
      db.insert(settings).values({ key, value: make() }).onConflictDoNothing().run();
      return db.select().from(settings).where(eq(settings.key, key)).get()!.value;
    },
  };
}
