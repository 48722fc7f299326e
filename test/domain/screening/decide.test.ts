import { describe, expect, it } from 'vitest';
import { decide, HOLD_AT } from '../../../server/domain/screening/steps/decide';
import type { Finding } from '../../../server/domain/screening/pipeline';

const finding = (severity: Finding['severity'], risk: number): Finding => ({ step: 'test', kind: 'test', count: 1, severity, risk });
const BODY = 'The refund arrived after a week.';

describe('decide', () => {
  it.each([
    ['publishes with no findings', BODY, [], 'publish'],
    ['publishes below the hold score', BODY, [finding('info', HOLD_AT - 1)], 'publish'],
    ['holds when risks add up', BODY, [finding('info', 3), finding('info', HOLD_AT - 3)], 'hold'],
    ['holds when a finding asks for it', BODY, [finding('hold', 0)], 'hold'],
    ['rejects when a finding asks for it', BODY, [finding('reject', 0)], 'reject'],
    ['rejects when only tokens and masks are left', '[phone number removed] f— [email removed]!!!', [], 'reject'],
    ['rejects an empty body', '', [], 'reject'],
  ] as const)('%s', (_name, body, findings, expected) => {
    expect(decide(body, findings)).toBe(expected);
  });
});
