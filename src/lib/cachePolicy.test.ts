import { describe, expect, it } from 'vitest';
import { isCachedApiRequest, isPictureAddress, isStaffAddress, isStorable } from './cachePolicy';

const API = 'https://api.rattslaget.example/api/';

describe('what the service worker keeps for offline reading', () => {
  it.each([
    ['GET', 'https://api.rattslaget.example/api/articles/hakte', true],
    ['GET', 'https://api.rattslaget.example/api/articles?section=brott&page=2', true],
    ['GET', 'https://api.rattslaget.example/api/sections', true],
    ['GET', 'https://api.rattslaget.example/api/tags/jo', true],
    ['GET', 'https://api.rattslaget.example/api/authors/anna-berg', true],
    ['GET', 'https://api.rattslaget.example/api/stats', true],
    ['GET', 'https://api.rattslaget.example/api/stats/sexkop-anmalda', true],
    ['GET', 'https://api.rattslaget.example/api/articles/hakte/comments?page=2', false],
    ['GET', 'https://api.rattslaget.example/api/openapi.json', false],
    ['POST', 'https://api.rattslaget.example/api/articles/hakte/comments', false],
    ['GET', 'https://api.rattslaget.example/api/__mock?fail=500', false],
    ['GET', 'https://elsewhere.example/api/articles/hakte', false],
    ['GET', 'https://api.rattslaget.example/media/hakte-800.webp', false],
    ['GET', 'https://api.rattslaget.example/api/newsroom/articles', false],
    ['GET', 'https://api.rattslaget.example/api/newsroom/session', false],
  ])('%s %s → %s', (method, url, kept) => {
    expect(isCachedApiRequest(new URL(url), method, API)).toBe(kept);
  });

  it.each([
    [null, true],
    ['no-cache', true],
    ['public, max-age=60', true],
    ['no-store', false],
    ['private, max-age=60', false],
    ['Private', false],
    ['max-age=0, no-store', false],
    ['private="set-cookie"', false],
  ])('an answer with Cache-Control %s may be stored: %s', (cacheControl, storable) => {
    const headers = new Headers(cacheControl === null ? {} : { 'Cache-Control': cacheControl });
    expect(isStorable(headers)).toBe(storable);
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

describe('the newsroom, which the service worker never keeps nor answers', () => {
  const app = 'https://rattslaget.example';
  it.each([
    [`${app}/redaktion`, true],
    [`${app}/redaktion/`, true],
    [`${app}/redaktion/artiklar/12`, true],
    [`${app}/redaktion/forhandsgranska`, true],
    [`${app}/assets/newsroom/main-Bx12.js`, true],
    [`${app}/api/newsroom/articles/12`, true],
    ['https://api.rattslaget.example/api/newsroom/session', true],
    [`${app}/redaktionen-tipsar`, false],
    [`${app}/artikel/redaktion`, false],
    [`${app}/api/articles/hakte`, false],
    [`${app}/assets/index-Ab12.js`, false],
    ['https://elsewhere.example/redaktion', false],
  ])('%s → %s', (url, staff) => {
    expect(isStaffAddress(new URL(url), app, API)).toBe(staff);
  });
});
