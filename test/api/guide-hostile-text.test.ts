import { beforeAll, describe, expect, it } from 'vitest';
import type { CompanyGuide, GuideSectionInput } from '../../server/contract/guide';
import { normaliseGuideLine, normaliseGuideText, parseGuideText } from '../../server/contract/guide-text';
import { BLNS, XSS_VECTORS } from '../hardening/hostile-strings';
import { signInAs, type SignedIn } from '../helpers/moderator';
import { useTestServer } from '../helpers/server';
import { expectInert } from '../helpers/guide-blocks';

let admin: SignedIn;
const server = useTestServer();
beforeAll(async () => {
  admin = await signInAs(server, 'admin');
});

const HOSTILE = [...BLNS, ...XSS_VECTORS];
const PER_GUIDE = 30;

const sectionFor = (s: string, i: number): GuideSectionInput => ({
  anchor: `s-${i}`,
  kind: 'faq',
  title: `${i}: ${s}`.slice(0, 120),
  body: `Before ${s} after\n\n- ${s}\n1. [${s}](https://example.com/)\n\n[link](${s}) [link](https://example.com/${s})`,
  issueTypes: [],
});

describe('guide text round trip', () => {
  it('stores every hostile string as written and serves it back as inert text', async () => {
    let version = 0;
    for (let from = 0; from < HOSTILE.length; from += PER_GUIDE) {
      const sent = HOSTILE.slice(from, from + PER_GUIDE).map((s, k) => sectionFor(s, from + k));
      const put = await admin.request<CompanyGuide>('/api/companies/hulu/guide', {
        method: 'PUT',
        json: {
          version,
          sections: sent,
          hints: [{ id: 'h', when: { issueType: ['scam'] }, text: `Hint ${HOSTILE[from]}`, section: 's-' + from }],
        },
      });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
      version = put.body.version;
      const res = await server.request<CompanyGuide>('/api/companies/hulu/guide');
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const guide = res.body;
      expect(guide.sections).toHaveLength(sent.length);
      guide.sections.forEach((got, k) => {
        const s = HOSTILE[from + k]!;
        expect(got.title).toBe(normaliseGuideLine(sent[k]!.title));
        expect(got.body).toBe(normaliseGuideText(sent[k]!.body));
        expect(got.blocks).toEqual(parseGuideText(got.body));
        expectInert(got.blocks);
        // The string is shown as its own characters, not read as markup.
        if (!s.includes('](') && !/[\r\n\u2028\u2029]/.test(s)) {
          expect(got.blocks[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: normaliseGuideText(`Before ${s} after`) }] });
        }
      });
    }
  });
});
