// What readers read about a company's reply, the same on the pages the server fills and in the browser's elements
// (zod-free, so the widget can import it).

/** The reply block's heading: clearly the company speaking, not the reviewer. */
export const replyHeading = (companyName: string) => `Response from ${companyName}`;

/** What came of a reply that offered a resolution, as the reviewer answered it; null when nothing was offered. */
export function resolutionLine(reply: { offersResolution: boolean; resolution: { answer: string } | null }): string | null {
  if (reply.resolution?.answer === 'resolved') return "Resolved after the company's reply";
  if (reply.resolution?.answer === 'not-resolved') return 'The reviewer says this did not resolve it';
  return reply.offersResolution ? 'The company offered a resolution; the reviewer has not said yet whether it worked' : null;
}
