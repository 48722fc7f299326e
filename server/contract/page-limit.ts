// The `limit` every paged list takes: a whole number from 1 to the list's most, its default when absent.
import { z } from 'zod';

export const pageLimit = (max: number, fallback: number) =>
  z.coerce
    .number()
    .int('Limit must be a whole number')
    .min(1, 'Limit must be at least 1')
    .max(max, `Limit can be at most ${max}`)
    .default(fallback);
