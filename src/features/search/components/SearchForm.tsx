import { Form } from 'react-router';
import buttonStyles from '../../../components/Button.module.css';
import { paths } from '../../../lib/paths';
import { strings } from '../../../lib/strings';
import { MAX_QUERY_LENGTH } from '../limits';
import { sortWords, type SearchState } from '../searchParams';
import { searchStrings } from '../strings';
import styles from './SearchForm.module.css';

/** The first year the archive's filter offers. */
const FIRST_YEAR = 2016;

type SearchFormProps = { search: SearchState; sections: { id: string; name: string }[] };

/**
 * The results page's own form: the query, filters and sort, sent as a plain GET to
 * /sok (so it works without scripts, and the address can be shared). Changing a
 * filter does nothing until the reader presses the button, so nothing moves under a screen reader.
 */
export function SearchForm({ search, sections }: SearchFormProps) {
  const years = Array.from({ length: new Date().getFullYear() - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i).reverse();
  // On a phone the filters fold away unless one is in use; wider, they are always open (CSS).
  const filtered = search.section !== undefined || search.year !== undefined || search.sort !== 'relevance';
  // A new search starts at page 1; the key resets the fields when the address changes.
  return (
    <Form method="get" action={paths.search} role="search" aria-label={searchStrings.filters} className={styles.form} key={JSON.stringify(search)}>
      <div className={styles.query}>
        <label htmlFor="sok-fraga">{searchStrings.query}</label>
        <input id="sok-fraga" name="q" type="search" defaultValue={search.q} maxLength={MAX_QUERY_LENGTH} autoComplete="off" enterKeyHint="search" />
      </div>
      <details className={styles.filters} open={filtered}>
        <summary className={styles.filtersSummary}>{searchStrings.filter}</summary>
        <div className={styles.filterFields}>
          <div>
            <label htmlFor="sok-sektion">{searchStrings.section}</label>
            <select id="sok-sektion" name="sektion" defaultValue={search.section ?? ''}>
              <option value="">{searchStrings.allSections}</option>
              {sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="sok-ar">{searchStrings.year}</label>
            <select id="sok-ar" name="ar" defaultValue={search.year ?? ''}>
              <option value="">{searchStrings.allYears}</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="sok-sortering">{searchStrings.sort}</label>
            <select id="sok-sortering" name="sortering" defaultValue={sortWords[search.sort]}>
              <option value={sortWords.relevance}>{searchStrings.relevance}</option>
              <option value={sortWords.newest}>{searchStrings.newest}</option>
            </select>
          </div>
        </div>
      </details>
      <button type="submit" className={buttonStyles.primary}>
        {strings.search}
      </button>
    </Form>
  );
}
