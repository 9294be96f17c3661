import { describe, expect, it } from 'vitest';
import {
  cellNumber,
  cellText,
  columnDatatypes,
  invalidInput,
  parseDelimited,
  parseFilter,
  parseInput,
  readCount,
  readFrame,
  readLimits,
  sortRows,
  toDelimited,
  truncate,
} from './dataframe';

describe('dataframe data helpers', () => {
  it('reads ragged rows, missing headers, non-list rows and non-table values without throwing', () => {
    const frame = readFrame({ headers: ['a'], data: [[1, 2, 3], [4], 'x'] });
    expect(frame.headers).toEqual(['a', '2', '3']);
    expect(frame.columns).toBe(3);
    expect(frame.rows[2]).toEqual(['x']);
    expect(frame.problems.join(' ')).toMatch(/not a list/);
    expect(frame.problems.join(' ')).toMatch(/2 of 3 rows have a different number of cells/);
    expect(readFrame('oops').problems[0]).toMatch(/not a table/);
    expect(readFrame(null)).toEqual({ headers: [], rows: [], columns: 0, problems: [] });
    expect(readFrame({ headers: [], data: [] }).columns).toBe(0);
    expect(readFrame([[1, 2]]).columns).toBe(2);
  });

  it('datatypes: one for all, per column, auto inferred from the cells', () => {
    const rows = [
      [1, true, 'a'],
      [Number.NaN, false, 2],
    ];
    expect(columnDatatypes('number', 2, rows)).toEqual(['number', 'number']);
    expect(columnDatatypes(['markdown', 'bogus'], 3, rows)).toEqual(['markdown', 'str', 'str']);
    expect(columnDatatypes('auto', 3, rows)).toEqual(['number', 'bool', 'str']);
    expect(columnDatatypes(['auto', 'auto', 'auto'], 3, [['NaN', 1, null]])).toEqual(['number', 'number', 'str']);
  });

  it('NaN and infinities as numbers or as the strings servers send', () => {
    expect(cellText(Number.NaN)).toBe('NaN');
    expect(cellText(Number.POSITIVE_INFINITY)).toBe('inf');
    expect(cellText('-Infinity', 'number')).toBe('-inf');
    expect(cellText('Infinity', 'str')).toBe('Infinity');
    expect(cellText(null)).toBe('');
    expect(cellText({ url: 'http://x/a.png' })).toBe('http://x/a.png');
    expect(cellNumber(' 2.5 ')).toBe(2.5);
    expect(cellNumber('abc')).toBeNull();
    expect(cellNumber('inf')).toBe(Number.POSITIVE_INFINITY);
  });

  it('sorts numbers numerically, text naturally, empty and NaN last in both directions; stable', () => {
    const rows = [[10], [2], [null], [Number.NaN], [2], [-1]];
    const all = rows.map((_, i) => i);
    expect(sortRows(rows, all, 0, 'asc', 'number')).toEqual([5, 1, 4, 0, 2, 3]);
    expect(sortRows(rows, all, 0, 'desc', 'number')).toEqual([0, 1, 4, 5, 2, 3]);
    const text = [['b10'], ['b2'], ['A1']];
    expect(sortRows(text, [0, 1, 2], 0, 'asc', 'str')).toEqual([2, 1, 0]);
    const mixed = [['x'], [3], ['1']];
    expect(sortRows(mixed, [0, 1, 2], 0, 'asc', 'number')).toEqual([2, 1, 0]);
    const dates = [['2024-03-01'], ['2023-12-31'], ['2024-01-15']];
    expect(sortRows(dates, [0, 1, 2], 0, 'asc', 'date')).toEqual([1, 2, 0]);
  });

  it('sorts repeated texts by the collator: texts it calls equal keep their row order, in both directions', () => {
    const rows = [['b'], ['B'], ['a'], [''], ['b'], ['item 10'], ['item 9'], ['A'], [7]];
    const all = rows.map((_, i) => i);
    // `a`/`A` and `b`/`B` compare equal (base sensitivity): stable by row; numeric parts compare as numbers.
    expect(sortRows(rows, all, 0, 'asc', 'str')).toEqual([8, 2, 7, 0, 1, 4, 6, 5, 3]);
    expect(sortRows(rows, all, 0, 'desc', 'str')).toEqual([5, 6, 0, 1, 4, 2, 7, 8, 3]);
    // The same order as comparing every pair with the collator, on many repeated values.
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    const words = ['Zeta', 'alpha', 'Alpha', 'beta 2', 'beta 10', 'é', 'e', 'E', 'x-1', 'x_1', ' '];
    const many = Array.from({ length: 500 }, (_, i) => [words[(i * 7) % words.length]]);
    const byPairs = many.map((_, i) => i).sort((a, b) => collator.compare(many[a][0], many[b][0]) || a - b);
    expect(sortRows(many, many.map((_, i) => i), 0, 'asc', 'str')).toEqual(byPairs);
  });

  it('filters: comparisons on numbers and dates, equality, contains', () => {
    const gt = parseFilter('>5', 'number');
    expect([1, 5, 6, 'inf'].map((n) => gt?.test(n, cellText(n)))).toEqual([false, false, true, true]);
    expect(parseFilter('<=2024-01-01', 'date')?.test('2023-05-01', '2023-05-01')).toBe(true);
    expect(parseFilter('=abc', 'str')?.test('ABC', 'ABC')).toBe(true);
    expect(parseFilter('=abc', 'str')?.test('abcd', 'abcd')).toBe(false);
    expect(parseFilter('ell', 'str')?.test('Hello', 'Hello')).toBe(true);
    expect(parseFilter('  ', 'str')).toBeNull();
    expect(parseFilter('>x', 'number')?.test('a>x', 'a>x')).toBe(true);
  });

  it('counts and limits of 5.14 and 6.x', () => {
    expect(readCount([3, 'fixed'], 1)).toEqual({ n: 3, fixed: true });
    expect(readCount([2, 'dynamic'], 1)).toEqual({ n: 2, fixed: false });
    expect(readCount(4, 1)).toEqual({ n: 4, fixed: false });
    expect(readCount(null, 3)).toEqual({ n: 3, fixed: false });
    expect(readLimits([1, 5], { n: 2, fixed: false }, 2)).toEqual({ min: 1, max: 5 });
    expect(readLimits([null, 5], { n: 2, fixed: false }, 2)).toEqual({ min: 0, max: 5 });
    expect(readLimits(null, { n: 2, fixed: true }, 4)).toEqual({ min: 4, max: 4 });
  });

  it('TSV and CSV round trips with quotes, delimiters and line breaks', () => {
    const cells = [
      ['a', 'b\tc', 'say "hi"'],
      ['line\nbreak', '', '3'],
    ];
    expect(parseDelimited(toDelimited(cells))).toEqual(cells);
    expect(parseDelimited(toDelimited(cells, ','))).toEqual(cells);
    expect(parseDelimited('1,2\r\n3,4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseDelimited('one\ntwo')).toEqual([['one'], ['two']]);
    expect(parseDelimited('')).toEqual([]);
  });

  it('typed input: validation messages and stored values by datatype', () => {
    expect(invalidInput('12a', 'number')).toBe('"12a" is not a number.');
    expect(invalidInput('nan', 'number')).toBeNull();
    expect(invalidInput('not a date', 'date')).toMatch(/not a date/);
    expect(invalidInput('anything', 'str')).toBeNull();
    expect(parseInput('4.5', 'number')).toBe(4.5);
    expect(parseInput('', 'number')).toBeNull();
    expect(parseInput('TRUE', 'bool')).toBe(true);
    expect(parseInput('x', 'markdown')).toBe('x');
    expect(truncate('abcdef', 3)).toBe('abc…');
    expect(truncate('abc', null)).toBe('abc');
  });
});
