import { describe, expect, h, it, render } from '@stencil/vitest';
import { listen } from '../../../tests/helpers/form-events';

const fd = (name: string) => ({ path: `/tmp/${name}`, url: `http://x/${name}` });
const value = {
  image: fd('base.png'),
  annotations: [
    { image: fd('m1.png'), label: 'cat' },
    { image: fd('m2.png'), label: 'dog' },
  ],
};

describe('gr-annotated-image', () => {
  it('renders the base image, one mask per annotation and a legend with label colours', async () => {
    const { root } = await render(<gr-annotated-image value={value} colorMap={{ dog: '#00ff00' }} />);
    expect(root.querySelector('.block-label')?.textContent).toBe('Annotated Image');
    expect(root.querySelector('img.base-image')?.getAttribute('src')).toBe('http://x/base.png');
    expect(Array.from(root.querySelectorAll('img.mask')).map((m) => m.getAttribute('src'))).toEqual(['http://x/m1.png', 'http://x/m2.png']);
    expect(Array.from(root.querySelectorAll('.legend-item')).map((b) => b.textContent)).toEqual(['cat', 'dog']);
    const swatches = Array.from(root.querySelectorAll('.swatch')) as HTMLElement[];
    expect(swatches.map((s) => s.style.getPropertyValue('background'))).toEqual(['#ff0000', '#00ff00']);
  });

  it('hover or focus on a legend entry highlights its mask and dims the others; click selects', async () => {
    const { root, waitForChanges } = await render(<gr-annotated-image value={value} />);
    const calls = listen(root, ['gr-select']);
    const items = root.querySelectorAll('.legend-item');
    items[1].dispatchEvent(new CustomEvent('mouseenter'));
    await waitForChanges();
    const masks = Array.from(root.querySelectorAll('img.mask'));
    expect(masks.map((m) => m.className.replace(/\s*sc-\S+/g, '').trim())).toEqual(['mask dimmed', 'mask active']);
    items[1].dispatchEvent(new CustomEvent('mouseleave'));
    await waitForChanges();
    expect(root.querySelectorAll('img.mask.dimmed')).toHaveLength(0);
    (items[0] as HTMLButtonElement).click();
    expect(calls).toEqual([['gr-select', { index: 0, value: 'cat' }]]);
  });

  it('show_legend=false hides the legend; empty shows a placeholder; buttons follow Gradio 5/6 props', async () => {
    const { root, setProps } = await render(<gr-annotated-image value={value} showLegend={false} />);
    expect(root.querySelector('.legend')).toBeNull();
    expect(Array.from(root.querySelectorAll('.toolbar button')).map((b) => b.getAttribute('aria-label'))).toEqual(['Fullscreen']);
    await setProps({ buttons: [] });
    expect(root.querySelectorAll('.toolbar button')).toHaveLength(0);
    await setProps({ value: null });
    expect(root.querySelector('.empty svg')).not.toBeNull();
  });

  it('malformed values and unsafe URLs are messages; labels are text', async () => {
    const { root, setProps } = await render(<gr-annotated-image value={{ annotations: [] } as never} />);
    expect(root.querySelector('[role=alert]')?.textContent).toContain('no base image');
    await setProps({ value: { image: { path: 'x', url: 'javascript:alert(1)' }, annotations: [] } });
    expect(root.querySelector('[role=alert]')?.textContent).toBe("The image's URL is not allowed.");
    await setProps({
      value: { image: fd('b.png'), annotations: [{ image: { path: 'm', url: 'javascript:1' }, label: '<img src=x onerror=alert(1)>' }] },
    });
    expect(root.querySelector('[role=alert]')?.textContent).toBe('One mask could not be shown (<img src=x onerror=alert(1)>).');
    expect(root.querySelector('.legend-item')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(root.querySelectorAll('.legend img, [role=alert] img')).toHaveLength(0);
  });
});
