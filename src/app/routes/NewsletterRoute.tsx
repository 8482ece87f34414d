import { PageHeader } from '../../components/PageHeader';
import { PageMeta } from '../../components/PageMeta';
import { NewsletterSignup } from '../../features/newsletter/components/NewsletterSignup';
import { paths } from '../../lib/paths';
import { strings } from '../../lib/strings';
import styles from './NewsletterRoute.module.css';

export function NewsletterRoute() {
  return (
    <div className={styles.page}>
      <PageMeta title={strings.newsletter.pageTitle} description={strings.newsletter.pageIntro} path={paths.newsletter} />
      <PageHeader title={strings.newsletter.pageTitle} description={strings.newsletter.pageIntro} />
      <NewsletterSignup />
    </div>
  );
}
