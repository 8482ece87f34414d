import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { PageMeta } from '../../components/PageMeta';
import { NewsletterSignup } from '../../features/newsletter/components/NewsletterSignup';
import { postedSignup } from '../../features/newsletter/postedSignup';
import { paths } from '../../lib/paths';
import { formStrings } from '../../lib/strings.forms';
import styles from './NewsletterRoute.module.css';

export function NewsletterRoute() {
  const [search] = useSearchParams();
  // A sign-up posted without JavaScript: the server renders the page from its address; the browser
  // hydrates what that page shows (the answer to a post has no query of its own).
  const [posted] = useState(() => postedSignup(search));
  return (
    <div className={styles.page}>
      <PageMeta title={formStrings.newsletter.pageTitle} description={formStrings.newsletter.pageIntro} path={paths.newsletter} />
      <PageHeader title={formStrings.newsletter.pageTitle} description={formStrings.newsletter.pageIntro} />
      <NewsletterSignup posted={posted} />
    </div>
  );
}
