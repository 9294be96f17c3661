/**
 * The HTML safety test: every XSS vector of tests/helpers/xss-vectors.ts is fed to every element that shows
 * HTML or text from a value. Nothing may run (no `window.__xss` call, no dialog), no event-handler attribute
 * or script URL may reach the page, and every outgoing link carries `rel="noopener noreferrer"`.
 */
import { describe, expect, h, it, render } from '@stencil/vitest';
import { afterEach, beforeEach, vi } from 'vitest';
import { scriptUrlPattern, xssVectors } from '../helpers/xss-vectors';

type Probe = { __xss?: (name: string) => void };
const probe = window as unknown as Probe;
const ran = vi.fn();
const dialogs = vi.fn();
const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };

beforeEach(() => {
  ran.mockReset();
  dialogs.mockReset();
  probe.__xss = ran;
  window.alert = dialogs;
  window.confirm = dialogs as unknown as typeof window.confirm;
  window.prompt = dialogs as unknown as typeof window.prompt;
});

afterEach(() => {
  Object.assign(window, saved);
  delete probe.__xss;
});

/** Waits for handlers that would fire late (image errors, frame loads, animations). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

/** Asserts nothing ran and the rendered DOM carries no live script, per vector (by `data-vector`). */
async function expectInert(root: Element) {
  await settle();
  expect(ran.mock.calls.map((call) => call[0])).toEqual([]);
  expect(dialogs).not.toHaveBeenCalled();
  const problems: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const vector = element.closest('[data-vector]')?.getAttribute('data-vector') ?? '?';
    const tag = element.localName;
    // Author-HTML modes keep `<iframe src="https://...">` embeds; the attribute checks below cover frames.
    if (tag === 'script' || tag === 'object' || tag === 'embed' || tag === 'base' || tag === 'meta') {
      problems.push(`${vector}: <${tag}> in the page`);
    }
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) problems.push(`${vector}: ${tag}[${attribute.name}]`);
      if (attribute.name === 'srcdoc') problems.push(`${vector}: ${tag}[srcdoc]`);
      if (scriptUrlPattern.test(attribute.value) && /href|src|action|data/i.test(attribute.name)) {
        problems.push(`${vector}: ${tag}[${attribute.name}=${attribute.value}]`);
      }
    }
    if (tag === 'a' && element.hasAttribute('href') && !element.getAttribute('href')?.startsWith('#')) {
      if (element.getAttribute('rel') !== 'noopener noreferrer') problems.push(`${vector}: link without rel`);
      if (element.getAttribute('target') !== '_blank') problems.push(`${vector}: link without target=_blank`);
    }
  }
  expect(problems).toEqual([]);
}

const latex = [
  { left: '$$', right: '$$', display: true },
  { left: '$', right: '$', display: false },
];

/** Each element that renders value content, as a factory for one vector. */
const elements: Record<string, (payload: string) => unknown> = {
  'gr-markdown': (payload) => <gr-markdown value={payload} latexDelimiters={latex} headerLinks />,
  'gr-markdown sanitize_html=False': (payload) => <gr-markdown value={payload} sanitizeHtml={false} />,
  'gr-html': (payload) => <gr-html value={payload} />,
  'gr-html template': (payload) => <gr-html value="v" htmlTemplate={'<div>${x}</div>'} props={{ x: payload }} />,
  'gr-highlighted-text': (payload) => (
    <gr-highlighted-text
      value={[
        { token: payload, class_or_confidence: payload },
        { token: payload, class_or_confidence: null },
      ]}
      colorMap={{ [payload]: payload }}
      interactive
    />
  ),
  'gr-highlighted-text legend': (payload) => (
    <gr-highlighted-text value={[{ token: payload, class_or_confidence: payload }]} showLegend />
  ),
  'gr-label': (payload) => (
    <gr-label value={{ label: payload, confidences: [{ label: payload, confidence: 0.5 }] }} color={payload} label={payload} />
  ),
  'gr-json': (payload) => <gr-json value={{ [payload]: payload, list: [payload] }} label={payload} />,
  'gr-code static': (payload) => <gr-code value={payload} language="html" interactive={false} label={payload} />,
  'gr-code editor': (payload) => <gr-code value={payload} language="html" label={payload} />,
  'gr-dataset table': (payload) => (
    <gr-dataset
      components={['textbox', 'markdown', 'html', 'image', 'dropdown', 'colorpicker', 'code', 'json', 'gallery', 'video']}
      headers={[payload, payload]}
      samples={[
        [
          payload,
          payload,
          payload,
          { path: 'x', url: `javascript:${payload}` },
          payload,
          payload,
          payload,
          { k: payload },
          [{ image: { path: 'x', url: payload } }],
          { path: 'x', url: `java\tscript:${payload}` },
        ],
      ]}
      label={payload}
    />
  ),
  'gr-dataset gallery': (payload) => (
    <gr-dataset components={['markdown']} samples={[[payload], [payload]]} sampleLabels={null} />
  ),
};

describe('no script runs from any value (XSS vectors)', () => {
  it('control: the probe notices a payload that does run (raw innerHTML, no sanitizer)', async () => {
    const vector = xssVectors.find((v) => v.name === 'img-onerror')!;
    await render(<div innerHTML={vector.payload} />);
    await vi.waitFor(() => expect(ran).toHaveBeenCalledWith('img-onerror'));
  });

  for (const [name, factory] of Object.entries(elements)) {
    it(`${name}: every vector stays inert`, async () => {
      const { root } = await render(
        <div>
          {xssVectors.map((vector) => (
            <section data-vector={vector.name}>{factory(vector.payload)}</section>
          ))}
        </div>,
      );
      await expectInert(root);
    });
  }

  it('the external link vector renders as a safe link in gr-markdown', async () => {
    const { root } = await render(<gr-markdown value={'<a href="https://example.com/page" target="_self">external</a>'} />);
    const link = root.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.com/page');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.getAttribute('target')).toBe('_blank');
  });
});
