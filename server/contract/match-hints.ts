// Which routing hints apply to the review form's answers so far: the one rule the form (live, as the
// customer answers) and the API both apply, so they can never disagree.
import type { HintCondition } from './guide';
import type { TaxonomyField } from './taxonomy';

/** The form's answers so far; unanswered questions are absent or undefined. */
export type HintFormAnswers = Partial<Record<TaxonomyField, string | undefined>>;

/** The rules whose every named answer is given and is one of its listed values, in rule order. */
export function matchHints<R extends { when: HintCondition }>(rules: readonly R[], answers: HintFormAnswers): R[] {
  return rules.filter((rule) =>
    Object.entries(rule.when).every(([field, accepted]) => {
      if (accepted === undefined) return true;
      const given = answers[field as TaxonomyField];
      // An unanswered question matches nothing: a hint about billing partners waits for the billing answer.
      return given !== undefined && accepted.includes(given);
    }),
  );
}
