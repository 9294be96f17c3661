import { describe, expect, h, it, render } from '@stencil/vitest';

const components = [{ name: 'textbox', class_id: 'a' }, { name: 'number', class_id: 'b' }, { name: 'checkbox', class_id: 'c' }];
const samples = [
  ['hello', 1, true],
  ['world', 2.5, false],
];

describe('gr-dataset', () => {
  it('renders Gradio defaults: "Examples" header, bare block, gallery for one component', async () => {
    const { root } = await render(<gr-dataset components={['textbox']} samples={[['a'], ['b'], [null]]} />);
    expect(root.querySelector('.label')?.textContent).toBe('Examples');
    expect(root.querySelector('.block')?.classList.contains('hide-container')).toBe(true);
    const items = Array.from(root.querySelectorAll('.gallery-item'));
    expect(items.map((b) => b.textContent)).toEqual(['a', 'b']);
    expect(root.querySelector('table')).toBeNull();
    expect(root.querySelector('.paginate')).toBeNull();
  });

  it('renders a table with headers for several components; layout="gallery" forces the gallery', async () => {
    const { root, setProps } = await render(<gr-dataset components={components} headers={['Text', 'Count', '']} samples={samples} />);
    expect(Array.from(root.querySelectorAll('th')).map((th) => th.textContent)).toEqual(['Text', 'Count', 'Column 3']);
    const cells = Array.from(root.querySelectorAll('tbody tr:first-child td')).map((td) => td.textContent);
    expect(cells).toEqual(['hello', '1', 'true']);
    expect(root.querySelector('td.textbox')).not.toBeNull();
    await setProps({ layout: 'gallery' });
    expect(root.querySelector('table')).toBeNull();
    expect(root.querySelectorAll('.gallery-item')).toHaveLength(2);
  });

  it('table: a sample with no value is no row (ChatInterface history lists [[]] before any chat is saved)', async () => {
    const { root, setProps } = await render(<gr-dataset components={['textbox']} layout="table" samples={[[]]} />);
    expect(root.querySelector('table')).toBeNull();
    await setProps({ samples: [[], ['kept'], [null]] });
    const rows = Array.from(root.querySelectorAll('tbody tr'));
    expect(rows.map((tr) => tr.getAttribute('aria-label'))).toEqual(['Example 2: kept']);
  });

  it('cells: image thumbnails, file names, choice names, colour swatches', async () => {
    const { root } = await render(
      <gr-dataset
        components={['image', 'file', 'dropdown', 'colorpicker']}
        componentProps={[{}, {}, { choices: [['Cat', 'c'], ['Dog', 'd']] }, {}]}
        samples={[[{ path: '/tmp/a.png', url: 'http://x/a.png' }, 'a.txt', 'd', '#ff0000']]}
      />,
    );
    expect(root.querySelector('img')?.getAttribute('src')).toBe('http://x/a.png');
    expect(root.querySelector('img')?.getAttribute('alt')).toBe('Example 1');
    const text = Array.from(root.querySelectorAll('td')).map((td) => td.textContent);
    expect(text.slice(1, 3)).toEqual(['a.txt', 'Dog']);
    expect(root.querySelector('.cell-colorpicker')?.getAttribute('aria-label')).toBe('#ff0000');
  });

  it('sample_labels show as a gallery of labels', async () => {
    const { root } = await render(<gr-dataset components={components} samples={samples} sampleLabels={['First', 'Second']} />);
    expect(Array.from(root.querySelectorAll('.gallery-item')).map((b) => b.textContent)).toEqual(['First', 'Second']);
  });

  it('paginates: first/current/last pages ±2 with gaps; the page resets when samples change', async () => {
    const many = Array.from({ length: 100 }, (_, i) => [`s${i}`]);
    const { root, setProps, waitForChanges } = await render(<gr-dataset components={['textbox']} samples={many} samplesPerPage={5} />);
    const pages = () => Array.from(root.querySelectorAll('.paginate button, .paginate .gap')).map((el) => el.textContent);
    expect(pages()).toEqual(['1', '2', '3', '...', '18', '19', '20']);
    (root.querySelectorAll('.paginate button')[2] as HTMLButtonElement).click();
    await waitForChanges();
    expect(pages()).toEqual(['1', '2', '3', '4', '5', '...', '18', '19', '20']);
    expect(root.querySelector('.gallery-item')?.textContent).toBe('s10');
    expect(root.querySelector('.current-page')?.getAttribute('aria-current')).toBe('page');
    await setProps({ samples: many.slice(0, 12) });
    expect(pages()).toEqual(['1', '2', '3']);
    expect(root.querySelector('.gallery-item')?.textContent).toBe('s0');
  });

  it('a click sets value to the global index and emits gr-click then gr-select; nothing on programmatic changes', async () => {
    const many = Array.from({ length: 12 }, (_, i) => [`s${i}`, i]);
    const { root, setProps, waitForChanges } = await render(<gr-dataset components={components.slice(0, 2)} samples={many} />);
    const events: string[] = [];
    root.addEventListener('gr-click', (e) => events.push(`click:${JSON.stringify((e as CustomEvent).detail)}`));
    root.addEventListener('gr-select', (e) => events.push(`select:${JSON.stringify((e as CustomEvent).detail)}`));
    await setProps({ samples: [...many], page: 1 });
    expect(events).toEqual([]);
    (root.querySelectorAll('.paginate button')[1] as HTMLButtonElement).click();
    await waitForChanges();
    (root.querySelector('tbody tr') as HTMLElement).click();
    expect(events).toEqual(['click:{"index":10}', 'select:{"index":10,"value":["s10",10]}']);
    expect((root as HTMLGrDatasetElement).value).toBe(10);
  });

  it('degrades gracefully on bad values', async () => {
    const { root, setProps } = await render(<gr-dataset components={null as never} samples={'x' as never} />);
    expect(root.querySelector('.label')).not.toBeNull();
    await setProps({ samples: [['a', { deep: [1, 2] }]], components: ['textbox', 'json'], samplesPerPage: 0 });
    expect(root.querySelector('pre')?.textContent).toBe('{"deep":[1,2]}');
  });
});
