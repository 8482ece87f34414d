import { queryOptions } from '@tanstack/react-query';
import { staffRequest } from './staffApi';
import { newsletterArticlesSchema, newsletterIssueSchema, newsletterIssuesSchema, newsletterPreviewSchema, newsletterTestSchema, type NewsletterIssue } from './schemas';

const BASE = '/api/newsroom/newsletter';

export type IssueDraft = { subject: string; intro: string; articleIds: number[] };

/** The published articles to pick from, and since when they are picked to begin with (the last week). */
export const newsletterArticlesQuery = queryOptions({
  queryKey: ['newsroom', 'newsletter', 'articles'],
  queryFn: ({ signal }) => staffRequest(`${BASE}/articles`, newsletterArticlesSchema, { signal }),
  staleTime: 60_000,
});

const sending = (issues: NewsletterIssue[]) => issues.some((issue) => issue.status === 'sending' || issue.delivery.pending > 0);

/** The sent issues, newest first, with their delivery so far: asked again every 2 s while mail is on its way. */
export const newsletterIssuesQuery = queryOptions({
  queryKey: ['newsroom', 'newsletter', 'issues'],
  queryFn: ({ signal }) => staffRequest(`${BASE}/issues`, newsletterIssuesSchema, { signal }),
  staleTime: 0,
  refetchInterval: (query) => (query.state.data && sending(query.state.data.items) ? 2_000 : false),
});

export const previewIssue = (draft: IssueDraft) => staffRequest(`${BASE}/preview`, newsletterPreviewSchema, { method: 'POST', body: draft });
export const sendTestIssue = (draft: IssueDraft) => staffRequest(`${BASE}/test`, newsletterTestSchema, { method: 'POST', body: draft });
export const sendIssue = (draft: IssueDraft) => staffRequest(`${BASE}/issues`, newsletterIssueSchema, { method: 'POST', body: draft });
