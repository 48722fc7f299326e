// Everything a submission's text needs before the database is involved: moderation up to the stored facts,
// the device label and the sentiment. Pure, so it runs the same inline or on a moderation thread.
import { combineWithStars, reviewSentiment } from '../patterns/sentiment';
import { fingerprintRewritten, moderateLabel, prepareModeration, type PreparedModeration } from './screen-text';
import { unreadOutOfTime } from './out-of-time';

export interface SubmissionText {
  title: string | undefined;
  body: string;
  displayName: string | undefined;
  device: string | undefined;
  rating: number;
}

export interface ModeratedSubmission {
  prepared: PreparedModeration;
  device: string | null;
  sentiment: ReturnType<typeof reviewSentiment>;
}

export function moderateSubmission(input: SubmissionText): ModeratedSubmission {
  const prepared = prepareModeration({ title: input.title, body: input.body, displayName: input.displayName });
  // The fact steps that run later only judge; the text they leave is the text prepared here.
  const { title, body } = prepared.state.text;
  return {
    prepared,
    device: input.device ? moderateLabel(input.device) || null : null,
    sentiment: reviewSentiment(title, body, input.rating),
  };
}

/**
 * What a submission stores when its moderation did not finish in time (a thread's job timed out): held for a
 * moderator, with every number and address-like word removed unread, and no sentiment read into it.
 */
export function heldOutOfTime(input: SubmissionText): ModeratedSubmission {
  const state = unreadOutOfTime(input);
  const { score, label } = combineWithStars(0, input.rating);
  return {
    prepared: { state, bodyHash: fingerprintRewritten(state.text.body) },
    device: null,
    sentiment: { sentimentScore: score, sentimentLabel: label },
  };
}

/** Runs moderateSubmission somewhere: inline, or on a pool of threads (server/screening-threads). */
export type ModerateSubmission = (input: SubmissionText) => Promise<ModeratedSubmission>;

export const moderateInline: ModerateSubmission = async (input) => moderateSubmission(input);
