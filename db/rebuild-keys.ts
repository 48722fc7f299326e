// The maintained pattern figures' keys as SQL over a table of published facts (a `month` column included): what
// both stores' bulk rebuilds group by, mirroring the figure rules' groupValues() and breakdownKeys() in code.
// Written once: the SQL is the same on SQLite and PostgreSQL.
const MONTH = 'month';

/** Group dimension → the SQL giving its value. */
export const GROUP_VALUE: Record<string, string> = {
  all: `''`,
  issueType: 'issue_type',
  contactMethod: 'contact_method',
  billingParty: 'billing_party',
  month: MONTH,
  sentiment: `coalesce(sentiment_label, 'unscored')`,
};

/** Breakdown → [group value SQL, counted value SQL]. */
export const BREAKDOWN_VALUES: Record<string, [string, string]> = {
  'month:issueType': [MONTH, 'issue_type'],
  'issueType:outcome': ['issue_type', 'outcome'],
  'contactMethod:responseTime': ['contact_method', 'response_time'],
};
