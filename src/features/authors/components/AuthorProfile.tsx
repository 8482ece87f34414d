import type { Author } from '../schema';
import styles from './AuthorProfile.module.css';

export function AuthorProfile({ author }: { author: Author }) {
  return (
    <header className={styles.profile}>
      <div className={styles.initials} aria-hidden="true">
        {author.name
          .split(/\s+/)
          .map((part) => part[0])
          .join('')
          .slice(0, 2)}
      </div>
      <div>
        <h1 className={styles.name} tabIndex={-1}>
          {author.name}
        </h1>
        <p className={styles.role}>{author.role}</p>
        <p className={styles.bio}>{author.bio}</p>
        {author.email && (
          <p className={styles.email}>
            <a href={`mailto:${author.email}`}>{author.email}</a>
          </p>
        )}
      </div>
    </header>
  );
}
