// Part of the entry: the server's text carries soft hyphens from the first paint.

const SOFT_HYPHENS = /\u00AD/g;

/** Copied text carries no soft hyphens: they are for line breaks here, not for whatever it is pasted into. */
function copyWithoutSoftHyphens(event: ClipboardEvent): void {
  const selection = document.getSelection();
  const text = selection?.toString() ?? '';
  if (!selection || !event.clipboardData || !text.includes('\u00AD')) return;
  const html = document.createElement('div');
  for (let i = 0; i < selection.rangeCount; i++) html.append(selection.getRangeAt(i).cloneContents());
  event.clipboardData.setData('text/plain', text.replace(SOFT_HYPHENS, ''));
  event.clipboardData.setData('text/html', html.innerHTML.replace(SOFT_HYPHENS, ''));
  event.preventDefault();
}

/** Copying from the page, whether or not the app has started, leaves the soft hyphens behind. */
export function cleanCopies(doc: Document): void {
  doc.addEventListener('copy', copyWithoutSoftHyphens);
}
