import Papa from 'papaparse';
import type { StatsSet } from './schema';

// A statistics set's numbers as CSV pasted in the newsroom: a header row (the period
// column, then one column per series) and a row per period. Semicolons (as Swedish
// spreadsheets write), commas and tabs all work; "1 234,5" is a number. The same parser
// runs in the newsroom's live preview and on the server, so the errors are the same.

type Series = StatsSet['series'][number];

export type ParsedCsv = { ok: true; series: Series[] } | { ok: false; errors: string[] };

const MAX_ROWS = 2000;
const MAX_SERIES = 12;
const MAX_ERRORS = 10;

const MISSING = new Set(['', '-', '–', '—', '..', 'NA', 'saknas']);

const seriesId = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'serie';

/** A cell as a number: spaces as thousands separators, a decimal comma unless commas separate the cells. */
function cellNumber(cell: string, delimiter: string): number | null | undefined {
  const trimmed = cell.trim();
  if (MISSING.has(trimmed)) return null;
  let plain = trimmed.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (delimiter !== ',') plain = plain.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : undefined;
}

export function parseStatsCsv(text: string): ParsedCsv {
  const input = text.replace(/^\uFEFF/, '');
  // The separator is guessed without the empty lines (which would count as rows of one column), then every line is read.
  const { delimiter } = Papa.parse<string[]>(input, { delimitersToGuess: [';', '\t', ',', '|'], skipEmptyLines: 'greedy', preview: 50 }).meta;
  const result = Papa.parse<string[]>(input, { delimiter, skipEmptyLines: false });
  const errors: string[] = [];
  const fail = (message: string) => errors.length < MAX_ERRORS && errors.push(message);
  // Lines as the editor numbers them: the first is 1 (a quoted line break would shift them; periods never have one).
  const lines = result.data.map((cells, index) => ({ line: index + 1, cells })).filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  const [header, ...rows] = lines;
  if (!header) return { ok: false, errors: ['Klistra in tabellen: en rubrikrad och en rad per period.'] };
  const names = header.cells.slice(1).map((name) => name.trim());
  if (names.length === 0) return { ok: false, errors: [`Rad ${header.line}: minst två kolumner behövs, perioden och en serie (skilj kolumnerna med semikolon, komma eller tabb).`] };
  if (names.length > MAX_SERIES) fail(`Rad ${header.line}: högst ${MAX_SERIES} serier.`);
  const ids = new Map<string, number>();
  names.forEach((name, i) => {
    const column = i + 2;
    if (!name) return fail(`Rad ${header.line}: kolumn ${column} saknar namn.`);
    const id = seriesId(name);
    const earlier = ids.get(id);
    if (earlier !== undefined) fail(`Rad ${header.line}: kolumn ${column} heter som kolumn ${earlier} ("${name}").`);
    else ids.set(id, column);
  });
  if (rows.length === 0) fail('Tabellen har inga rader med siffror under rubrikraden.');
  if (rows.length > MAX_ROWS) fail(`Högst ${MAX_ROWS} rader.`);
  const seen = new Map<string, number>();
  const series: Series[] = names.map((name) => ({ id: seriesId(name), name, points: [] }));
  for (const { line, cells } of rows.slice(0, MAX_ROWS)) {
    const period = cells[0]?.trim() ?? '';
    if (cells.length !== header.cells.length) {
      fail(`Rad ${line}: ${cells.length} kolumner, men rubrikraden har ${header.cells.length}.`);
      continue;
    }
    if (!period) fail(`Rad ${line}: perioden saknas.`);
    else if (period.length > 40) fail(`Rad ${line}: perioden är för lång.`);
    else if (seen.has(period)) fail(`Rad ${line}: perioden ${period} finns redan på rad ${seen.get(period)}.`);
    seen.set(period, seen.get(period) ?? line);
    cells.slice(1).forEach((cell, i) => {
      const value = cellNumber(cell, delimiter);
      if (value === undefined) fail(`Rad ${line}: '${cell.trim()}' är inget tal (kolumn ${i + 2}, "${names[i]}").`);
      else series[i]?.points.push({ period, value });
    });
  }
  return errors.length ? { ok: false, errors } : { ok: true, series };
}

/** A set's numbers as the CSV the newsroom edits: semicolons, a decimal comma, an empty cell where a value is missing. */
export function csvFromSeries(series: Series[]): string {
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))];
  const quote = (cell: string) => (/[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const value = (s: Series, period: string) => {
    const found = s.points.find((p) => p.period === period)?.value;
    return found === null || found === undefined ? '' : String(found).replace('.', ',');
  };
  return [['period', ...series.map((s) => s.name)], ...periods.map((period) => [period, ...series.map((s) => value(s, period))])].map((row) => row.map(quote).join(';')).join('\n');
}
