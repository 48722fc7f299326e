// Checks that guide blocks can carry no markup to a renderer: only the known shapes, and links whose one attribute
// is a vetted https address.
import { expect } from 'vitest';
import { z } from 'zod';
import type { GuideBlock } from '../../server/contract/guide-text';

// Strict objects: a stray key (say, "html") would be a channel for markup.
const Inline = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), text: z.string().min(1) }),
  z.strictObject({ type: z.literal('link'), text: z.string().min(1), href: z.string() }),
]);
const Blocks = z.array(
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('paragraph'), content: z.array(Inline).min(1) }),
    z.strictObject({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(Inline).min(1)).min(1) }),
  ]),
);

const inlines = (blocks: GuideBlock[]) => blocks.flatMap((b) => (b.type === 'paragraph' ? b.content : b.items.flat()));

/** The blocks carry no markup: only the known shapes, and every href an https address that cannot break out of an attribute. */
export function expectInert(blocks: GuideBlock[]) {
  expect(Blocks.safeParse(blocks).error).toBeUndefined();
  for (const node of inlines(blocks)) {
    if (node.type !== 'link') continue;
    const url = new URL(node.href);
    expect(url.protocol).toBe('https:');
    expect(url.username + url.password).toBe('');
    expect(node.href).not.toMatch(/["'<>`\s\\]/);
  }
}
