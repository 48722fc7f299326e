// The two kinds of work moderation does off the request: a new submission's text (before the stored facts are
// read), and a whole moderation of other text (an author's edit, a moderator's edit or note, a reader's report
// note). Either runs inline or on a moderation thread, and either has an answer when it runs out of time.
import { finishModeration, screenText } from './screen-text';
import { heldOutOfTime, moderateSubmission, type ModeratedSubmission, type SubmissionText } from './moderate-submission';
import { unreadOutOfTime } from './out-of-time';
import { NO_FACTS, type ModerationFacts, type ModerationResult, type TextFields } from './pipeline';

export type ModerationTask =
  { kind: 'submission'; input: SubmissionText } | { kind: 'text'; input: Partial<TextFields>; facts: ModerationFacts };

export function runTask(task: ModerationTask): ModeratedSubmission | ModerationResult {
  return task.kind === 'submission' ? moderateSubmission(task.input) : screenText(task.input, task.facts);
}

/** The answer for a task whose thread ran out of time: held for a moderator, anything personal removed unread. */
export function taskOutOfTime(task: ModerationTask): ModeratedSubmission | ModerationResult {
  if (task.kind === 'submission') return heldOutOfTime(task.input);
  return finishModeration({ state: unreadOutOfTime(task.input), bodyHash: '' }, task.facts);
}

/** Moderates free text other than a new submission: inline, or on the moderation threads. */
export type ModerateText = (input: Partial<TextFields>, facts?: ModerationFacts) => Promise<ModerationResult>;

export const moderateTextInline: ModerateText = async (input, facts = NO_FACTS) => screenText(input, facts);

/** A note (a moderator's, a report's) can quote the text it is about: it goes through the pipeline before it is kept. */
export const moderateNote = async (note: string | undefined, moderateText: ModerateText = moderateTextInline) =>
  note ? (await moderateText({ body: note })).text.body : undefined;
