import { createContext, useContext } from 'react';
import type { TextSize } from './textSize';
import type { ThemeChoice } from './theme';

/**
 * What the first render needs to know that differs between server and browser:
 * the site's public origin (for canonical and share URLs) and the reader's theme
 * and text size. The server passes the values it rendered with; the browser hydrates
 * with the same (the text size it reads from the cookie the server read, document.cookie).
 */
export type SiteSettings = { origin: string; theme: ThemeChoice; textSize?: TextSize };

const SiteSettingsContext = createContext<SiteSettings>({
  origin: globalThis.location?.origin ?? 'http://localhost',
  theme: 'system',
});

export const SiteSettingsProvider = SiteSettingsContext.Provider;

export function useSiteSettings(): SiteSettings {
  return useContext(SiteSettingsContext);
}
