import { strings } from '../../../lib/strings';
import { TEXT_SIZES, type TextSize } from '../../../lib/textSize';
import styles from './TextSizeControl.module.css';

/** "Textstorlek": the size of the article's lead and body, a group of radio buttons. */
export function TextSizeControl({ value, onChange }: { value: TextSize; onChange: (size: TextSize) => void }) {
  return (
    <fieldset className={styles.control} data-print="hide">
      <legend className={styles.legend}>{strings.textSize.label}</legend>
      <span className={styles.options}>
        {TEXT_SIZES.map((size) => (
          <label key={size} className={styles.option}>
            <input type="radio" name="textsize" value={size} checked={value === size} onChange={() => onChange(size)} />
            <span>{strings.textSize[size]}</span>
          </label>
        ))}
      </span>
    </fieldset>
  );
}
