// The pattern figures' update rules, as one value the store is built with (server/store-factory.ts).
import type { FigureRules } from '../store';
import { breakdownKeys, groupCounts, groupValues, reviewPhrases, GROUP_DIMENSIONS } from './aggregate-keys';

export const FIGURE_RULES = { dimensions: GROUP_DIMENSIONS, groupValues, groupCounts, breakdownKeys, reviewPhrases } satisfies FigureRules;
