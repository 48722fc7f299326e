// The only place in the front end that calls fetch: typed calls to the Earful API, errors as ApiError.
import type { ErrorBody, ErrorCode, FieldErrors } from '../../server/contract/errors';
import type { CompanyDetail, ReviewListQuery, ReviewPage, ReviewResponse, ReviewSubmission } from '../../server/contract/review';
import type { CompanyList, CompanyPatterns } from '../../server/contract/patterns';
import type { HelpfulResponse, ReportRequest, ReportResponse } from '../../server/contract/reader';
import type { ManagedReviewResponse, OutcomeReport, ReviewEdit, SubmissionResponse } from '../../server/contract/manage';
import type { CompanyGuide, CompanyHints } from '../../server/contract/guide';
import type { ResolutionRequest } from '../../server/contract/reply';
import { takePreloaded } from './preload';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'network',
    message: string,
    readonly fields: FieldErrors = {},
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }
}

/** The list's search and filters a reader can choose; sort and limit fall back to the server's defaults. */
export type ReviewQuery = { [K in keyof ReviewListQuery]?: ReviewListQuery[K] | null };

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

let apiBase = '';
let csrfToken: string | null = null;

/** The widget calls the API on the origin it was loaded from; pages use their own origin. */
export function setApiBase(base: string) {
  apiBase = base.replace(/\/+$/, '');
}

/** Moderator writes carry the session's token (set at sign-in, cleared at sign-out). */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export function queryString(query: Record<string, string | number | boolean | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function call<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  if (method === 'GET') {
    const preloaded = takePreloaded<T>(path);
    if (preloaded !== undefined) return preloaded;
  }
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(apiBase + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      // Cookies only to our own origin: the widget's cross-origin calls are anonymous.
      credentials: apiBase ? 'omit' : 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'network', 'Could not reach Earful. Check your connection and try again.');
  }
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) {
    const error = (data as Partial<ErrorBody> | null)?.error;
    const retry = Number(response.headers.get('retry-after'));
    throw new ApiError(
      response.status,
      error?.code ?? 'internal',
      error?.message ?? 'Something went wrong. Please try again.',
      error?.fields ?? {},
      Number.isFinite(retry) && retry > 0 ? retry : null,
    );
  }
  return data as T;
}

export const get = <T>(path: string, options?: RequestOptions) => call<T>('GET', path, undefined, options);
export const post = <T>(path: string, body?: unknown, options?: RequestOptions) => call<T>('POST', path, body ?? {}, options);
export const put = <T>(path: string, body: unknown, options?: RequestOptions) => call<T>('PUT', path, body, options);
export const patch = <T>(path: string, body: unknown, options?: RequestOptions) => call<T>('PATCH', path, body, options);
export const del = <T>(path: string, options?: RequestOptions) => call<T>('DELETE', path, undefined, options);

const company = (slug: string) => `/api/companies/${encodeURIComponent(slug)}`;

export const reviewsPath = (slug: string, query: ReviewQuery = {}) => `${company(slug)}/reviews${queryString(query)}`;

/** The manage token rides in a header, never in a URL (contract/manage.ts MANAGE_TOKEN_HEADER). */
const manage = (token: string) => ({ headers: { 'x-manage-token': token } });

export const api = {
  listCompanies: (options?: RequestOptions) => get<CompanyList>('/api/companies', options),
  getCompany: (slug: string, options?: RequestOptions) => get<CompanyDetail>(company(slug), options),
  listReviews: (slug: string, query: ReviewQuery, options?: RequestOptions) => get<ReviewPage>(reviewsPath(slug, query), options),
  getReview: (id: number, options?: RequestOptions) => get<ReviewResponse>(`/api/reviews/${id}`, options),
  submitReview: (slug: string, review: ReviewSubmission) => post<SubmissionResponse>(`${company(slug)}/reviews`, review),
  getPatterns: (slug: string, options?: RequestOptions) => get<CompanyPatterns>(`${company(slug)}/patterns`, options),
  getGuide: (slug: string, options?: RequestOptions) => get<CompanyGuide>(`${company(slug)}/guide`, options),
  getHints: (slug: string, options?: RequestOptions) => get<CompanyHints>(`${company(slug)}/hints`, options),
  getManaged: (id: number, token: string) => get<ManagedReviewResponse>(`/api/reviews/${id}/manage`, manage(token)),
  editManaged: (id: number, token: string, edit: ReviewEdit) =>
    patch<ManagedReviewResponse>(`/api/reviews/${id}/manage`, edit, manage(token)),
  reportOutcome: (id: number, token: string, report: OutcomeReport) =>
    post<ManagedReviewResponse>(`/api/reviews/${id}/manage/outcome`, report, manage(token)),
  answerResolution: (id: number, token: string, answer: ResolutionRequest) =>
    post<ManagedReviewResponse>(`/api/reviews/${id}/manage/resolution`, answer, manage(token)),
  eraseManaged: (id: number, token: string) => del<void>(`/api/reviews/${id}/manage`, manage(token)),
  voteHelpful: (id: number) => post<HelpfulResponse>(`/api/reviews/${id}/helpful`),
  reportReview: (id: number, report: ReportRequest) => post<ReportResponse>(`/api/reviews/${id}/report`, report),
};
