import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { screenText } from '../../server/domain/screening/screen-text';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run moderate', () => {
  it('answers each JSON line with exactly what the server pipeline does, and names a bad line', () => {
    const inputs = [
      { title: 'Scam', body: 'Call 1-800-555-0199 now, this f*cking app billed 4111 1111 1111 1111', displayName: 'Bob' },
      { title: '', body: 'The agent called me a faggot.', displayName: '' },
    ];
    const stdin = `${inputs.map((i) => JSON.stringify(i)).join('\n')}\nnot json\n`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/tools/moderate.ts'], { cwd: root, input: stdin, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    inputs.forEach((input, i) => {
      const { text, record, riskScore } = screenText(input);
      expect(lines[i]).toEqual({
        ...text,
        decision: record.decision,
        reasons: record.reasons,
        redactions: record.redactions,
        masked: record.masked,
        riskScore,
      });
    });
    expect(lines[1].decision).toBe('hold');
    expect(lines[2]).toEqual({ line: 3, error: expect.any(String) });
  });
});
