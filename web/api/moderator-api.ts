// Typed calls for the moderator console, over the one fetch caller in client.ts (which adds the CSRF token).
import type { LoginRequest, PasswordChange, SessionResponse } from '../../server/contract/auth';
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
import type { ModeratorAccount, ModeratorChange, ModeratorList, NewModerator } from '../../server/contract/moderators';
import { get, patch, post, put, queryString, type RequestOptions } from './client';
import type { CompanyGuide, GuideUpdate } from '../../server/contract/guide';
import type { NewCompany } from '../../server/contract/companies';
import type { CompanyDetail } from '../../server/contract/review';

type Query<T> = { [K in keyof T]?: T[K] | null };

export const moderatorApi = {
  me: (options?: RequestOptions) => get<SessionResponse>('/api/auth/me', options),
  login: (body: LoginRequest) => post<SessionResponse>('/api/auth/login', body),
  logout: () => post<void>('/api/auth/logout'),
  logoutAll: () => post<void>('/api/auth/logout-all'),
  changePassword: (body: PasswordChange) => post<void>('/api/auth/password', body),
  queue: (query: Query<QueueQuery>, options?: RequestOptions) => get<QueuePage>(`/api/moderation/queue${queryString(query)}`, options),
  decide: (id: number, decision: Decision) => post<DecisionResponse>(`/api/moderation/reviews/${id}/decision`, decision),
  bulk: (body: BulkDecision) => post<BulkResponse>('/api/moderation/reviews/bulk', body),
  audit: (query: Query<AuditQuery>, options?: RequestOptions) => get<AuditPage>(`/api/moderation/audit${queryString(query)}`, options),
  moderators: (options?: RequestOptions) => get<ModeratorList>('/api/moderation/moderators', options),
  addModerator: (body: NewModerator) => post<{ moderator: ModeratorAccount }>('/api/moderation/moderators', body),
  addCompany: (body: NewCompany) => post<{ company: CompanyDetail }>('/api/moderation/companies', body),
  updateGuide: (slug: string, body: GuideUpdate) => put<CompanyGuide>(`/api/companies/${encodeURIComponent(slug)}/guide`, body),
  changeModerator: (id: number, body: ModeratorChange) => patch<{ moderator: ModeratorAccount }>(`/api/moderation/moderators/${id}`, body),
};
