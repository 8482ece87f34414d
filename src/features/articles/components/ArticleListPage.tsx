import type { ReactNode } from 'react';
import { Pagination } from '../../../components/Pagination';
import { strings } from '../../../lib/strings';
import type { TeaserPage } from '../schema';
import { TeaserList } from './TeaserList';
import styles from './ArticleListPage.module.css';

/** The shape shared by section, topic and author pages: a header, teasers and paging. */
export function ArticleListPage({ header, listTitle, result }: { header: ReactNode; listTitle?: string; result: TeaserPage }) {
  return (
    <div className={styles.page}>
      {header}
      {listTitle && <h2 className={styles.listTitle}>{listTitle}</h2>}
      <p className={styles.count}>{strings.lists.count(result.total)}</p>
      <TeaserList teasers={result.items} headingLevel={listTitle ? 3 : 2} />
      <Pagination page={result.page} totalPages={result.totalPages} />
    </div>
  );
}
