/**
 * The sign-up form posted without JavaScript (POST /nyhetsbrev, src/server/newsletterSignupRoute.ts):
 * how the server tells the page what became of it. A sign-up that went through is sent on to
 * `/nyhetsbrev?anmalan=skickad` (no address in the URL: it would end up in logs and history);
 * a refused one is the page itself, rendered with the outcome and the typed address.
 */
export const OUTCOME_PARAM = 'anmalan';
export const EMAIL_PARAM = 'epost';

/** skickad: mailed (303); ogiltig: not an address (422); for-manga: rate limited (429); otillganglig: the store or server failed (5xx). */
const OUTCOMES = ['skickad', 'ogiltig', 'for-manga', 'otillganglig'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type PostedSignup = { outcome: Outcome; email: string };

/**
 * The outcome the page shows: on the server, from the address it renders (the 303's target, or the
 * refused post's page); in the browser, from the server's form, so hydration keeps what it showed
 * (the answer to a post has no query to read it from).
 */
export function postedSignup(search: URLSearchParams): PostedSignup | undefined {
  const form = typeof document === 'undefined' ? null : document.querySelector<HTMLFormElement>(`form[data-${OUTCOME_PARAM}]`);
  const outcome = (form ? form.dataset[OUTCOME_PARAM] : search.get(OUTCOME_PARAM)) as Outcome;
  if (!OUTCOMES.includes(outcome)) return undefined;
  return { outcome, email: (form ? form.querySelector('input')?.value : search.get(EMAIL_PARAM)) ?? '' };
}
