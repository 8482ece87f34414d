import { strings } from '../lib/strings';
import styles from './Skeleton.module.css';

/** Grey blocks in the shape of an article, so nothing shifts when the real one arrives. */
export function ArticleSkeleton() {
  return (
    <div className={styles.article} aria-busy="true" aria-label={strings.loadingPage}>
      <div className={`${styles.block} ${styles.kicker}`} />
      <div className={`${styles.block} ${styles.headline}`} />
      <div className={`${styles.block} ${styles.lead}`} />
      <div className={`${styles.block} ${styles.hero}`} />
      <div className={`${styles.block} ${styles.line}`} />
      <div className={`${styles.block} ${styles.line}`} />
      <div className={`${styles.block} ${styles.line}`} />
    </div>
  );
}
