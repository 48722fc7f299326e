// Counter changes of several reviews added up before they are written, so a counter they share is written once.
export class Tally<F extends Record<string, string | number>> {
  private readonly entries = new Map<string, F & { by: number }>();

  /** Adds `by` to the counter these fields name (always given in the same order by one caller). */
  add(fields: F, by: number): void {
    const key = JSON.stringify(Object.values(fields));
    const entry = this.entries.get(key);
    if (entry) entry.by += by;
    else this.entries.set(key, { ...fields, by });
  }

  values(): IterableIterator<F & { by: number }> {
    return this.entries.values();
  }
}
