import { describe, expect, it } from 'vitest';
import { safeHref } from './safeHref';

describe('safeHref', () => {
  it.each([
    ['/artikel/nagot', { kind: 'internal', to: '/artikel/nagot' }],
    ['/amne/jo?sida=2#topp', { kind: 'internal', to: '/amne/jo?sida=2#topp' }],
    ['https://bra.se/statistik', { kind: 'external', href: 'https://bra.se/statistik' }],
    ['http://example.se', { kind: 'external', href: 'http://example.se/' }],
    ['mailto:red@example.se', { kind: 'external', href: 'mailto:red@example.se' }],
  ])('allows %s', (href, expected) => {
    expect(safeHref(href)).toEqual(expected);
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/path',
    '/\\evil.example',
    'file:///etc/passwd',
    'https://',
    'not a url',
    '',
  ])('refuses %j', (href) => {
    expect(safeHref(href)).toBeNull();
  });
});
