import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../../../tests/helpers/axe';
import { xssVectors } from '../../../tests/helpers/xss-vectors';
import { applyTheme } from '../../themes';

/** `datatype` is also an HTML attribute typed `string` in JSX; the element takes a list too. */
const dt = (types: string | string[]) => types as string;

const value = {
  headers: ['name', 'score', 'ok', 'when', 'notes', 'markup'],
  data: [
    ['alpha', 1.5, true, '2024-01-02', '**bold**', '<b>b</b>'],
    ['beta', 22.25, false, '2024-02-03', '[link](https://gradio.app)', '<i>i</i>'],
    ['gamma', -3, true, '2024-03-04', '`code`', 'plain'],
  ],
  metadata: null,
};
const types = ['str', 'number', 'bool', 'date', 'markdown', 'html'];

const grid = (root: HTMLElement) => root.querySelector<HTMLElement>('[role="grid"]')!;
const activeCell = (root: HTMLElement) => {
  const id = grid(root).getAttribute('aria-activedescendant');
  return id ? root.querySelector<HTMLElement>(`[id="${id}"]`) : null;
};
const df = (root: HTMLElement) => root as HTMLGrDataframeElement;

describe('gr-dataframe in Chromium', () => {
  it('has no axe violations, light and dark, static and interactive, with search and row numbers', async () => {
    for (const mode of ['light', 'dark'] as const) {
      const { root } = await render(
        <div>
          <gr-dataframe value={value} datatype={dt(types)} label="Static" />
          <gr-dataframe value={value} datatype={dt(types)} label="Editable" interactive showSearch="filter" showRowNumbers pinnedColumns={1} />
          <gr-dataframe value={{ headers: [], data: [] }} label="Empty" />
        </div>,
      );
      const theme = applyTheme(root, 'default', { mode });
      // The page behind the (container-less) block, as in an app.
      root.style.background = 'var(--body-background-fill)';
      (root.querySelectorAll('gr-dataframe')[1].querySelector('[role="grid"]') as HTMLElement).focus();
      await userEvent.keyboard('{ArrowDown}{Shift>}{ArrowRight}{/Shift}');
      expect(await axeViolations(root)).toEqual([]);
      theme.remove();
    }
  });

  it('virtualization: 100,000 rows render only the rows in view; scrolling brings others', async () => {
    const many = { headers: ['i', 'sq'], data: Array.from({ length: 100_000 }, (_, i) => [i, i * i]) };
    const { root } = await render(<gr-dataframe value={many} datatype="number" maxHeight={400} />);
    const rows = () => root.querySelectorAll('.body .row');
    await vi.waitFor(() => expect(rows().length).toBeGreaterThan(5));
    expect(rows().length).toBeLessThan(40);
    expect(grid(root).getAttribute('aria-rowcount')).toBe('100001');
    grid(root).scrollTop = grid(root).scrollHeight / 2;
    await vi.waitFor(() => expect(Number(rows()[0]?.getAttribute('aria-rowindex'))).toBeGreaterThan(45_000));
    expect(rows().length).toBeLessThan(40);
    // Each rendered row shows its own data, and the rows in view are the ones rendered.
    for (const row of rows()) expect(row.querySelector('[role="gridcell"]')?.textContent).toBe(String(Number(row.getAttribute('aria-rowindex')) - 2));
    const box = grid(root).getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + 20, box.top + box.height / 2)?.closest('[role="row"]');
    expect(hit && Array.from(rows()).includes(hit as Element)).toBe(true);
  });

  it('scrolling keeps the rows that stay in view (same elements, not rewritten), in order, down and up', async () => {
    const many = { headers: ['i', 'sq'], data: Array.from({ length: 100_000 }, (_, i) => [i, i * i]) };
    const { root } = await render(<gr-dataframe value={many} datatype="number" maxHeight={400} />);
    const rows = () => Array.from(root.querySelectorAll<HTMLElement>('.body .row'));
    const index = (row: Element) => Number(row.getAttribute('aria-rowindex'));
    const rowAt = (i: number) => rows().find((row) => index(row) === i);
    const consistent = () => {
      const shown = rows();
      // In document order, consecutive, each showing its own data: what a screen reader walks is what is seen.
      shown.forEach((row, k) => {
        expect(index(row)).toBe(index(shown[0]) + k);
        expect(row.querySelector('[role="gridcell"]')?.textContent).toBe(String(index(row) - 2));
      });
    };
    await vi.waitFor(() => expect(rows().length).toBeGreaterThan(5));
    const watched = rowAt(12) as HTMLElement;
    const written: MutationRecord[] = [];
    const observer = new MutationObserver((records) => written.push(...records.filter((record) => watched.contains(record.target))));
    observer.observe(grid(root), { subtree: true, childList: true, characterData: true, attributes: true });
    const rowHeight = watched.getBoundingClientRect().height;
    for (const [to, first] of [
      [4, 0],
      [8, 2],
    ] as const) {
      grid(root).scrollTop = to * rowHeight;
      await vi.waitFor(() => expect(index(rows()[0])).toBeGreaterThan(first));
      expect(rowAt(12)).toBe(watched);
      consistent();
    }
    observer.disconnect();
    expect(written).toEqual([]);
    // Far down (beyond the kept gaps) and back up: the window starts over and fills in above.
    for (const to of [5_000, 4_990, 60_000, 0]) {
      grid(root).scrollTop = to * rowHeight;
      await vi.waitFor(() => expect(Math.abs(index(rows()[0]) - 2 - Math.max(0, to - 6))).toBeLessThanOrEqual(1));
      consistent();
      expect(rows().length).toBeLessThan(40);
      expect(root.querySelector('.window')?.childElementCount).toBeLessThan(450);
    }
  });

  it('a row kept from the last render shows every change of what it draws from: value, datatype, selection, props', async () => {
    const small = { headers: ['a', 'b'], data: [[1, 'one'], [2, 'two'], [3, 'three']] };
    const { root } = await render(<gr-dataframe value={small} datatype={dt(['number', 'str'])} buttons={[]} />);
    const el = df(root);
    const cells = () => Array.from(root.querySelectorAll<HTMLElement>('.body [role="gridcell"]'));
    const texts = () => cells().map((cell) => cell.textContent);
    await vi.waitFor(() => expect(texts()).toEqual(['1', 'one', '2', 'two', '3', 'three']));
    // A new value of the same shape: the same rows, new data.
    el.value = { headers: ['a', 'b'], data: [[4, 'four'], [5, 'five'], [6, 'six']], metadata: null };
    await vi.waitFor(() => expect(texts()).toEqual(['4', 'four', '5', 'five', '6', 'six']));
    // A Styler's display text and CSS arrive with a value.
    el.value = { ...el.value, metadata: { display_value: [['4.0', 'FOUR'], ['5.0', 'FIVE'], ['6.0', 'SIX']], styling: [['color: red', ''], ['', ''], ['', '']] } };
    await vi.waitFor(() => expect(texts()).toEqual(['4.0', 'FOUR', '5.0', 'FIVE', '6.0', 'SIX']));
    expect(cells()[0].style.color).toBe('red');
    // Another datatype for the same data.
    el.datatype = dt(['str', 'str']);
    await vi.waitFor(() => expect(cells()[0].classList.contains('type-str')).toBe(true));
    // Selection: the active cell and a range across rows, then elsewhere; rows left behind lose their marks.
    grid(root).focus();
    await userEvent.keyboard('{ArrowDown}{Shift>}{ArrowRight}{ArrowDown}{/Shift}');
    await vi.waitFor(() => expect(cells().map((cell) => cell.getAttribute('aria-selected'))).toEqual(['false', 'false', 'true', 'true', 'true', 'true']));
    await userEvent.keyboard('{ArrowUp}');
    await vi.waitFor(() => expect(cells().map((cell) => cell.getAttribute('aria-selected'))).toEqual(['false', 'false', 'false', 'true', 'false', 'false']));
    expect(cells().filter((cell) => cell.classList.contains('active'))).toEqual([cells()[3]]);
    // Props every row reads: max_chars, interactive and static columns, row numbers.
    el.maxChars = 2;
    await vi.waitFor(() => expect(texts()[1]).toBe('FO…'));
    el.interactive = true;
    el.staticColumns = [0];
    await vi.waitFor(() => expect(cells()[0].getAttribute('aria-readonly')).toBe('true'));
    expect(cells()[1].getAttribute('aria-readonly')).toBeNull();
    el.showRowNumbers = true;
    await vi.waitFor(() => expect(root.querySelectorAll('.body [role="rowheader"]').length).toBe(3));
  });

  it('keyboard: arrows, Home/End, Ctrl+End, PageDown move the active cell and emit gr-select', async () => {
    const many = { headers: ['a', 'b', 'c'], data: Array.from({ length: 1000 }, (_, i) => [i, `r${i}`, i % 2 === 0]) };
    const { root } = await render(<gr-dataframe value={many} datatype={dt(['number', 'str', 'bool'])} maxHeight={300} buttons={[]} />);
    const selects: unknown[] = [];
    root.addEventListener('gr-select', (e) => selects.push((e as CustomEvent).detail));
    await userEvent.tab();
    expect(document.activeElement).toBe(grid(root));
    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    await vi.waitFor(() => expect(activeCell(root)?.textContent).toBe('r1'));
    expect(selects.at(-1)).toMatchObject({ index: [1, 1], value: 'r1', row_value: [1, 'r1', false], selected: true });
    expect((selects.at(-1) as { col_value: unknown[] }).col_value).toHaveLength(1000);
    await userEvent.keyboard('{End}');
    await vi.waitFor(() => expect(activeCell(root)?.getAttribute('aria-colindex')).toBe('3'));
    await userEvent.keyboard('{Home}');
    await vi.waitFor(() => expect(activeCell(root)?.textContent).toBe('1'));
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await vi.waitFor(() => expect(activeCell(root)?.closest('[role="row"]')?.getAttribute('aria-rowindex')).toBe('1001'));
    await userEvent.keyboard('{Control>}{Home}{/Control}{PageDown}');
    await vi.waitFor(() => expect(Number(activeCell(root)?.textContent)).toBeGreaterThan(3));
    // Up from the first row reaches the header; Enter there sorts.
    await userEvent.keyboard('{Control>}{Home}{/Control}{ArrowUp}{Enter}{Enter}');
    await vi.waitFor(() => expect(root.querySelector('[role="columnheader"][aria-sort]')?.getAttribute('aria-sort')).toBe('descending'));
    expect(root.querySelector('.body .row [role="gridcell"]')?.textContent).toBe('999');
  });

  it('editing: Enter edits, typing replaces, Escape cancels, Tab commits and moves; gr-edit, gr-input, gr-change', async () => {
    const { root } = await render(<gr-dataframe value={structuredClone(value)} datatype={dt(types)} interactive />);
    const events: [string, unknown][] = [];
    for (const name of ['gr-edit', 'gr-input', 'gr-change']) root.addEventListener(name, (e) => events.push([name, (e as CustomEvent).detail]));
    grid(root).focus();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    const editor = () => root.querySelector<HTMLInputElement>('.cell-editor');
    await vi.waitFor(() => expect(document.activeElement).toBe(editor()));
    expect(editor()?.value).toBe('beta');
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(editor()).toBeNull());
    expect(events).toEqual([]);
    await userEvent.keyboard('z');
    await vi.waitFor(() => expect(editor()?.value).toBe('z'));
    await userEvent.keyboard('eta{Tab}');
    await vi.waitFor(() => expect(df(root).value?.data[1][0]).toBe('zeta'));
    expect(events.map(([name]) => name)).toEqual(['gr-input', 'gr-change', 'gr-edit']);
    expect(events[2][1]).toEqual({ index: [1, 0], value: 'zeta', previous_value: 'beta' });
    // Tab moved to the number column: a bad number is refused with a message, a good one stored as a number.
    await vi.waitFor(() => expect(activeCell(root)?.textContent).toBe('22.25'));
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(document.activeElement).toBe(editor()));
    await userEvent.keyboard('{Control>}a{/Control}12x{Enter}');
    await vi.waitFor(() => expect(root.querySelector('.notice')?.textContent).toContain('"12x" is not a number.'));
    expect(editor()).not.toBeNull();
    await userEvent.keyboard('{Backspace}{Enter}');
    await vi.waitFor(() => expect(df(root).value?.data[1][1]).toBe(12));
    // Space toggles a bool cell; Ctrl+Z undoes the last edit.
    await userEvent.keyboard('{ArrowUp}{ArrowRight}');
    await vi.waitFor(() => expect(activeCell(root)?.getAttribute('aria-colindex')).toBe('3'));
    await userEvent.keyboard(' ');
    await vi.waitFor(() => expect(df(root).value?.data[1][2]).toBe(true));
    await userEvent.keyboard('{Control>}z{/Control}');
    await vi.waitFor(() => expect(df(root).value?.data[1][2]).toBe(false));
    expect(df(root).value?.data[1][1]).toBe(12);
  });

  it('double-click edits; static columns do not; a header double-click renames', async () => {
    const { root } = await render(<gr-dataframe value={structuredClone(value)} datatype={dt(types)} interactive staticColumns={[1]} />);
    const cells = () => root.querySelectorAll<HTMLElement>('.body .row:first-child [role="gridcell"]');
    await userEvent.dblClick(cells()[1]);
    expect(root.querySelector('.cell-editor')).toBeNull();
    expect(cells()[1].getAttribute('aria-readonly')).toBe('true');
    await userEvent.dblClick(cells()[0]);
    await vi.waitFor(() => expect(document.activeElement).toBe(root.querySelector('.cell-editor')));
    await userEvent.keyboard('{Control>}a{/Control}omega{Enter}');
    await vi.waitFor(() => expect(df(root).value?.data[0][0]).toBe('omega'));
    await userEvent.dblClick(root.querySelectorAll<HTMLElement>('[role="columnheader"]')[0]);
    await vi.waitFor(() => expect(document.activeElement).toBe(root.querySelector('.cell-editor')));
    await userEvent.keyboard('{Control>}a{/Control}label{Enter}');
    await vi.waitFor(() => expect(df(root).value?.headers[0]).toBe('label'));
  });

  it('copy a range as TSV and paste TSV / CSV from spreadsheets, adding rows within the limit', async () => {
    const { root } = await render(
      <gr-dataframe value={{ headers: ['a', 'b'], data: [[1, 'x'], [2, 'y']] }} datatype={dt(['number', 'str'])} interactive rowLimits={[null, 3]} />,
    );
    grid(root).focus();
    await userEvent.keyboard('{ArrowDown}{Shift>}{ArrowRight}{ArrowUp}{/Shift}');
    const copy = new ClipboardEvent('copy', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true });
    grid(root).dispatchEvent(copy);
    expect(copy.clipboardData?.getData('text/plain')).toBe('1\tx\n2\ty');
    await userEvent.keyboard('{ArrowDown}{ArrowLeft}');
    const data = new DataTransfer();
    data.setData('text/plain', '7\t"q\tr"\n8\tz\n9\tw\n10\tv\n');
    grid(root).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(df(root).value?.data).toEqual([[1, 'x'], [7, 'q\tr'], [8, 'z']]));
    await vi.waitFor(() => expect(root.querySelector('.notice')?.textContent).toMatch(/did not fit \(at most 3 rows\)/));
    const csv = new DataTransfer();
    csv.setData('text/plain', 'abc,def');
    grid(root).dispatchEvent(new ClipboardEvent('paste', { clipboardData: csv, bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(root.querySelector('.notice')?.textContent).toMatch(/"abc" is not a number/));
    expect(df(root).value?.data[1]).toEqual([7, 'def']);
  });

  it('XSS: markdown and html cells, headers and Styler CSS run nothing', async () => {
    const ran: string[] = [];
    const w = window as unknown as { __xss?: (name: string) => void };
    w.__xss = (name) => ran.push(name);
    const rows = xssVectors.map(({ payload }) => [payload, payload, payload]);
    const { root } = await render(
      <gr-dataframe
        value={{
          headers: [xssVectors[1].payload, 'b', 'c'],
          data: rows,
          metadata: { styling: rows.map(() => ['', '', "background:url(javascript:window.__xss('css'))"]) },
        }}
        datatype={dt(['markdown', 'html', 'str'])}
        maxHeight={5000}
      />,
    );
    await vi.waitFor(() => expect(root.querySelectorAll('.body .row').length).toBe(rows.length));
    expect(root.querySelector('script, iframe, object, embed, [onerror], [onload]')).toBeNull();
    expect(root.querySelector('[role="columnheader"] img')).toBeNull();
    expect(ran).toEqual([]);
    // Safe markup still renders.
    expect(root.querySelector('[role="gridcell"] a[href^="javascript"]')).toBeNull();
  });

  it('markdown cells typeset LaTeX between the delimiters once KaTeX has loaded', async () => {
    const { root } = await render(
      <gr-dataframe value={{ headers: ['f'], data: [['area $$\\pi r^2$$']] }} datatype="markdown" latexDelimiters={[{ left: '$$', right: '$$', display: false }]} />,
    );
    await vi.waitFor(() => expect(root.querySelector('[role="gridcell"] math msup')).not.toBeNull());
  });

  it('markdown and html cells render formatted text', async () => {
    const { root } = await render(<gr-dataframe value={value} datatype={dt(types)} />);
    const cells = root.querySelectorAll('.body .row:first-child [role="gridcell"]');
    expect(cells[4].querySelector('strong')?.textContent).toBe('bold');
    expect(cells[5].querySelector('b')?.textContent).toBe('b');
    expect(root.querySelector('.body .row:nth-child(2) [role="gridcell"]:nth-child(5) a')?.getAttribute('rel')).toContain('noopener');
  });

  it('rows taller than one line (wrapped text): the table learns their height, so the last row can be scrolled to', async () => {
    const long = 'a long note that wraps onto several lines in a narrow column '.repeat(3);
    const tall = { headers: ['i', 'note'], data: Array.from({ length: 2_000 }, (_, i) => [i, long]) };
    const { root } = await render(
      <div style={{ width: '320px' }}>
        <gr-dataframe value={tall} datatype={dt(['number', 'str'])} wrap maxHeight={400} />
      </div>,
    );
    const rows = () => root.querySelectorAll<HTMLElement>('.body .row');
    await vi.waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const rowHeight = rows()[0].offsetHeight;
    expect(rowHeight).toBeGreaterThan(60);
    // The body's height is what the rows take, not 2,000 times one line's height.
    const body = root.querySelector<HTMLElement>('.body')!;
    await vi.waitFor(() => expect(Math.abs(body.offsetHeight - 2_000 * rowHeight)).toBeLessThan(2_000 * 2));
    grid(root).scrollTop = grid(root).scrollHeight;
    await vi.waitFor(() => expect(Array.from(rows()).some((row) => row.getAttribute('aria-rowindex') === '2001')).toBe(true));
    const last = Array.from(rows()).find((row) => row.getAttribute('aria-rowindex') === '2001')!;
    const box = grid(root).getBoundingClientRect();
    const lastBox = last.getBoundingClientRect();
    expect(lastBox.bottom).toBeLessThanOrEqual(box.bottom + 1);
    expect(lastBox.top).toBeGreaterThanOrEqual(box.top);
  });

  it('wrap, pinned columns, fullscreen with Escape, and many columns virtualized', async () => {
    const wide = { headers: Array.from({ length: 200 }, (_, i) => `c${i}`), data: Array.from({ length: 50 }, (_, r) => Array.from({ length: 200 }, (_, c) => r * c)) };
    const { root } = await render(<gr-dataframe value={wide} pinnedColumns={1} datatype="number" />);
    const firstRowCells = () => root.querySelectorAll('.body .row:first-child [role="gridcell"]');
    await vi.waitFor(() => expect(firstRowCells().length).toBeGreaterThan(3));
    expect(firstRowCells().length).toBeLessThan(30);
    grid(root).scrollLeft = 150 * 150;
    await vi.waitFor(() => expect(Array.from(firstRowCells()).some((cell) => cell.getAttribute('aria-colindex') === '151')).toBe(true));
    // The pinned first column stays.
    expect(firstRowCells()[0].getAttribute('aria-colindex')).toBe('1');
    expect(getComputedStyle(firstRowCells()[0]).position).toBe('sticky');
    const full = root.querySelector<HTMLButtonElement>('button[aria-label="Fullscreen"]')!;
    full.click();
    await vi.waitFor(() => expect(getComputedStyle(root.querySelector('.block')!).position).toBe('fixed'));
    grid(root).focus();
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(getComputedStyle(root.querySelector('.block')!).position).not.toBe('fixed'));
  });
});
