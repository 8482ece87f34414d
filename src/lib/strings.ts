/**
 * Every string the interface shows, in one place so that another language can
 * be added beside Swedish. Content text comes from the API, not from here.
 */
export const strings = {
  siteName: 'Rättsläget',
  siteTagline: 'Nyheter om brott, domstolar och lagar',
  siteDescription: 'Rättsläget bevakar domstolar, myndigheter och rättsliga frågor i Sverige.',
  skipToContent: 'Hoppa till innehållet',
  mainNav: 'Sektioner',
  home: 'Förstasidan',
  footerDemo:
    'Detta är en demonstration. Artiklarna är skrivna för att visa appen och bilderna är genererade illustrationer.',
  settings: 'Inställningar',
  theme: {
    label: 'Färgtema',
    system: 'Auto',
    light: 'Ljust',
    dark: 'Mörkt',
  },
  textSize: {
    label: 'Textstorlek',
    normal: 'Normal',
    large: 'Större',
    larger: 'Störst',
  },
  loading: 'Laddar …',
  connection: {
    offline: 'Du är offline. Det du redan har öppnat går att läsa; resten laddas när anslutningen är tillbaka.',
    online: 'Anslutningen är tillbaka.',
  },
  loadingPage: 'Sidan laddas',
  offlineCopy: {
    title: 'Sparad kopia.',
    savedAt: 'Hämtad',
    explanation: 'Servern går inte att nå, så du läser versionen som sparades på den här enheten.',
  },
  update: {
    ready: 'En ny version av Rättsläget finns.',
    reload: 'Ladda om sidan',
  },
  article: {
    by: 'Av',
    published: 'Publicerad',
    updated: 'Uppdaterad',
    correction: 'Rättelse',
    corrections: 'Rättelser',
    readingTime: (minutes: number) => `Lästid ${minutes} min`,
    tags: 'Ämnen',
    related: 'Läs också',
    quoteBy: 'säger',
    factBox: 'Fakta',
    chartPending: (caption: string) => `Diagram: ${caption}`,
    chartComingSoon: 'Diagrammet visas här.',
    newsletterCta: 'Anmäl dig till nyhetsbrevet',
    /** Where the comments and the tip form stand, for a reader without JavaScript. */
    engagementNeedsScript: 'Kommentarerna och tips via e-post behöver JavaScript. Artikeln och allt annat på sidan fungerar utan.',
    address: 'Artikelns adress',
  },
  stats: {
    pageTitle: 'Statistik',
    showInChart: 'visa i diagrammet',
    loading: 'Diagrammet laddas',
    openFull: 'Öppna diagrammet i helskärm',
    // The statistics pages' and charts' own strings are in strings.stats.ts.
  },
  share: {
    share: 'Dela',
    copyLink: 'Kopiera länk',
    copied: 'Länken är kopierad.',
    copyFailed: 'Kunde inte kopiera. Markera adressen och kopiera den själv:',
    headingLink: (heading: string) => `Länk till avsnittet ${heading}`,
  },
  figure: {
    caption: 'Bildtext',
    photo: 'Foto',
    credit: (name: string, agency?: string) => (agency ? `${name}/${agency}` : name),
  },
  lists: {
    latest: 'Senaste nytt',
    sections: 'Sektioner',
    moreIn: (section: string) => `Mer från ${section}`,
    section: (name: string) => name,
    tag: (name: string) => `Ämne: ${name}`,
    page: (page: number, totalPages: number) => `Sida ${page} av ${totalPages}`,
    previous: 'Föregående sida',
    next: 'Nästa sida',
    pagination: 'Sidnavigering',
    empty: 'Här finns inga artiklar ännu.',
    count: (total: number) => (total === 1 ? '1 artikel' : `${total} artiklar`),
    latestFeed: 'Rättsläget: senaste nytt (RSS)',
    sectionFeed: (name: string) => `Rättsläget: ${name} (RSS)`,
  },
  author: {
    articlesBy: (name: string) => `Artiklar av ${name}`,
    authorPage: (name: string) => `${name}, skribent`,
  },
  /** The masthead's search field; the results page's own text is in features/search/strings.ts. */
  search: 'Sök',
  saved: {
    save: 'Spara',
    saveLabel: (headline: string) => `Spara: ${headline}`,
    added: 'Sparad. Du hittar artikeln under Sparat.',
    removed: 'Borttagen från Sparat.',
    unavailable: 'Det gick inte att spara just nu. Försök igen när du är uppkopplad.',
    nav: 'Sparat',
    // The page's own strings are in strings.saved.ts.
  },
  errors: {
    notFoundTitle: 'Sidan finns inte',
    notFoundText:
      'Vi hittar ingen sida på den här adressen. Den kan ha flyttats, eller så är länken felstavad.',
    notFoundBack: 'Till förstasidan',
    removedTitle: 'Artikeln har tagits bort',
    removedText: 'Redaktionen har tagit bort artikeln som fanns på den här adressen. Den finns inte längre på Rättsläget.',
    genericTitle: 'Något gick fel',
    offlineTitle: 'Inte sparad för läsning offline',
    offline:
      'Du är offline, och den här sidan har inte öppnats på den här enheten förut. Den laddas av sig själv när anslutningen är tillbaka.',
    network: 'Vi når inte servern just nu. Kontrollera din anslutning och försök igen.',
    timeout: 'Servern svarade inte i tid. Försök igen om en stund.',
    server: 'Tjänsten har tillfälliga problem. Försök igen om en stund.',
    invalid: 'Svaret från servern gick inte att läsa. Försök igen, eller kom tillbaka senare.',
    unknown: 'Ett oväntat fel inträffade. Försök igen.',
    retry: 'Försök igen',
  },
} as const;
