import { useLocation } from 'react-router';
import { paths } from '../lib/paths';
import { RETURN_FIELD } from '../lib/settingsForm';
import styles from './SettingChoice.module.css';

type SettingChoiceProps<Value extends string> = {
  /** The form field, named as the setting's cookie. */
  field: 'theme' | 'textsize';
  legend: string;
  choices: readonly { value: Value; label: string }[];
  value: Value;
};

/**
 * A reader's setting as a small form of buttons, one per choice. A press is handled
 * by the entry script from the first paint (app/settingsControls.ts: the choice applies
 * in place); without scripts the button posts the form, and the server stores the
 * choice in the cookie and sends the reader back to this page, rendered with it.
 */
export function SettingChoice<Value extends string>({ field, legend, choices, value }: SettingChoiceProps<Value>) {
  const location = useLocation();
  return (
    <form method="post" action={paths.settings} className={styles.form} data-settings="">
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{legend}</legend>
        <input type="hidden" name={RETURN_FIELD} value={location.pathname + location.search} />
        <span className={styles.choices}>
          {choices.map((choice) => (
            <button key={choice.value} type="submit" name={field} value={choice.value} aria-pressed={value === choice.value} className={styles.choice}>
              {choice.label}
            </button>
          ))}
        </span>
      </fieldset>
    </form>
  );
}
