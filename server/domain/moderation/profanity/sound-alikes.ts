// Spellings people use to say a strong word past a filter: "fvck", "phuck", "fuq", "shyt", "fucka". Generated
// for the strong roots' inflected forms only, so the lexicon stays a set lookup and ordinary words are not touched.

/** The roots whose forms get sound-alike spellings; their other spellings (b1tch, sh!t) are leetspeak's. */
export const SOUND_ALIKE_ROOTS = ['fuck', 'shit', 'cunt', 'bitch', 'twat', 'wank', 'slut', 'whore', 'bastard'];

/** One rewrite each: visual (u → v), sound (f → ph, ck → k/q, i → y, -er → -a/-ah). Tested against the form. */
const REWRITES: readonly [RegExp, string, RegExp?][] = [
  [/u/g, 'v'],
  [/^f/, 'ph'],
  [/ck/g, 'k', /f[uv]ck/],
  [/ck/g, 'kk', /f[uv]ck/],
  [/ck/g, 'q', /f[uv]ck/],
  [/ck/g, 'cc', /f[uv]ck/],
  [/ck/g, 'kc', /f[uv]ck/],
  [/i/, 'y', /^(?:sh|b)i/],
  [/itch/, 'iatch'],
  [/itch/, 'iotch'],
  [/er(s?)$/, 'a$1', /[cn]kers?$/],
  [/er(s?)$/, 'ah$1', /[cn]kers?$/],
  [/er(s?)$/, 'uh$1', /[cn]kers?$/],
  [/ing$/, 'in', /ing$/],
];

/** Spellings of `form` one or two rewrites away; `form` is an inflected form of a sound-alike root. */
export function soundAlikes(form: string): string[] {
  const out = new Set<string>();
  const once = (w: string) =>
    REWRITES.flatMap(([from, to, when]) => {
      if (when && !when.test(w)) return [];
      const next = w.replace(from, to);
      return next === w ? [] : [next];
    });
  for (const a of once(form)) {
    out.add(a);
    for (const b of once(a)) out.add(b);
  }
  out.delete(form);
  return [...out];
}
