import { describe, expect, it } from 'vitest';
import { NO_FACTS } from '../../../server/domain/moderation/pipeline';
import { holdThreatsStep } from '../../../server/domain/moderation/steps/hold-threats';
import { isThreat } from '../../../server/domain/moderation/threats/is-threat';

describe('isThreat', () => {
  it.each([
    ['a threat against a person', 'I will kill the agent who did this', true],
    ['a wish of death', 'You people deserve to be shot', true],
    ['kill as a figure of speech', 'I am going to kill my subscription', false],
    ['a deadline beaten', 'We will beat the deadline', false],
  ])('%s', (_name, text, expected) => expect(isThreat(text)).toBe(expected));
});

describe('holdThreatsStep', () => {
  it('asks a moderator to look at a threat, with the reason they see', () => {
    const state = holdThreatsStep(
      { text: { title: '', body: 'If they charge me again I will kill the agent.', displayName: '' }, findings: [] },
      NO_FACTS,
    );
    expect(state.findings).toEqual([expect.objectContaining({ kind: 'threat', reason: 'threat of violence', severity: 'hold' })]);
  });

  it('leaves a review without threats as it was', () => {
    const state = { text: { title: 'Slow refund', body: 'Took three weeks to get my money back.', displayName: '' }, findings: [] };
    expect(holdThreatsStep(state, NO_FACTS)).toBe(state);
  });
});
