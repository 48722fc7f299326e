// Threats of violence against people, which no mask makes publishable: held for a moderator.
import { SCREENED_FIELDS, withFindings, type Step } from '../pipeline';
import { isThreat } from '../threats/is-threat';

/** Runs before profanity masking, so a threat reads the words as written ("I'll fucking kill you"). */
export const holdThreatsStep: Step = (state) =>
  SCREENED_FIELDS.some((field) => state.text[field] !== '' && isThreat(state.text[field]))
    ? withFindings(state, state.text, [
        { step: 'hold-threats', kind: 'threat', count: 1, reason: 'threat of violence', severity: 'hold', risk: 8 },
      ])
    : state;
