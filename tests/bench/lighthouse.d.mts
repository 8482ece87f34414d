// Types for lighthouse.mjs, which the browser tests reuse.
export type LighthouseResult = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  /** what the page logged as errors (console, exceptions, failed requests), as Lighthouse saw it */
  consoleErrors: string[];
  /** ids of the pass/fail audits that failed */
  failing: string[];
};
export const ARTICLE: string;
export function median(values: number[]): number;
export function runLighthouse(url: string, executable?: string): Promise<LighthouseResult>;
