// The net under moderation's time budget: a review whose moderation runs out of time is held for a moderator,
// with everything that could be personal data removed without judging it, so nothing unchecked is published.
import { mapFields, withFindings, type Finding, type ModerationState, type TextFields } from './pipeline';

export const OUT_OF_TIME_REASON = 'moderation ran out of time';
export const OUT_OF_TIME_KIND = 'timeout';

const OUT_OF_TIME: Finding = {
  step: 'time-budget',
  kind: OUT_OF_TIME_KIND,
  count: 1,
  reason: OUT_OF_TIME_REASON,
  severity: 'hold',
  risk: 5,
};

/** Every number and every word with an @ in it removed, and no angle bracket left: one linear pass, no judgement. */
export function removeAnythingPersonal(text: string): string {
  return text
    .replace(/[<>]/g, ' ')
    .split(/(\s+)/)
    .map((word) => (word.includes('@') ? '[email removed]' : word.replace(/\p{N}[\p{N}().,/:_+-]*/gu, '[number removed]')))
    .join('');
}

/** Text that was never read (its thread ran out of time): held, with everything that could be personal removed. */
export const unreadOutOfTime = ({ title = '', body = '', displayName = '' }: Partial<TextFields>): ModerationState =>
  outOfTime({ text: { title, body, displayName }, findings: [] }, false);

/** The state to store when time ran out: held, and when personal data was not yet removed, everything that could be. */
export function outOfTime(state: ModerationState, redacted: boolean): ModerationState {
  const text: TextFields = redacted ? state.text : mapFields(state.text, removeAnythingPersonal);
  return { ...withFindings(state, text, [OUT_OF_TIME]), decision: 'hold' };
}
