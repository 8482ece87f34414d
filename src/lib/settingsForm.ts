import { settingCookie } from './cookies';
import { TEXT_SIZES } from './textSize';

// The settings forms (colour theme, text size) post here without scripts; the
// server answers with the same cookie the app sets in the browser.

/** The field that says where to go back to after the choice is stored. */
export const RETURN_FIELD = 'tillbaka';

const CHOICES = {
  theme: ['system', 'light', 'dark'],
  textsize: TEXT_SIZES,
} as const satisfies Record<string, readonly string[]>;

/** The form fields, named as their cookies. */
export const SETTINGS_FIELDS = Object.keys(CHOICES) as (keyof typeof CHOICES)[];

/** The Set-Cookie value for a field's posted value; undefined when the value is not one of its choices. */
export function settingsCookie(field: keyof typeof CHOICES, value: string | null): string | undefined {
  const choices: readonly string[] = CHOICES[field];
  if (value === null || !choices.includes(value)) return undefined;
  // The default is no cookie at all, as when the app stores it.
  return settingCookie(field, value === choices[0] ? null : value);
}
