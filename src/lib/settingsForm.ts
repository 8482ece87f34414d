// The settings forms (colour theme, text size) post to paths.settings without scripts;
// the server (src/server/settingsRoutes.ts) answers with the same cookie the app sets.

/** The field that says where to go back to after the choice is stored. */
export const RETURN_FIELD = 'tillbaka';
