import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { paths, routePatterns } from './paths';

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
});
