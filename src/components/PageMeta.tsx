import type { ReactNode } from 'react';
import { strings } from '../lib/strings';

type PageMetaProps = {
  title?: string;
  description: string;
  /** In-app path of the canonical page, e.g. /artikel/slug */
  path: string;
  type?: 'website' | 'article' | 'profile';
  image?: string;
  children?: ReactNode;
};

/** The site's origin (also outside a browser, where the static benchmark page is rendered). */
export function siteOrigin(): string {
  return globalThis.location?.origin ?? 'http://localhost';
}

function absolute(pathOrUrl: string): string {
  return new URL(pathOrUrl, siteOrigin()).toString();
}

/** Title, description, canonical and Open Graph tags; React hoists them into <head>. */
export function PageMeta({ title, description, path, type = 'website', image, children }: PageMetaProps) {
  const fullTitle = title ? `${title} – ${strings.siteName}` : `${strings.siteName} – ${strings.siteTagline}`;
  return (
    <>
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={absolute(path)} />
      <meta property="og:site_name" content={strings.siteName} />
      <meta property="og:locale" content="sv_SE" />
      <meta property="og:type" content={type} />
      <meta property="og:title" content={title ?? strings.siteName} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={absolute(path)} />
      {image && <meta property="og:image" content={absolute(image)} />}
      {children}
    </>
  );
}

/** Structured data as a JSON data block (not executable, so CSP allows it). */
export function JsonLd({ data }: { data: object }) {
  // "<" is escaped so no string in the data can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json">{json}</script>;
}
