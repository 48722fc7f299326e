// The facts a reviewer's edit is moderated with: the same body already seen for the company. (A new review reads
// its facts, this one and the client's recent reviews, inside its own insert: ReviewStore.insertCheckedReview.)

export interface ModerationFactsStore {
  /** Whether a review of this company already has this body fingerprint. */
  hasBodyHash(companyId: number, bodyHash: string): Promise<boolean>;
}
