import type { Inline } from '../../features/articles/schema';
import { isContentLink } from '../../lib/safeHref';
import { strings } from '../strings';

// A paragraph's inline nodes as a small markup an editor types in a textarea:
//   *betoning*   **fetstil**   [text](https://…) or [text](/artikel/…)   [840]{statistik/serie/period}
// A backslash makes the next special character plain (\* \[ \] \( \) \{ \} \/ \\).
// parseInline(printInline(nodes)) gives the nodes back (adjacent text joined, empty marks dropped).

const SPECIAL = new Set(['\\', '*', '[', ']', '(', ')', '{', '}', '/']);

export type ParsedInline = { nodes: Inline[]; problems: string[] };

const escape = (text: string, chars: string) => text.replace(new RegExp(`[${chars.replace(/[\\\]^-]/g, '\\$&')}]`, 'g'), '\\$&');

/** Backslash escapes removed: `\*` is `*`; a backslash before anything else stays. */
function unescape(raw: string): string {
  return raw.replace(/\\(.)/gs, (all, char: string) => (SPECIAL.has(char) ? char : all));
}

/** The raw text from `start` to the first unescaped `close` (parentheses nested when `nest` is given), and where it ends. */
function readUntil(source: string, start: number, close: string, nest?: string): { raw: string; end: number } | undefined {
  let depth = 0;
  for (let j = start; j < source.length; j++) {
    const char = source[j];
    if (char === '\\') {
      j++;
      continue;
    }
    if (nest && char === nest) depth++;
    else if (source.startsWith(close, j)) {
      if (depth === 0) return { raw: source.slice(start, j), end: j + close.length };
      depth--;
    }
  }
  return undefined;
}

/** A mark's text between `delim`s: it starts and ends with something other than white space (so `5 * 3` stays as typed). */
function readMark(source: string, start: number, delim: string): { raw: string; end: number } | undefined {
  if (/^\s?$/.test(source[start] ?? '')) return undefined;
  for (let from = start; ; ) {
    const found = readUntil(source, from, delim);
    if (!found) return undefined;
    const raw = source.slice(start, found.end - delim.length);
    if (raw && !/\s$/.test(raw)) return { raw, end: found.end };
    from = found.end - delim.length + 1;
  }
}

/** Splits at unescaped slashes. */
function splitParts(raw: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let j = 0; j < raw.length; j++) {
    if (raw[j] === '\\') j++;
    else if (raw[j] === '/') {
      parts.push(raw.slice(from, j));
      from = j + 1;
    }
  }
  parts.push(raw.slice(from));
  return parts.map(unescape);
}

export function parseInline(source: string): ParsedInline {
  const nodes: Inline[] = [];
  const problems: string[] = [];
  let text = '';
  const push = (node: Inline) => {
    if (text) nodes.push({ type: 'text', text });
    text = '';
    nodes.push(node);
  };
  let i = 0;
  while (i < source.length) {
    const char = source[i] ?? '';
    if (char === '\\' && SPECIAL.has(source[i + 1] ?? '')) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (source.startsWith('**', i)) {
      const strong = readMark(source, i + 2, '**');
      if (strong) {
        push({ type: 'strong', text: unescape(strong.raw) });
        i = strong.end;
        continue;
      }
      text += '**';
      i += 2;
      continue;
    }
    if (char === '*') {
      const emphasis = readMark(source, i + 1, '*');
      if (emphasis) {
        push({ type: 'emphasis', text: unescape(emphasis.raw) });
        i = emphasis.end;
        continue;
      }
    }
    if (char === '[') {
      const label = readUntil(source, i + 1, ']');
      const opener = label ? source[label.end] : undefined;
      if (label && opener === '(') {
        const href = readUntil(source, label.end + 1, ')', '(');
        if (href) {
          const address = unescape(href.raw).trim();
          if (!isContentLink(address)) problems.push(strings.inline.badLink(address));
          push({ type: 'link', text: unescape(label.raw), href: address });
          i = href.end;
          continue;
        }
      }
      if (label && opener === '{') {
        const ref = readUntil(source, label.end + 1, '}');
        if (ref) {
          const parts = splitParts(ref.raw).map((part) => part.trim());
          const [statsId = '', seriesId = '', period = ''] = parts;
          if (parts.length !== 3 || !statsId || !seriesId || !period) problems.push(strings.inline.badDataRef(ref.raw));
          push({ type: 'dataRef', text: unescape(label.raw), statsId, seriesId, period });
          i = ref.end;
          continue;
        }
      }
    }
    text += char;
    i++;
  }
  if (text || nodes.length === 0) nodes.push({ type: 'text', text });
  return { nodes, problems };
}

export function printInline(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escape(node.text, '\\*[');
        case 'emphasis':
        case 'strong': {
          // White space at a mark's ends is typed outside it (the same on the page).
          const [, before = '', inner = '', after = ''] = /^(\s*)(.*?)(\s*)$/s.exec(node.text) ?? [];
          const delim = node.type === 'strong' ? '**' : '*';
          return inner ? `${before}${delim}${escape(inner, '\\*')}${delim}${after}` : node.text;
        }
        case 'link':
          return `[${escape(node.text, '\\]')}](${escape(node.href, '\\()')})`;
        case 'dataRef':
          return `[${escape(node.text, '\\]')}]{${[node.statsId, node.seriesId, node.period].map((part) => escape(part, '\\/}')).join('/')}}`;
      }
    })
    .join('');
}
