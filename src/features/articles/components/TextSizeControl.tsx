import { SettingChoice } from '../../../components/SettingChoice';
import { strings } from '../../../lib/strings';
import { TEXT_SIZES, type TextSize } from '../../../lib/textSize';
import styles from './TextSizeControl.module.css';

const CHOICES = TEXT_SIZES.map((value) => ({ value, label: strings.textSize[value] }));

/**
 * "Textstorlek" in the article's tools row: a disclosure (works without scripts) that
 * opens the sizes for the lead and the body; a press applies at once (app/settingsControls.ts).
 */
export function TextSizeControl({ value }: { value: TextSize }) {
  return (
    <details className={styles.control} data-print="hide">
      <summary className={styles.summary}>
        <span aria-hidden="true" className={styles.icon}>
          Aa
        </span>
        {strings.textSize.label}
      </summary>
      <div className={styles.panel}>
        <SettingChoice field="textsize" legend={strings.textSize.label} choices={CHOICES} value={value} />
      </div>
    </details>
  );
}
