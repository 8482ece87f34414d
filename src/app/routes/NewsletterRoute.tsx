import { PageHeader } from '../../components/PageHeader';
import { PageMeta } from '../../components/PageMeta';
import { NewsletterSignup } from '../../features/newsletter/components/NewsletterSignup';
import { paths } from '../../lib/paths';
import { formStrings } from '../../lib/strings.forms';
import styles from './NewsletterRoute.module.css';

export function NewsletterRoute() {
  return (
    <div className={styles.page}>
      <PageMeta title={formStrings.newsletter.pageTitle} description={formStrings.newsletter.pageIntro} path={paths.newsletter} />
      <PageHeader title={formStrings.newsletter.pageTitle} description={formStrings.newsletter.pageIntro} />
      <NewsletterSignup />
    </div>
  );
}
