// English function words that make no complaint pattern on their own ("the", "was", "to" …). A phrase
// never contains one, so "charged twice for the same month" yields "charged twice" and "same month".
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below
  between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
  either else even ever every few for from further get got had hadn't has hasn't have haven't having he he'd he'll
  he's her here here's hers herself him himself his how how's however i i'd i'll i'm i've if in into is isn't it
  it's its itself just let's like me more most much must mustn't my myself neither nor now of off on once one only
  or other ought our ours ourselves out over own quite rather really she she'd she'll she's should shouldn't
  so some still such than that that's the their theirs them themselves then there there's these they they'd
  they'll they're they've this those though through thus to too under until up upon us very was wasn't we we'd
  we'll we're we've were weren't what what's when when's where where's whether which while who who's whom whose
  why why's will with within without won't would wouldn't yet you you'd you'll you're you've your yours yourself
  yourselves im ive dont didnt cant wont isnt wasnt doesnt couldnt wouldnt shouldnt thats theyre youre`.split(/\s+/),
);

/** Negations carry meaning inside a phrase ("not working", "no response") but never end one. */
export const NEGATIONS: ReadonlySet<string> = new Set(['no', 'not', 'never', 'nobody', 'nothing', 'none']);
