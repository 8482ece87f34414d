// Types for bundle.mjs, which the budget test reuses.
export type RouteSize = { route: string; chunks: { file: string; kb: number }[]; jsKb: number; cssKb: number };
export const BUDGET: { routeJsKb: number; articleJsKb: number; cssKb: number };
export const ARTICLE_ROUTE: string;
export const ROUTES: Record<string, string>;
export function missingRoutes(): string[];
export function measure(): RouteSize[];
export function budgetTable(routes: RouteSize[]): string;
