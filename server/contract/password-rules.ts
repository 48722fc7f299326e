// Password lengths, apart from the zod schemas so the console can check them without bundling zod.
export const PASSWORD_MIN = 12;
/** scrypt takes any length; the cap only keeps junk from costing hashing time. */
export const PASSWORD_MAX = 256;
