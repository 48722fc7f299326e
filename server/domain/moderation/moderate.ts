// The moderation seam: every submission and every moderator edit passes through moderate().
import { NO_FACTS, runPipeline, toRecord, type ModerationFacts, type ModerationResult, type TextFields } from './pipeline';
import { STEPS } from './steps';

export function moderate(input: Partial<TextFields>, facts: ModerationFacts = NO_FACTS): ModerationResult {
  const text: TextFields = { title: input.title ?? '', body: input.body ?? '', displayName: input.displayName ?? '' };
  const state = runPipeline(STEPS, text, facts);
  return { text: state.text, ...toRecord(state) };
}
