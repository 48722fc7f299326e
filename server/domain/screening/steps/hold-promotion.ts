// Promotion (a way to reach a seller plus selling words) held for a moderator; a plain link is left to score-spam.
import { withFindings, type Step } from '../pipeline';
import { isPromotion } from '../spam/promotion';

export const holdPromotionStep: Step = (state) => {
  const { title, body, displayName } = state.text;
  return isPromotion(`${title}\n${body}\n${displayName}`)
    ? withFindings(state, state.text, [
        { step: 'hold-promotion', kind: 'promotion', count: 1, reason: 'promotion', severity: 'hold', risk: 5 },
      ])
    : state;
};
