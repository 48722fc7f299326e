// Counts figure changes made by this process, whatever the store: one counter for SQLite and PostgreSQL alike,
// since a process runs one store and its caches read the epoch through the port.
let localEpoch = 0;

/**
 * A cache may trust an entry without a database read while this is unchanged (changes made by other processes
 * are caught by the version, read at most once a second). A rolled-back change only costs a rebuild.
 */
export const localFiguresEpoch = () => localEpoch;
export const noteFiguresChanged = () => void localEpoch++;
