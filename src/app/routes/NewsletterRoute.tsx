import { PageMeta } from '../../components/PageMeta';
import { NewsletterSignup } from '../../features/newsletter/components/NewsletterSignup';
import { strings } from '../../lib/strings';
import { ListHeader } from '../ArticleListPage';
import styles from './NewsletterRoute.module.css';

export function NewsletterRoute() {
  return (
    <div className={styles.page}>
      <PageMeta title={strings.newsletter.pageTitle} description={strings.newsletter.pageIntro} path="/nyhetsbrev" />
      <ListHeader title={strings.newsletter.pageTitle} description={strings.newsletter.pageIntro} />
      <NewsletterSignup />
    </div>
  );
}
