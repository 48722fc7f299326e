// Company guides in the store: read a guide whole; replace it whole, guarded by its version, with its audit entry.
import type { AuditInput, CompanyGuideRow, GuideHintRow, GuideSectionRow } from './rows';

export interface StoredGuide {
  /** Undefined until the company's first guide (seed or admin). */
  guide: CompanyGuideRow | undefined;
  sections: GuideSectionRow[];
  hints: GuideHintRow[];
}

export interface GuideReplacement {
  sections: Omit<GuideSectionRow, 'companyId' | 'position'>[];
  hints: Omit<GuideHintRow, 'companyId' | 'position'>[];
}

export interface GuideStore {
  /** The same object while the guide is unchanged: treat it as read-only. */
  findGuide(companyId: number): Promise<StoredGuide>;
  /**
   * Replaces every section and hint (in the given order) when the guide is still at `expectedVersion` (0: no guide
   * yet) and moves it to the next version, recording `audit` in the same transaction. Undefined when another change
   * came first, so nothing was written.
   */
  replaceGuide(
    companyId: number,
    expectedVersion: number,
    next: GuideReplacement,
    now: number,
    audit: AuditInput,
  ): Promise<StoredGuide | undefined>;
}
