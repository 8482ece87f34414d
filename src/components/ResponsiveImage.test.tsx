import { describe, expect, it } from 'vitest';
import { HERO_SIZES, heroSrcset } from '../early';
import { responsiveSources } from './ResponsiveImage';

describe('the hero picture src/early.ts preloads', () => {
  it('is asked for with the srcset and sizes the article page’s hero <img> has, so it is fetched once', () => {
    const sources = [
      { url: '/media/rattssal-480.webp', width: 480 },
      { url: '/media/rattssal-800.webp', width: 800 },
      { url: '/media/rattssal-1200.webp', width: 1200 },
    ];
    expect({ srcSet: heroSrcset(sources), sizes: HERO_SIZES }).toEqual(responsiveSources(sources, 'column'));
  });
});
