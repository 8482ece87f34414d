import type { ThemeChoice } from '../lib/theme';

type PageParts = { head: string; body: string; state: string; theme: ThemeChoice };
export type PageTemplate = { render: (parts: PageParts) => string };

const ROOT = '<div id="root"></div>';

/**
 * The built index.html as the page template: the page's head tags go before
 * </head>, the rendered app into #root, its state after it. The <noscript> note
 * is for the client-rendered shell only; a rendered page reads without scripts.
 */
export function createTemplate(indexHtml: string): PageTemplate {
  const html = indexHtml.replace(/<noscript>[\s\S]*?<\/noscript>\s*/, '');
  const [beforeHead, afterHead] = splitOnce(html, '</head>');
  const [beforeRoot, afterRoot] = splitOnce(afterHead, ROOT);
  return {
    render: ({ head, body, state, theme }) => {
      const start = theme === 'system' ? beforeHead : beforeHead.replace('<html lang="sv"', `<html lang="sv" data-theme="${theme}"`);
      return `${start}${head}</head>${beforeRoot}<div id="root">${body}</div>${state}${afterRoot}`;
    },
  };
}

function splitOnce(text: string, marker: string): [string, string] {
  const at = text.indexOf(marker);
  if (at === -1) throw new Error(`The page template has no ${marker}`);
  return [text.slice(0, at), text.slice(at + marker.length)];
}
