import { describe, expect, it } from 'vitest';
import { csvFromSeries, parseStatsCsv } from './parseStatsCsv';

describe('parseStatsCsv', () => {
  it('reads a table pasted from a Swedish spreadsheet: semicolons, spaces in thousands, a decimal comma, an empty cell', () => {
    const parsed = parseStatsCsv('År;Anmälda sexköp;Andel (%)\n2017;563;12,5\n\n2018;1 234;\n');
    expect(parsed).toEqual({
      ok: true,
      series: [
        { id: 'anmalda-sexkop', name: 'Anmälda sexköp', points: [{ period: '2017', value: 563 }, { period: '2018', value: 1234 }] },
        { id: 'andel', name: 'Andel (%)', points: [{ period: '2017', value: 12.5 }, { period: '2018', value: null }] },
      ],
    });
  });

  it('finds the separator of two columns despite empty lines', () => {
    expect(parseStatsCsv('År;Anmälda sexköp\n2017;563\n\n2018;840\n\n')).toMatchObject({ ok: true, series: [{ points: [{ value: 563 }, { value: 840 }] }] });
  });

  it('reads commas and tabs as separators too', () => {
    expect(parseStatsCsv('period,Mål\n2020-Q1,10\n2020-Q2,-3.5')).toMatchObject({ ok: true, series: [{ points: [{ value: 10 }, { value: -3.5 }] }] });
    expect(parseStatsCsv('period\tMål\n2020\t7')).toMatchObject({ ok: true, series: [{ name: 'Mål', points: [{ period: '2020', value: 7 }] }] });
  });

  it('names the line and the column of what it cannot read', () => {
    const parsed = parseStatsCsv('period;Anmälda brott;Lagförda\n2016;10;4\n2017;11;5\n2018;tolv;6\n2019;13\n2017;14;7');
    expect(parsed).toEqual({
      ok: false,
      errors: ["Rad 4: 'tolv' är inget tal (kolumn 2, \"Anmälda brott\").", 'Rad 5: 2 kolumner, men rubrikraden har 3.', 'Rad 6: perioden 2017 finns redan på rad 3.'],
    });
  });

  it('asks for a header and at least one series', () => {
    expect(parseStatsCsv('  \n')).toEqual({ ok: false, errors: ['Klistra in tabellen: en rubrikrad och en rad per period.'] });
    expect(parseStatsCsv('period\n2017\n2018')).toMatchObject({ ok: false, errors: [expect.stringMatching(/^Rad 1: minst två kolumner behövs/)] });
    expect(parseStatsCsv('period;A;\n2017;1;2')).toMatchObject({ ok: false, errors: ['Rad 1: kolumn 3 saknar namn.'] });
  });

  it('gives back the CSV it reads', () => {
    const parsed = parseStatsCsv('period;Anmälda sexköp;Andel\n2017;563;12,5\n2018;840;\n');
    if (!parsed.ok) throw new Error(parsed.errors.join(' '));
    expect(csvFromSeries(parsed.series)).toBe('period;Anmälda sexköp;Andel\n2017;563;12,5\n2018;840;');
    expect(parseStatsCsv(csvFromSeries(parsed.series))).toEqual(parsed);
  });
});
