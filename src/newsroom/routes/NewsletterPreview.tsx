import { useEffect, useRef } from 'react';
import type { NewsletterPreview as Preview } from '../api/schemas';
import { strings } from '../strings';
import styles from './NewsletterRoute.module.css';

/**
 * The mail's HTML as a reader's mail program shows it, in a frame of its own. The page's
 * Content-Security-Policy allows no inline styles (and a frame without an address inherits
 * it), so the mail's markup is put in without them and each element's style is then set
 * through the CSSOM, which the policy leaves to the page's own code. Nothing in it runs
 * (a sandboxed frame, and no script or style element is kept).
 */
function HtmlFrame({ html }: { html: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    const doc = frame.current?.contentDocument;
    if (!doc) return;
    // Parsed, a style attribute would already be refused (the parser's document has the page's policy too):
    // each is renamed first. React wrote the markup, so ` style="` occurs only as an attribute.
    const parsed = new DOMParser().parseFromString(html.replaceAll(' style="', ' data-style="'), 'text/html');
    for (const node of parsed.querySelectorAll('script, style, link, meta, title')) node.remove();
    const elements = [...parsed.body.querySelectorAll('*')];
    const inline = elements.map((element) => element.getAttribute('data-style') ?? '');
    for (const element of elements) element.removeAttribute('data-style');
    const bodyStyle = parsed.body.getAttribute('data-style') ?? '';
    doc.body.replaceChildren(...[...parsed.body.childNodes].map((node) => doc.importNode(node, true)));
    doc.body.style.cssText = bodyStyle;
    doc.body.querySelectorAll('*').forEach((element, index) => {
      if (inline[index] && element instanceof (doc.defaultView?.HTMLElement ?? HTMLElement)) element.style.cssText = inline[index];
      if (element instanceof (doc.defaultView?.HTMLAnchorElement ?? HTMLAnchorElement)) {
        element.target = '_blank';
        element.rel = 'noopener noreferrer';
      }
    });
  }, [html]);
  return <iframe ref={frame} title={strings.newsletter.previewFrame} className={styles.frame} sandbox="allow-same-origin allow-popups" />;
}

export function NewsletterPreview({ preview }: { preview: Preview }) {
  return (
    <section aria-labelledby="forhandsgranskning" className={styles.preview}>
      <h2 id="forhandsgranskning">{strings.newsletter.previewTitle}</h2>
      <h3>{strings.newsletter.htmlVersion}</h3>
      <HtmlFrame html={preview.html} />
      <h3>{strings.newsletter.textVersion}</h3>
      <pre className={styles.text}>{preview.text}</pre>
    </section>
  );
}
