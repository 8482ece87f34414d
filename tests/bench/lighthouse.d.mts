// Types for lighthouse.mjs, which the browser tests reuse.
export type LighthouseResult = {
  /** category scores, 0–100; null for a category left out of the run */
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  /** Lighthouse's measure of the machine's speed in this run (higher is faster) */
  benchmarkIndex: number | null;
  /** our scripts (the page's origin) as bootup-time counts them: scripting + parse and compile, per file */
  bootup: { file: string; ms: number }[];
  /** paths of the scripts from the page's origin fetched during the load, with no interaction */
  scripts: string[];
  /** what the page logged as errors (console, exceptions, failed requests), as Lighthouse saw it */
  consoleErrors: string[];
  /** ids of the pass/fail audits that failed */
  failing: string[];
};
export type LighthouseCategory = 'performance' | 'accessibility' | 'best-practices' | 'seo';
export type Proxy = { origin: string; close: () => Promise<void> };
export const ARTICLE: string;
export function median(values: number[]): number;
export function runLighthouse(url: string, options?: { chromePath?: string; categories?: LighthouseCategory[] }): Promise<LighthouseResult>;
export function startProxy(upstream: string, options?: { strip?: string[] }): Promise<Proxy>;
