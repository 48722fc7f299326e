// The complaint patterns of one company, built from maintained counters (never from a scan of reviews) and
// kept in a cache checked against the company's figures version on every request.
import type { CompanyRow, Store } from '../store';
import type { CompanyPatterns, CompanyTrend, PhraseCount } from '../../contract/patterns';
import { presentSummary, presentTaxonomy } from '../present';
import { detectBurst } from './detect-burst';
import { lastMonths, TRANSPARENCY_MONTHS, TREND_MONTHS } from './months';
import { keptForCompany, type CompanyVersionCache } from '../company-version-cache';
import { billingPartyPatterns, contactMethodPatterns, issueTypePatterns, sentimentPattern } from './present-groups';
import { trendMonths } from './present-trend';
import { rankingScore } from './ranking';
import { moderationReport } from '../desk/transparency-report';
import { withoutContainedPhrases } from './phrases';
import { replyPatterns } from './reply-patterns';

/** Phrases shown per issue type, and how many reviews must say one before it is a pattern. */
export const TOP_PHRASES = 5;
export const PHRASE_MIN_REVIEWS = 2;

export interface PatternsContext {
  store: Store;
  now: number;
  minReviews: number;
  cache?: CompanyVersionCache<BuiltPatterns>;
}

/** The patterns and their JSON, serialised once per change rather than once per request. */
export interface BuiltPatterns {
  patterns: CompanyPatterns;
  json: string;
}

const HOUR_MS = 60 * 60 * 1000;

async function buildPatterns(ctx: PatternsContext, company: CompanyRow): Promise<CompanyPatterns> {
  const { store, now, minReviews } = ctx;
  const trendWindow = lastMonths(now, TREND_MONTHS);
  const transparencyWindow = lastMonths(now, TRANSPARENCY_MONTHS);
  const [summary, taxonomyRows, platform, counters, moderation, burst, replyFigures] = await Promise.all([
    store.findSummary(company.id),
    store.findTaxonomy(company.id),
    store.findPlatformTotals(),
    store.findPatternCounters(company.id, trendWindow[0]!),
    store.findModerationTotals(company.id, transparencyWindow[0]!),
    detectBurst(store, company.id, now),
    store.findReplyFigures(company.id),
  ]);
  const taxonomy = presentTaxonomy(taxonomyRows);
  const { groups, breakdowns } = counters;
  const ctxGroups = { taxonomy, minReviews, total: summary.reviewCount };
  const phrases = new Map<string, PhraseCount[]>();
  for (const g of groups) {
    if (g.dimension !== 'issueType' || g.reviewCount < minReviews) continue;
    // A few more than shown, so the fragments of longer phrases can give way to the next ones.
    const top = await store.findTopPhrases(company.id, g.value, PHRASE_MIN_REVIEWS, TOP_PHRASES * 3);
    phrases.set(g.value, withoutContainedPhrases(top, TOP_PHRASES));
  }
  return {
    company: { slug: company.slug, name: company.name },
    minReviews,
    rating: { summary: presentSummary(summary), score: rankingScore(summary, platform) },
    sentiment: sentimentPattern(groups, ctxGroups),
    issueTypes: issueTypePatterns(groups, breakdowns, phrases, ctxGroups),
    contactMethods: contactMethodPatterns(groups, breakdowns, ctxGroups),
    billingParties: billingPartyPatterns(groups, ctxGroups),
    trend: trendMonths(trendWindow, groups, breakdowns, taxonomy, minReviews),
    transparency: moderationReport(transparencyWindow[0]!, TRANSPARENCY_MONTHS, moderation),
    notices: burst ? [burst] : [],
    replies: replyPatterns(replyFigures, summary.reviewCount, minReviews),
  };
}

export async function getCompanyPatterns(ctx: PatternsContext, slug: string): Promise<BuiltPatterns> {
  // The version moves with every figure and moderation event; the hour bucket makes the parts that move with
  // time alone (the burst window, the month windows) refresh at least hourly.
  return keptForCompany(ctx, slug, slug, `${Math.floor(ctx.now / HOUR_MS)}:${ctx.minReviews}`, async (company) => {
    const patterns = await buildPatterns(ctx, company);
    return { patterns, json: JSON.stringify(patterns) };
  });
}

export async function getCompanyTrend(ctx: PatternsContext, slug: string): Promise<CompanyTrend> {
  const { patterns } = await getCompanyPatterns(ctx, slug);
  return { company: patterns.company, minReviews: patterns.minReviews, months: patterns.trend };
}
