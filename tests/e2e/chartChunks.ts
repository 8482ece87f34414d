import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './buildApp';

const dist = path.join(DIST, 'client');

type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean; isDynamicEntry?: boolean }>;

/** The built files that only the chart (Recharts) needs: its chunk and what it alone imports. */
export function chartOnlyFiles(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const reach = (key: string, seen = new Set<string>()) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return seen;
    seen.add(key);
    for (const dep of chunk.imports ?? []) reach(dep, seen);
    return seen;
  };
  const CHART = 'src/features/stats/components/TrendChart.tsx';
  const elsewhere = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (key !== CHART && (chunk.isEntry || chunk.isDynamicEntry)) reach(key, elsewhere);
  }
  return [...reach(CHART)].filter((key) => !elsewhere.has(key)).map((key) => manifest[key]!.file);
}
