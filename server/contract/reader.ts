// What readers can do with a published review: report it, or mark it helpful.
import { z } from 'zod';

export const REPORT_REASONS = ['spam', 'offensive', 'personal-information', 'fake', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const REPORT_NOTE_MAX = 500;

/** POST /api/reviews/:id/report */
export const ReportRequest = z.strictObject({
  reason: z.enum(REPORT_REASONS, `Reason must be one of ${REPORT_REASONS.join(', ')}`),
  note: z.string('Note must be text').trim().max(REPORT_NOTE_MAX, `Note can be at most ${REPORT_NOTE_MAX} characters`).optional(),
});
export type ReportRequest = z.infer<typeof ReportRequest>;

/** 201 to a report; a second report from the same client answers 409 conflict. */
export interface ReportResponse {
  reported: true;
}

/** 201 to POST /api/reviews/:id/helpful; a second vote from the same client answers 409 conflict. */
export interface HelpfulResponse {
  helpfulCount: number;
}
