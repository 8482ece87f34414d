// The search's limits, apart from the schemas so that the masthead's field can use them
// without bringing zod into every page.

/** The longest query the API takes; the search field and the results page cut there too. */
export const MAX_QUERY_LENGTH = 200;
/** How many headlines the search field suggests at most. */
export const MAX_SUGGESTIONS = 8;
