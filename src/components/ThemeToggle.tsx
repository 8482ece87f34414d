import { useState } from 'react';
import { useSiteSettings } from '../lib/siteSettings';
import { applyTheme, storeTheme, type ThemeChoice } from '../lib/theme';
import { strings } from '../lib/strings';
import styles from './ThemeToggle.module.css';

const CHOICES: ThemeChoice[] = ['system', 'light', 'dark'];

export function ThemeToggle() {
  // The theme the page was rendered with (the server read the same cookie).
  const [choice, setChoice] = useState<ThemeChoice>(useSiteSettings().theme);
  return (
    <fieldset className={styles.toggle}>
      <legend className="visually-hidden">{strings.theme.label}</legend>
      {CHOICES.map((value) => (
        <label key={value} className={styles.option}>
          <input
            type="radio"
            name="theme"
            value={value}
            checked={choice === value}
            onChange={() => {
              setChoice(value);
              storeTheme(value);
              applyTheme(value);
            }}
          />
          <span>{strings.theme[value]}</span>
        </label>
      ))}
    </fieldset>
  );
}
