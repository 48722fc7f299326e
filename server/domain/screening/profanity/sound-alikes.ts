// Spellings people use to say a strong word past a filter: "fvck", "phuck", "fuq", "shyt", "fucka". Generated
// for the strong roots' inflected forms only, so the lexicon stays a set lookup and ordinary words are not touched.

/** The roots whose forms get sound-alike spellings; their other spellings (b1tch, sh!t) are leetspeak's. */
export const SOUND_ALIKE_ROOTS = ['fuck', 'shit', 'cunt', 'bitch', 'twat', 'wank', 'slut', 'whore', 'bastard', 'cock', 'dick', 'bollock'];

/** The roots whose "ck" people also write k, kk or q ("fuk", "dikhead", "bolloks"). */
const CK_ROOTS = /f[uv]ck|^cock|^dick|^bollock/;

/** One rewrite each: visual (u → v), sound (f → ph, ck → k/q, i → y, -er → -a/-ah). Tested against the form. */
const REWRITES: readonly [RegExp, string, RegExp?][] = [
  [/u/g, 'v'],
  [/^f/, 'ph'],
  [/ck/g, 'k', CK_ROOTS],
  [/ck/g, 'kk', CK_ROOTS],
  [/ck/g, 'q', CK_ROOTS],
  [/ck/g, 'cc', CK_ROOTS],
  [/ck/g, 'kc', CK_ROOTS],
  [/i/, 'y', /^(?:sh|b)i/],
  [/itch/, 'iatch'],
  [/itch/, 'iotch'],
  [/er(s?)$/, 'a$1', /[cn]kers?$/],
  [/er(s?)$/, 'ah$1', /[cn]kers?$/],
  [/er(s?)$/, 'uh$1', /[cn]kers?$/],
  [/ing$/, 'in', /ing$/],
];

/** Spellings of `form` up to three rewrites away (two for long forms); `form` is a form of a sound-alike root. */
export function soundAlikes(form: string): string[] {
  const out = new Set<string>();
  const once = (w: string) =>
    REWRITES.flatMap(([from, to, when]) => {
      if (when && !when.test(w)) return [];
      const next = w.replace(from, to);
      // A short respelling of a milder root's "ck" is another word ("dik", "kok").
      return next === w || (from.source === 'ck' && next.length < 7 && !/^(?:f|ph)/.test(next)) ? [] : [next];
    });
  let layer = [form];
  for (let depth = form.length <= 8 ? 3 : 2; depth > 0; depth--) {
    layer = layer.flatMap(once).filter((w) => !out.has(w));
    for (const w of layer) out.add(w);
  }
  out.delete(form);
  return [...out];
}
