// npm run moderate — JSON lines in ({"title","body","displayName"}), one JSON line out per input with the
// moderated text, the decision and its reasons: exactly the server's pipeline, for moderators trying the rules and
// for re-moderating an export in bulk. A line that is not a JSON object gets {"line":N,"error":"..."}.
import { createInterface } from 'node:readline';
import { screenText } from '../domain/screening/screen-text';

const asText = (v: unknown) => (typeof v === 'string' ? v : '');

let line = 0;
for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  line++;
  if (!raw.trim()) continue;
  let input: unknown;
  try {
    input = JSON.parse(raw);
  } catch {
    input = undefined;
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    process.stdout.write(`${JSON.stringify({ line, error: 'expected a JSON object with title, body and displayName' })}\n`);
    continue;
  }
  const fields = input as Record<string, unknown>;
  const { text, record, riskScore } = screenText({
    title: asText(fields.title),
    body: asText(fields.body),
    displayName: asText(fields.displayName),
  });
  process.stdout.write(
    `${JSON.stringify({ ...text, decision: record.decision, reasons: record.reasons, redactions: record.redactions, masked: record.masked, riskScore })}\n`,
  );
}
