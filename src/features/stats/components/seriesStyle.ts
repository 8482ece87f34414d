/**
 * How each series is drawn, by its position in the data: a colour from a
 * colour-blind-safe palette (Okabe–Ito, set in CSS as --series-N), and a dash
 * pattern and marker shape so that colour is never the only cue.
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

const SERIES_STYLES: { dash?: string; marker: MarkerShape }[] = [
  { marker: 'circle' },
  { dash: '7 4', marker: 'square' },
  { dash: '2 3', marker: 'triangle' },
  { dash: '10 3 2 3', marker: 'diamond' },
];

export function seriesStyle(index: number) {
  const style = SERIES_STYLES[index % SERIES_STYLES.length] ?? SERIES_STYLES[0]!;
  return { ...style, className: `series-${(index % SERIES_STYLES.length) + 1}` };
}

/** SVG path for a marker of `size` centred on (x, y). */
export function markerPath(shape: MarkerShape, x: number, y: number, size: number): string {
  const r = size;
  switch (shape) {
    case 'circle':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    case 'square':
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}z`;
    case 'triangle':
      return `M${x},${y - r * 1.2}L${x + r * 1.1},${y + r * 0.9}L${x - r * 1.1},${y + r * 0.9}z`;
    case 'diamond':
      return `M${x},${y - r * 1.3}L${x + r * 1.1},${y}L${x},${y + r * 1.3}L${x - r * 1.1},${y}z`;
  }
}
