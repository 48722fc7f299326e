// Types for the two lexicon analysers, which ship none: only what Earful calls.
declare module 'sentiment' {
  interface AnalysisResult {
    score: number;
    comparative: number;
    tokens: string[];
    positive: string[];
    negative: string[];
  }
  export default class Sentiment {
    analyze(phrase: string, options?: { extras?: Record<string, number> }): AnalysisResult;
  }
}

declare module 'vader-sentiment' {
  export const SentimentIntensityAnalyzer: {
    polarity_scores(text: string): { neg: number; neu: number; pos: number; compound: number };
  };
}
