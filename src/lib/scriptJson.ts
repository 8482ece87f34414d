/**
 * JSON for a data block in the page (`<script type="application/…json">`): `<` is
 * escaped, so no string in the data can end the element or open a comment.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
