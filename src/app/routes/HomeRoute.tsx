import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { PageMeta } from '../../components/PageMeta';
import { latestArticlesQuery, sectionListQuery } from '../../features/articles/api';
import { TeaserList } from '../../features/articles/components/TeaserList';
import { paths } from '../../lib/paths';
import { strings } from '../../lib/strings';
import styles from './HomeRoute.module.css';

export function HomeRoute() {
  const { data: latest } = useSuspenseQuery(latestArticlesQuery());
  const sections = useQuery(sectionListQuery());
  return (
    <div className={styles.home}>
      <PageMeta description={strings.siteDescription} path={paths.home} />
      <h1 className="visually-hidden" tabIndex={-1}>
        {strings.siteName}: {strings.lists.latest}
      </h1>
      <section aria-labelledby="latest-title">
        <h2 id="latest-title" className={styles.sectionTitle}>
          {strings.lists.latest}
        </h2>
        <TeaserList teasers={latest.items} featureFirst headingLevel={3} />
      </section>
      <section aria-labelledby="sections-title" className={styles.sections}>
        <h2 id="sections-title" className={styles.sectionTitle}>
          {strings.lists.sections}
        </h2>
        {sections.isError && <ErrorState error={sections.error} onRetry={() => void sections.refetch()} />}
        <ul>
          {sections.data?.items.map((section) => (
            <li key={section.id}>
              <Link to={paths.section(section.id)} className={styles.sectionLink}>
                {section.name}
              </Link>
              <p>{section.description}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
