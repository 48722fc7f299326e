// The month every monthly figure is kept and read under: the stores write it, the domain asks for it.
/** YYYY-MM in UTC, the same month SQL's strftime('%Y-%m', ms / 1000, 'unixepoch') gives. */
export const monthKey = (ms: number) => new Date(ms).toISOString().slice(0, 7);
