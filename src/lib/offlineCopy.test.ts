import { describe, expect, it } from 'vitest';
import { isCachedApiRequest, isPictureAddress } from './offlineCopy';

const API = 'https://api.rattslaget.example/api/';

describe('what the service worker keeps for offline reading', () => {
  it.each([
    ['GET', 'https://api.rattslaget.example/api/articles/hakte', true],
    ['GET', 'https://api.rattslaget.example/api/articles/hakte/comments?page=2', true],
    ['POST', 'https://api.rattslaget.example/api/articles/hakte/comments', false],
    ['GET', 'https://api.rattslaget.example/api/__mock?fail=500', false],
    ['GET', 'https://elsewhere.example/api/articles/hakte', false],
    ['GET', 'https://api.rattslaget.example/media/hakte-800.webp', false],
  ])('%s %s → %s', (method, url, kept) => {
    expect(isCachedApiRequest(new URL(url), method, API)).toBe(kept);
  });

  it('keeps pictures by address, but not the app’s own precached files', () => {
    const app = 'https://rattslaget.example';
    expect(isPictureAddress(new URL(`${app}/media/polis-blaljus-800.webp`), app)).toBe(true);
    expect(isPictureAddress(new URL('https://bilder.example/a/b.JPG'), app)).toBe(true);
    expect(isPictureAddress(new URL(`${app}/icons/icon-192.png`), app)).toBe(false);
    expect(isPictureAddress(new URL(`${app}/assets/favicon-BJWKDyID.svg`), app)).toBe(false);
    expect(isPictureAddress(new URL(`${app}/api/articles/hakte`), app)).toBe(false);
  });
});
