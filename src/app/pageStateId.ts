/** The id of the JSON block with the server's page state (kept apart so the tiny entry can check for it). */
export const PAGE_STATE_ID = 'page-state';
