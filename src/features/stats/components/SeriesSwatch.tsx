import { markerPath, seriesStyle } from './seriesStyle';
import styles from './StatsFigure.module.css';

/** The line, dash and marker of a series in small, for legends and tables. */
export function SeriesSwatch({ index }: { index: number }) {
  const style = seriesStyle(index);
  return (
    <svg className={`${styles.swatch} ${styles[style.className]}`} width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">
      <line x1="1" y1="6" x2="27" y2="6" strokeWidth="2.5" strokeDasharray={style.dash} />
      <path d={markerPath(style.marker, 14, 6, 3.5)} />
    </svg>
  );
}
