import { useSiteSettings } from '../lib/siteSettings';
import { readTheme } from '../lib/theme';
import { strings } from '../lib/strings';
import { SettingChoice } from './SettingChoice';

const CHOICES = (['system', 'light', 'dark'] as const).map((value) => ({ value, label: strings.theme[value] }));

/** "Färgtema": Auto (the system's), light or dark; a press applies at once (app/settingsControls.ts). */
export function ThemeToggle() {
  const rendered = useSiteSettings().theme;
  // The cookie in the browser (the server read the same one), so a later render shows a choice made since.
  const choice = typeof document === 'undefined' ? rendered : readTheme();
  return <SettingChoice field="theme" legend={strings.theme.label} choices={CHOICES} value={choice} />;
}
