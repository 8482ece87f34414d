import type { ReactNode } from 'react';
import type { PreviewImage } from '../lib/previewImage';
import { scriptJson } from '../lib/scriptJson';
import { useSiteSettings } from '../lib/siteSettings';
import { paths } from '../lib/paths';
import { strings } from '../lib/strings';

type PageMetaProps = {
  title?: string;
  description: string;
  /** In-app path of the canonical page, e.g. /artikel/slug */
  path: string;
  type?: 'website' | 'article' | 'profile';
  /** The picture a link preview shows (a 1200-px-wide rendition). */
  image?: PreviewImage;
  /** The page's own RSS feed (its section's), for feed readers, beside the site's, which every page links. */
  feed?: { path: string; title: string };
  children?: ReactNode;
};

/** An absolute URL on the site's public origin. */
function useAbsoluteUrl(): (pathOrUrl: string) => string {
  const { origin } = useSiteSettings();
  return (pathOrUrl) => new URL(pathOrUrl, origin).toString();
}

/**
 * Title, description, canonical link, Open Graph and Twitter tags. React hoists
 * them into <head>, and the server renders them there, so link previews and
 * crawlers (which run no JavaScript) see them.
 */
export function PageMeta({ title, description, path, type = 'website', image, feed, children }: PageMetaProps) {
  const absolute = useAbsoluteUrl();
  const fullTitle = title ? `${title} – ${strings.siteName}` : `${strings.siteName} – ${strings.siteTagline}`;
  return (
    <>
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={absolute(path)} />
      <link rel="alternate" type="application/rss+xml" title={strings.lists.latestFeed} href={absolute(paths.feed())} />
      {feed && <link rel="alternate" type="application/rss+xml" title={feed.title} href={absolute(feed.path)} />}
      <meta property="og:site_name" content={strings.siteName} />
      <meta property="og:locale" content="sv_SE" />
      <meta property="og:type" content={type} />
      <meta property="og:title" content={title ?? strings.siteName} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={absolute(path)} />
      {image && <meta property="og:image" content={absolute(image.url)} />}
      {image && <meta property="og:image:width" content={String(image.width)} />}
      {image && <meta property="og:image:height" content={String(image.height)} />}
      {image && <meta property="og:image:alt" content={image.alt} />}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      {children}
    </>
  );
}

/** Structured data as a JSON data block (not executable, so CSP allows it). */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json">{scriptJson(data)}</script>;
}
