// A stored time (milliseconds since the epoch) as the API writes it: an ISO 8601 string in UTC.
export const isoTime = (ms: number): string => new Date(ms).toISOString();
