// The one cache of built pages: a company's page, kept with the patterns and guide it was built from.
import type { CompanyGuide } from '../contract/guide';
import type { KeptAnswers } from '../domain/kept-answers';
import type { BuiltPatterns } from '../domain/patterns/get-company-patterns';
import { SerialisedJson } from './html';

/**
 * A new patterns object comes with any change to what the company page shows (the company's version moves with
 * every figure, moderation event and helpful vote, and its first reviews with them; this process's figures epoch
 * with its own changes), a new guide object with any guide change. So a kept page is as fresh as the patterns:
 * at once for this process's changes, within a second for another's.
 */
export class PageCache {
  /** The patterns company pages are built from, shared with the patterns routes (domain/kept-answers.ts). */
  readonly patterns: KeptAnswers['patterns'];
  /** The home page's ranked companies, shared with GET /api/companies. */
  readonly companyList: KeptAnswers['companyList'];
  private readonly companyPages = new WeakMap<BuiltPatterns, WeakMap<CompanyGuide, Map<string, Uint8Array>>>();
  // A guide read hands back the same object while the guide is unchanged; its JSON is kept with it.
  private readonly guideJson = new WeakMap<CompanyGuide, SerialisedJson>();

  constructor(kept: KeptAnswers) {
    this.patterns = kept.patterns;
    this.companyList = kept.companyList;
  }

  companyPage(patterns: BuiltPatterns, guide: CompanyGuide, url: string): Uint8Array | undefined {
    return this.companyPages.get(patterns)?.get(guide)?.get(url);
  }

  keepCompanyPage(patterns: BuiltPatterns, guide: CompanyGuide, url: string, html: Uint8Array): void {
    let byGuide = this.companyPages.get(patterns);
    if (!byGuide) this.companyPages.set(patterns, (byGuide = new WeakMap()));
    let byUrl = byGuide.get(guide);
    if (!byUrl) byGuide.set(guide, (byUrl = new Map()));
    // The URL comes from PUBLIC_ORIGIN or the request's Host: without PUBLIC_ORIGIN a few hosts at most.
    if (byUrl.size >= 4) byUrl.clear();
    byUrl.set(url, html);
  }

  serialisedGuide(guide: CompanyGuide): SerialisedJson {
    let json = this.guideJson.get(guide);
    if (!json) this.guideJson.set(guide, (json = new SerialisedJson(JSON.stringify(guide))));
    return json;
  }
}
