import { describe, expect, it } from 'vitest';
import { finishModeration, prepareModeration, screenText } from '../../../server/domain/screening/screen-text';
import { heldOutOfTime } from '../../../server/domain/screening/moderate-submission';
import { NO_FACTS } from '../../../server/domain/screening/pipeline';
import { OUT_OF_TIME_REASON, removeAnythingPersonal } from '../../../server/domain/screening/out-of-time';

const personal = 'Call me on 020 7946 0958 or mail jo@example.com, card 4111 1111 1111 1111. <b>Refund</b> me!';

describe('moderation time budget', () => {
  it('holds the review for a moderator when the text work runs out of time, publishing nothing unchecked', () => {
    const { record, text } = finishModeration(prepareModeration({ body: personal }, { ms: -1 }), NO_FACTS);
    expect(record.decision).toBe('hold');
    expect(record.reasons).toContain(OUT_OF_TIME_REASON);
    expect(text.body).not.toMatch(/7946|0958|example\.com|4111|<b>/);
  });

  it('holds a hostile text that runs out of time rather than refusing it as unreadable', () => {
    const { record } = finishModeration(prepareModeration({ body: 'a.'.repeat(2_500) }, { ms: -1 }), NO_FACTS);
    expect(record.decision).toBe('hold');
  });

  it('changes nothing for a review moderated within its budget', () => {
    const { record, text } = screenText({ body: personal });
    expect(record.reasons).not.toContain(OUT_OF_TIME_REASON);
    expect(text.body).toContain('[phone number removed]');
  });

  it('holds a submission whose thread timed out, with numbers and emails removed unread', () => {
    const held = heldOutOfTime({ title: 'Ring 07700 900123', body: personal, displayName: 'jo@example.com', device: 'TV', rating: 1 });
    const { record, text } = finishModeration(held.prepared, NO_FACTS);
    expect(record.decision).toBe('hold');
    expect(JSON.stringify(text)).not.toMatch(/07700|900123|7946|example\.com|4111/);
    expect(held.device).toBeNull();
  });

  it('removes numbers and emails in one linear pass', () => {
    expect(removeAnythingPersonal('ref 12-34/56, mail a@b.co <i>now</i>')).toBe('ref [number removed] mail [email removed]  i now /i ');
    const start = performance.now();
    removeAnythingPersonal('1-'.repeat(50_000));
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
