// Typed calls for the moderator console, over the one fetch caller in api-client.ts (which adds the CSRF token). A
// call that answers 401 means the session ended elsewhere (signed out on every device, idle timeout): it is
// announced on `sessionEvents`, and a decision can wait for the moderator to sign in again and retry.
import type { LoginRequest, PasswordChange, SessionResponse, SessionState } from '../../server/contract/auth';
import type {
  AuditPage,
  AuditQuery,
  BulkDecision,
  BulkResponse,
  Decision,
  DecisionResponse,
  QueuePage,
  QueueQuery,
} from '../../server/contract/moderation';
import type { ModeratorChange, ModeratorList, ModeratorResponse, NewModerator } from '../../server/contract/moderators';
import { ApiError, del, get, patch, post, put, queryString, type RequestOptions } from './api-client';
import type { CompanyGuide, GuideUpdate } from '../../server/contract/guide';
import type { CompanyTemplates, NewCompany, NewCompanyResponse } from '../../server/contract/companies';
import type {
  HeldReplyList,
  ReplyDecision,
  ReplyDecisionResponse,
  ReplyRequest,
  ReplyResponse,
  RepresentativePage,
} from '../../server/contract/reply';

type Query<T> = { [K in keyof T]?: T[K] | null };

/** 'expired' when a call finds the session gone; 'restored' or 'dismissed' when the sign-in dialog closes. */
export const sessionEvents = new EventTarget();

/** Whether a call failed for want of a session, so the caller can wait for sign-in and keep its work. */
export const isSignedOut = (error: unknown) => error instanceof ApiError && error.status === 401;

/** Resolves true once the moderator has signed in again, false if they closed the sign-in instead. */
export function signedInAgain(): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (e: Event) => {
      sessionEvents.removeEventListener('restored', done);
      sessionEvents.removeEventListener('dismissed', done);
      resolve(e.type === 'restored');
    };
    sessionEvents.addEventListener('restored', done);
    sessionEvents.addEventListener('dismissed', done);
  });
}

function watched<A extends unknown[], T>(call: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return async (...args) => {
    try {
      return await call(...args);
    } catch (error) {
      if (isSignedOut(error)) sessionEvents.dispatchEvent(new Event('expired'));
      throw error;
    }
  };
}

export const moderatorApi = {
  /** Always 200: whether this browser is signed in (no 401 in the console for a signed-out visit). */
  session: (options?: RequestOptions) => get<SessionState>('/api/auth/session', options),
  me: (options?: RequestOptions) => get<SessionResponse>('/api/auth/me', options),
  login: (body: LoginRequest) => post<SessionResponse>('/api/auth/login', body),
  logout: () => post<void>('/api/auth/logout'),
  logoutAll: () => post<void>('/api/auth/logout-all'),
  changePassword: watched((body: PasswordChange) => post<void>('/api/auth/password', body)),
  queue: watched((query: Query<QueueQuery>, options?: RequestOptions) =>
    get<QueuePage>(`/api/moderation/queue${queryString(query)}`, options),
  ),
  decide: watched((id: number, decision: Decision) => post<DecisionResponse>(`/api/moderation/reviews/${id}/decision`, decision)),
  bulk: watched((body: BulkDecision) => post<BulkResponse>('/api/moderation/reviews/bulk', body)),
  audit: watched((query: Query<AuditQuery>, options?: RequestOptions) =>
    get<AuditPage>(`/api/moderation/audit${queryString(query)}`, options),
  ),
  moderators: watched((options?: RequestOptions) => get<ModeratorList>('/api/moderation/moderators', options)),
  addModerator: watched((body: NewModerator) => post<ModeratorResponse>('/api/moderation/moderators', body)),
  companyTemplates: watched((options?: RequestOptions) => get<CompanyTemplates>('/api/moderation/company-templates', options)),
  addCompany: watched((body: NewCompany) => post<NewCompanyResponse>('/api/moderation/companies', body)),
  updateGuide: watched((slug: string, body: GuideUpdate) => put<CompanyGuide>(`/api/companies/${encodeURIComponent(slug)}/guide`, body)),
  representativeReviews: watched((query: { company: string; cursor?: string | null; limit?: number }, options?: RequestOptions) =>
    get<RepresentativePage>(`/api/moderation/representative/reviews${queryString(query)}`, options),
  ),
  /** 201 for a first reply, 200 for an edit; either way the server's moderation of it. */
  putReply: watched((reviewId: number, body: ReplyRequest) => put<ReplyResponse>(`/api/reviews/${reviewId}/reply`, body)),
  deleteReply: watched((reviewId: number) => del<void>(`/api/reviews/${reviewId}/reply`)),
  heldReplies: watched((options?: RequestOptions) => get<HeldReplyList>('/api/moderation/replies?status=held', options)),
  decideReply: watched((reviewId: number, decision: ReplyDecision) =>
    post<ReplyDecisionResponse | undefined>(`/api/moderation/replies/${reviewId}/decision`, decision),
  ),
  changeModerator: watched((id: number, body: ModeratorChange) => patch<ModeratorResponse>(`/api/moderation/moderators/${id}`, body)),
};
