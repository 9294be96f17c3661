import { describe, expect, h, it, render } from '@stencil/vitest';
import { loadKitWords } from '../../utils/i18n';

/** `datatype` is also an HTML attribute typed `string` in JSX; the element takes a list too. */
const dt = (types: string | string[]) => types as string;

const value = {
  headers: ['name', 'n', 'ok'],
  data: [
    ['b', 10, true],
    ['a', 2, false],
    ['c', null, true],
  ],
  metadata: null,
};

const bodyText = (root: HTMLElement) =>
  Array.from(root.querySelectorAll('.body .row')).map((row) =>
    Array.from(row.querySelectorAll('[role="gridcell"]')).map((cell) => cell.textContent),
  );

describe('gr-dataframe', () => {
  it('renders headers, rows and ARIA grid semantics', async () => {
    const { root } = await render(<gr-dataframe value={value} datatype={dt(['str', 'number', 'bool'])} label="Scores" />);
    const grid = root.querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-rowcount')).toBe('4');
    expect(grid.getAttribute('aria-colcount')).toBe('3');
    expect(root.querySelector(`#${grid.getAttribute('aria-labelledby')}`)?.textContent).toBe('Scores');
    expect(Array.from(root.querySelectorAll('[role="columnheader"]')).map((h) => h.querySelector('.header-text')?.textContent)).toEqual([
      'name',
      'n',
      'ok',
    ]);
    expect(bodyText(root)).toEqual([
      ['b', '10', '✓true'],
      ['a', '2', 'false'],
      ['c', '', '✓true'],
    ]);
    expect(Array.from(root.querySelectorAll('.body .row')).map((r) => r.getAttribute('aria-rowindex'))).toEqual(['2', '3', '4']);
    expect(root.querySelector('.edit-bar')).toBeNull();
  });

  it('sorts by a header click: ascending, descending, cleared; aria-sort follows; value untouched', async () => {
    const { root, waitForChanges } = await render(<gr-dataframe value={value} datatype={dt(['str', 'number', 'bool'])} />);
    const header = () => root.querySelectorAll<HTMLElement>('[role="columnheader"]')[1];
    header().click();
    await waitForChanges();
    expect(bodyText(root).map((r) => r[0])).toEqual(['a', 'b', 'c']);
    expect(header().getAttribute('aria-sort')).toBe('ascending');
    header().click();
    await waitForChanges();
    expect(bodyText(root).map((r) => r[0])).toEqual(['b', 'a', 'c']);
    expect(header().getAttribute('aria-sort')).toBe('descending');
    header().click();
    await waitForChanges();
    expect(bodyText(root).map((r) => r[0])).toEqual(['b', 'a', 'c']);
    expect(header().hasAttribute('aria-sort')).toBe(false);
    expect((root as HTMLGrDataframeElement).value?.data[0][0]).toBe('b');
  });

  it('search filters rows; an empty result says so', async () => {
    const { root, waitForChanges } = await render(<gr-dataframe value={value} showSearch="search" />);
    const search = root.querySelector<HTMLInputElement>('input.search')!;
    search.value = 'A';
    search.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await waitForChanges();
    expect(bodyText(root).map((r) => r[0])).toEqual(['a']);
    search.value = 'zzz';
    search.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await waitForChanges();
    expect(root.querySelector('.empty-note')?.textContent).toBe('No rows match the search.');
    expect(root.querySelector('[role="grid"]')?.getAttribute('aria-rowcount')).toBe('1');
  });

  it('Styler metadata: display values and per-cell CSS (url() dropped)', async () => {
    const { root } = await render(
      <gr-dataframe
        value={{
          headers: ['x'],
          data: [[1.23456], [2]],
          metadata: { display_value: [['1.2'], ['2.0']], styling: [['color: red; background: url(http://evil/)'], ['']] },
        }}
        datatype="number"
      />,
    );
    const cells = root.querySelectorAll<HTMLElement>('[role="gridcell"]');
    expect(cells[0].textContent).toBe('1.2');
    expect(cells[0].style.color).toBe('red');
    expect(cells[0].getAttribute('style')).not.toContain('url(');
    expect(cells[1].textContent).toBe('2.0');
  });

  it('bad input: ragged rows, a non-table value, NaN and infinities, an empty frame', async () => {
    const { root, setProps } = await render(
      <gr-dataframe value={{ headers: ['a', 'b'], data: [[1], [Number.NaN, Number.POSITIVE_INFINITY, 'extra']] as unknown[][] }} datatype="number" />,
    );
    expect(bodyText(root)).toEqual([
      ['1', '', ''],
      ['NaN', 'inf', 'extra'],
    ]);
    expect(root.querySelector('.notice')?.textContent).toMatch(/1 of 2 rows have a different number of cells than the table's 3 columns/);
    await setProps({ value: 'nonsense' as never });
    expect(root.querySelector('.notice')?.textContent).toMatch(/not a table/);
    await setProps({ value: { headers: [], data: [] } });
    expect(root.querySelector('.empty-note')?.textContent).toBe('Empty table.');
    await setProps({ value: { headers: ['only'], data: [] } });
    expect(root.querySelector('.empty-note')?.textContent).toBe('No rows.');
  });

  it('image cells refuse script URLs; nothing executable from markdown or html cells', async () => {
    const { root } = await render(
      <gr-dataframe
        value={{
          headers: ['md', 'html', 'img'],
          data: [['**b** <img src=x onerror="alert(1)">', '<i>i</i><script>alert(1)</script>', 'javascript:alert(1)']],
        }}
        datatype={dt(['markdown', 'html', 'image'])}
      />,
    );
    const cells = root.querySelectorAll('[role="gridcell"]');
    // (Markdown and HTML rendering is checked in Chromium, where the sanitizer runs for real.)
    expect(cells[0].querySelector('img, script')).toBeNull();
    expect(cells[1].querySelector('script')).toBeNull();
    expect(cells[2].querySelector('img')).toBeNull();
    expect(cells[2].textContent).toBe('(image URL refused)');
  });

  it('interactive: an empty frame shows row_count x col_count blank rows (5.14 tuples and 6.x column_count)', async () => {
    const { root, setProps } = await render(<gr-dataframe interactive rowCount={[2, 'dynamic']} colCount={[4, 'fixed']} />);
    expect(bodyText(root)).toHaveLength(2);
    expect(bodyText(root)[0]).toHaveLength(4);
    const buttons = () => Array.from(root.querySelectorAll<HTMLButtonElement>('.edit-bar button')).map((b) => `${b.textContent}:${b.disabled}`);
    expect(buttons()).toEqual(['Add row:false', 'Delete row:false', 'Add column:true', 'Delete column:true', 'Undo:true']);
    await setProps({ colCount: null, columnCount: [3, 'dynamic'], rowLimits: [null, 2], columnLimits: [2, 5] });
    expect(bodyText(root)[0]).toHaveLength(3);
    expect(buttons()).toEqual(['Add row:true', 'Delete row:false', 'Add column:false', 'Delete column:false', 'Undo:true']);
  });

  it('adding and deleting rows emits gr-input and gr-change with the new value; Undo restores it', async () => {
    const { root, waitForChanges } = await render(<gr-dataframe value={value} interactive datatype={dt(['str', 'number', 'bool'])} />);
    const changes: unknown[] = [];
    root.addEventListener('gr-change', (e) => changes.push((e as CustomEvent).detail));
    const button = (text: string) => Array.from(root.querySelectorAll<HTMLButtonElement>('.edit-bar button')).find((b) => b.textContent === text)!;
    button('Add row').click();
    await waitForChanges();
    expect((root as HTMLGrDataframeElement).value?.data).toHaveLength(4);
    expect((root as HTMLGrDataframeElement).value?.data[3]).toEqual(['', null, false]);
    button('Add column').click();
    await waitForChanges();
    expect((root as HTMLGrDataframeElement).value?.headers).toEqual(['name', 'n', 'ok', '4']);
    button('Undo').click();
    await waitForChanges();
    expect((root as HTMLGrDataframeElement).value?.headers).toEqual(['name', 'n', 'ok']);
    expect(changes).toHaveLength(3);
  });

  it('no events when the value is set by code', async () => {
    const { root, setProps } = await render(<gr-dataframe value={value} interactive />);
    const events: string[] = [];
    for (const name of ['gr-change', 'gr-input', 'gr-select', 'gr-edit']) root.addEventListener(name, () => events.push(name));
    await setProps({ value: { headers: ['x'], data: [[1]] } });
    expect(events).toEqual([]);
  });

  it('toolbar buttons: 6.x buttons list, 5.14 show_* flags, default both', async () => {
    const labels = (root: HTMLElement) => Array.from(root.querySelectorAll('.toolbar button')).map((b) => b.getAttribute('aria-label'));
    expect(labels((await render(<gr-dataframe value={value} />)).root)).toEqual(['Copy table as CSV', 'Fullscreen']);
    expect(labels((await render(<gr-dataframe value={value} buttons={['fullscreen']} />)).root)).toEqual(['Fullscreen']);
    expect(labels((await render(<gr-dataframe value={value} showCopyButton={false} showFullscreenButton={true} />)).root)).toEqual([
      'Fullscreen',
    ]);
  });

  it("shows the kit's words in the reader's language", async () => {
    await loadKitWords('pt-BR');
    const { root } = await render(
      <div lang="pt-BR">
        <gr-dataframe value={value} interactive showSearch="filter" />
      </div>,
    );
    expect(Array.from(root.querySelectorAll('.edit-bar button')).map((b) => b.textContent)).toEqual([
      'Adicionar linha',
      'Excluir linha',
      'Adicionar coluna',
      'Excluir coluna',
      'Desfazer',
    ]);
    expect(root.querySelector('.edit-bar')?.getAttribute('aria-label')).toBe('Editar a tabela');
    const search = root.querySelector('input.search');
    expect([search?.getAttribute('aria-label'), search?.getAttribute('placeholder')]).toEqual(['Pesquisar na tabela', 'Pesquisar...']);
    expect(root.querySelector('.filter-form button[type="submit"]')?.textContent).toBe('Filtrar');
  });
});
