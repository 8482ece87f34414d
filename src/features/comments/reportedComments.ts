const KEY = 'anmalda-kommentarer';

/** Comments this reader has reported, remembered so the button stays spent after a reload. */
export function reportedComments(): Set<string> {
  try {
    return new Set(JSON.parse(localStorage.getItem(KEY) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

export function rememberReport(id: string, reported: boolean): void {
  const ids = reportedComments();
  if (reported) ids.add(id);
  else ids.delete(id);
  try {
    localStorage.setItem(KEY, JSON.stringify([...ids]));
  } catch {
    // Not remembered past this page; the server still refuses a second report.
  }
}
