import styles from './PageHeader.module.css';

/** A page's title (focused after navigation) and an optional line about it. */
export function PageHeader({ title, description }: { title: string; description?: string }) {
  return (
    <header className={styles.header}>
      <h1 tabIndex={-1}>{title}</h1>
      {description && <p>{description}</p>}
    </header>
  );
}
