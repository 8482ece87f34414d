/**
 * Recipients typed one per line or separated by commas or semicolons: each
 * entry trimmed, in the order given, once (however it is capitalised; the
 * first spelling is kept). Whether they are addresses, and how many may be
 * given, is for tipRequestSchema to say.
 */
export function parseRecipients(input: string): string[] {
  const seen = new Set<string>();
  const entries: string[] = [];
  for (const entry of input.split(/[\n\r,;]+/)) {
    const candidate = entry.trim();
    const key = candidate.toLowerCase();
    if (!candidate || seen.has(key)) continue;
    seen.add(key);
    entries.push(candidate);
  }
  return entries;
}
