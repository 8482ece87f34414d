// Types for bundle.mjs, which the budget test reuses.
export type RouteSize = { route: string; chunks: { file: string; kb: number }[]; jsKb: number; cssKb: number };
export const BUDGET: { routeJsKb: number; untouchedJsKb: number; cssKb: number };
export const ARTICLE_ROUTE: string;
export const ROUTES: Record<string, string>;
export function missingRoutes(): string[];
export function measure(): RouteSize[];
export function budgetTable(routes: RouteSize[]): string;
export const PAGES: [string, string][];
export type PageScripts = { name: string; path: string; initialKb: number; laterKb: number; initial: string[]; later: string[] };
export function measureInBrowser(origin: string, options?: { scroll?: boolean }): Promise<PageScripts[]>;
