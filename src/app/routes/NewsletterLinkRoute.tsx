import { isRouteErrorResponse, Link, useLoaderData, useRouteError } from 'react-router';
import buttons from '../../components/Button.module.css';
import { PageHeader } from '../../components/PageHeader';
import { PageMeta } from '../../components/PageMeta';
import { paths } from '../../lib/paths';
import { linkStrings as text } from '../../features/newsletter/strings';
import { RouteError } from '../RouteError';
import type { newsletterLinkLoader } from './NewsletterLinkRoute.loader';

export { newsletterLinkAction, newsletterLinkLoader } from './NewsletterLinkRoute.loader';
import styles from './NewsletterLinkRoute.module.css';

type LinkData = Awaited<ReturnType<ReturnType<typeof newsletterLinkLoader>>>;

/** Neither indexed nor kept: the page names an address, and its link is its owner's. */
function LinkPageMeta({ title, path }: { title: string; path: string }) {
  return (
    <PageMeta title={title} description={text.description} path={path}>
      <meta name="robots" content="noindex" />
    </PageMeta>
  );
}

/** /nyhetsbrev/bekrafta and /nyhetsbrev/avsluta: where the address stands, and the one button that acts. */
export function NewsletterLinkRoute() {
  const link = useLoaderData() as LinkData;
  const confirm = link.purpose === 'confirm';
  const path = confirm ? paths.newsletterConfirm : paths.newsletterLeave;
  const done = confirm ? link.status === 'confirmed' : link.status === 'unsubscribed';
  const title = confirm ? (done ? text.confirmedTitle : text.confirmTitle) : done ? text.leftTitle : text.leaveTitle;
  const intro = confirm ? (done ? text.confirmedIntro : text.confirmIntro) : done ? text.leftIntro : text.leaveIntro;
  return (
    <div className={styles.page}>
      <LinkPageMeta title={title} path={path} />
      <PageHeader title={title} description={intro(link.email)} />
      {!done && (
        // A plain form: the server answers it (the route's action), with or without the app's code.
        <form method="post" action={`${path}?token=${encodeURIComponent(link.token)}`}>
          <button type="submit" className={buttons.primary}>
            {confirm ? text.confirmButton : text.leaveButton}
          </button>
        </form>
      )}
      {done && !confirm && (
        <p>
          {text.regretted} <Link to={paths.newsletter}>{text.signUpAgain}</Link>
        </p>
      )}
      {done && confirm && (
        <p>
          <Link to={paths.home}>{text.toFrontPage}</Link>
        </p>
      )}
    </div>
  );
}

/** A link that is not ours (404) or has expired (410): said plainly, with the way to a new one. */
export function NewsletterLinkError() {
  const error = useRouteError();
  if (!isRouteErrorResponse(error) || (error.status !== 404 && error.status !== 410)) return <RouteError />;
  const title = error.status === 410 ? text.expiredTitle : text.invalidTitle;
  return (
    <div className={styles.page}>
      <LinkPageMeta title={title} path={paths.newsletter} />
      <PageHeader title={title} description={error.status === 410 ? text.expiredIntro : text.invalidIntro} />
      <p>
        <Link to={paths.newsletter} className={buttons.primary}>
          {text.signUpAgain}
        </Link>
      </p>
    </div>
  );
}
