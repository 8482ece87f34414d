import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PATH_PREFIX, articleSlug, SLUG_PATTERN as EARLY_SLUG_PATTERN } from '../early';
import { paths, routePatterns, SLUG_PATTERN } from './paths';

describe('the app’s addresses', () => {
  it('are the ones the route tree answers, with the id in its parameter', () => {
    const cases = [
      [routePatterns.article, paths.article('hakte'), { slug: 'hakte' }],
      [routePatterns.author, paths.author('anna-berg'), { id: 'anna-berg' }],
      [routePatterns.section, paths.section('domstolar'), { section: 'domstolar' }],
      [routePatterns.tag, paths.tag('jo'), { tag: 'jo' }],
      [routePatterns.stats, paths.stats('anmalda-brott'), { id: 'anmalda-brott' }],
      [routePatterns.statsList, paths.stats(), {}],
      [routePatterns.newsletter, paths.newsletter, {}],
    ] as const;
    for (const [pattern, path, params] of cases) expect(matchPath(`/${pattern}`, path)?.params).toEqual(params);
  });

  it('carry an id as it is, as the links always have', () => {
    expect(paths.stats('a b$&')).toBe('/statistik/a b$&');
  });

  it('are known to src/early.ts, which keeps its own copy of the article address and the slug check', () => {
    expect(ARTICLE_PATH_PREFIX).toBe(paths.article(''));
    expect(EARLY_SLUG_PATTERN.source).toBe(SLUG_PATTERN.source);
    expect(EARLY_SLUG_PATTERN.flags).toBe(SLUG_PATTERN.flags);
    expect(articleSlug(paths.article('hakte-och-haktningstider'))).toBe('hakte-och-haktningstider');
    expect(articleSlug(`${paths.article('hakte')}/`)).toBe('hakte');
    for (const pathname of [paths.article('Hakte'), paths.article('hakte--tider'), paths.article(''), paths.section('hakte')]) {
      expect(articleSlug(pathname)).toBeUndefined();
    }
  });
});
