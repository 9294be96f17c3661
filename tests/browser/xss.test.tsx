/**
 * The HTML safety test: every XSS vector of tests/helpers/xss-vectors.ts is fed to every element that shows
 * HTML or text from a value (labels, values, file names and URLs, alt text, captions, Markdown, messages).
 * Nothing may run (no `window.__xss` call, no dialog), no event-handler attribute or script URL may reach
 * the page, and every outgoing link carries `rel="noopener noreferrer"`. The last test checks that no element
 * is missed: every element folder and every tag of the registry is covered here or listed as showing no
 * server text.
 */
import { describe, expect, h, it, render } from '@stencil/vitest';
import { afterEach, beforeEach, vi } from 'vitest';
import { elementTags } from '../../src/app/registry';
import { sampleApi } from '../../src/components/gr-api-docs/api-docs-sample';
import { scriptUrlPattern, xssUrls, xssVectors } from '../helpers/xss-vectors';

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

/** The origin a link leads to (`null` for a URL that does not parse). */
function originOf(href: string): string | null {
  try {
    return new URL(href, location.href).origin;
  } catch {
    return null;
  }
}

/** Attributes whose value the browser loads or follows as a URL. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'srcset', 'background', 'cite', 'ping']);

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
      // As the URL parser reads it: tabs and newlines anywhere are dropped ("java\tscript:" is "javascript:").
      if (scriptUrlPattern.test(attribute.value.replace(/[\t\n\r]/g, '')) && urlAttributes.has(attribute.name.toLowerCase())) {
        problems.push(`${vector}: ${tag}[${attribute.name}=${attribute.value}]`);
      }
    }
    // An outgoing link: to another origin (a download link, `<a download>`, saves a file: no new tab needed).
    const href = tag === 'a' ? element.getAttribute('href') : null;
    const outgoing = href !== null && !element.hasAttribute('download') && originOf(href) !== location.origin;
    if (outgoing) {
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

/** A file value whose name is the payload and whose URL is one of the script URLs (by the payload). */
const file = (payload: string, mime = 'image/png') => ({
  path: payload,
  url: xssUrls[payload.length % xssUrls.length],
  orig_name: payload,
  size: 10,
  mime_type: mime,
  meta: { _type: 'gradio.FileData' as const },
});
/** The same with a URL that loads (so the element shows it with its alt text and caption). */
const shownFile = (payload: string, mime = 'image/png') => ({ ...file(payload, mime), url: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' });

/** Elements added with the media, chat and data work: labels, values, file names, alt texts, captions. */
const moreElements: Record<string, (payload: string) => unknown> = {
  'gr-accordion': (payload) => (
    <gr-accordion label={payload} open>
      <gr-markdown value={payload} />
    </gr-accordion>
  ),
  'gr-annotated-image': (payload) => (
    <gr-annotated-image
      value={{ image: shownFile(payload), annotations: [{ image: file(payload), label: payload }, { image: shownFile(payload), label: payload }] }}
      colorMap={{ [payload]: payload }}
      label={payload}
      showLegend
    />
  ),
  'gr-api-docs': (payload) => {
    const api = sampleApi();
    const endpoints = api.info.named_endpoints ?? {};
    const greet = endpoints['/greet'] as Record<string, unknown> & { parameters: Array<Record<string, unknown>> };
    greet.description = payload;
    greet.parameters[0] = { ...greet.parameters[0], label: payload, example_input: payload, parameter_default: payload };
    endpoints[`/${payload}`] = { ...greet };
    return <gr-api-docs connect={async () => api} recorded={[{ endpoint: '/greet', values: [payload, 1] }]} />;
  },
  'gr-app-dialog': (payload) => (
    <gr-app-dialog label={payload}>
      <span>{payload}</span>
    </gr-app-dialog>
  ),
  'gr-app-login': (payload) => <gr-app-login message={payload} error={payload} />,
  'gr-app-settings': (payload) => <gr-app-settings locales={['en', payload]} locale={payload} />,
  'gr-audio': (payload) => <gr-audio value={file(payload, 'audio/wav')} label={payload} interactive={false} />,
  'gr-button': (payload) => <gr-button value={payload} icon={file(payload)} link={xssUrls[0]} />,
  'gr-chatbot': (payload) => (
    <gr-chatbot
      type="messages"
      label={payload}
      placeholder={payload}
      latexDelimiters={latex}
      avatarImages={[file(payload), payload]}
      examples={[{ text: payload, display_text: payload, files: [file(payload)], icon: file(payload) }]}
      feedbackOptions={[payload]}
      value={[
        { role: 'user', content: payload },
        { role: 'assistant', content: payload, metadata: { title: payload, log: payload } },
        { role: 'assistant', content: { path: payload, url: xssUrls[1], orig_name: payload, mime_type: 'image/png' }, alt_text: payload },
        { role: 'assistant', content: file(payload, 'application/pdf') },
        { role: 'user', content: [{ type: 'text', text: payload }, { type: 'file', file: file(payload, 'video/mp4'), alt_text: payload }] },
      ]}
    />
  ),
  'gr-chatbot sanitize_html=False': (payload) => (
    <gr-chatbot type="messages" sanitizeHtml={false} value={[{ role: 'assistant', content: payload }]} />
  ),
  'gr-checkbox': (payload) => <gr-checkbox label={payload} info={payload} value />,
  'gr-checkbox-group': (payload) => (
    <gr-checkbox-group label={payload} info={payload} choices={[[payload, payload] as unknown as string, payload]} value={[payload]} />
  ),
  'gr-clear-button': (payload) => <gr-clear-button value={payload} icon={file(payload)} />,
  'gr-color-picker': (payload) => <gr-color-picker value={payload} label={payload} info={payload} />,
  'gr-dataframe': (payload) => (
    <gr-dataframe
      label={payload}
      value={{ headers: [payload, payload, payload], data: [[payload, payload, payload]], metadata: { display_value: [[payload, payload, payload]] } }}
      datatype={['str', 'markdown', 'html'] as unknown as string}
      latexDelimiters={latex}
      showSearch="search"
    />
  ),
  'gr-date-time': (payload) => <gr-date-time value={payload} label={payload} info={payload} />,
  'gr-deep-link-button': (payload) => <gr-deep-link-button value={payload} copiedValue={payload} icon={file(payload)} />,
  'gr-dialogue': (payload) => (
    <gr-dialogue
      label={payload}
      info={payload}
      placeholder={payload}
      speakers={[payload, 'B']}
      colorMap={{ [payload]: payload }}
      value={[
        { speaker: payload, text: payload },
        { speaker: 'B', text: payload },
      ]}
    />
  ),
  'gr-dialogue text': (payload) => <gr-dialogue value={payload} uiMode="text" label={payload} />,
  'gr-download-button': (payload) => <gr-download-button value={file(payload)} label={payload} icon={file(payload)} />,
  'gr-dropdown': (payload) => (
    <gr-dropdown label={payload} info={payload} choices={[[payload, payload] as unknown as string, payload]} value={payload} allowCustomValue />
  ),
  'gr-duplicate-button': (payload) => <gr-duplicate-button value={payload} spaceId={payload} icon={file(payload)} />,
  'gr-fallback': (payload) => <gr-fallback type={payload} label={payload} root={xssUrls[0]} />,
  'gr-file': (payload) => <gr-file value={[file(payload, 'text/plain'), shownFile(payload)]} label={payload} interactive={false} />,
  'gr-gallery': (payload) => (
    <gr-gallery
      label={payload}
      value={[{ image: file(payload), caption: payload }, { image: shownFile(payload), caption: payload }, { video: file(payload, 'video/mp4'), caption: payload }]}
      selectedIndex={1}
      preview
    />
  ),
  'gr-image': (payload) => <gr-image value={file(payload)} label={payload} placeholder={payload} interactive={false} />,
  'gr-image shown': (payload) => <gr-image value={shownFile(payload)} label={payload} interactive={false} />,
  'gr-image-slider': (payload) => <gr-image-slider value={[file(payload), shownFile(payload)]} label={payload} interactive={false} />,
  'gr-loader': (payload) => <gr-loader text={payload} />,
  'gr-login-button': (payload) => <gr-login-button value={payload} logoutValue={payload} username={payload} root={xssUrls[0]} />,
  'gr-file-explorer': (payload) => (
    <gr-file-explorer
      label={payload}
      value={[[payload]]}
      ls={async () => [
        { name: payload, type: 'file', valid: true },
        { name: `${payload} folder`, type: 'folder', valid: true },
      ]}
    />
  ),
  'gr-workflow-canvas': (payload) => (
    <gr-workflow-canvas
      label={payload}
      showLabel
      value={JSON.stringify({
        schema_version: '2',
        name: payload,
        references: [{ id: 'a', label: payload, x: 0, y: 0, inputs: [], outputs: [{ id: 'o', label: payload, type: 'image' }], data: { o: { url: payload } } }],
        operators: [{ id: 'f', label: payload, kind: 'fn', fn: payload, x: 300, y: 0, inputs: [{ id: 'i', label: payload, type: payload }], outputs: [] }],
        subjects: [],
        edges: [],
      })}
    />
  ),
  'gr-image-editor': (payload) => (
    <gr-image-editor label={payload} placeholder={payload} value={{ background: file(payload, 'image/png'), layers: [], composite: null }} />
  ),
  'gr-model3d': (payload) => <gr-model3d label={payload} value={file(payload, 'model/obj')} interactive={false} />,
  'gr-model3d interactive': (payload) => <gr-model3d label={payload} value={null} />,
  'gr-multimodal-textbox': (payload) => (
    <gr-multimodal-textbox
      label={payload}
      info={payload}
      placeholder={payload}
      submitBtn={payload}
      stopBtn={payload}
      value={{ text: payload, files: [file(payload), shownFile(payload), file(payload, 'audio/wav')] }}
    />
  ),
  'gr-native-plot': (payload) => (
    <gr-native-plot
      label={payload}
      title={payload}
      caption={payload}
      x={payload}
      y="y"
      color={payload}
      value={{ columns: [payload, 'y'], data: [[payload, 1], ['b', 2]], datatypes: { [payload]: 'nominal', y: 'quantitative' }, mark: 'bar' }}
    />
  ),
  'gr-navbar': (payload) => (
    <gr-navbar pages={[{ path: '', name: payload }, { path: payload, name: payload }]} currentPage="" value={[[payload, xssUrls[0]]]} root={xssUrls[1]} />
  ),
  'gr-number': (payload) => <gr-number label={payload} info={payload} placeholder={payload} />,
  'gr-param-viewer': (payload) => (
    <gr-param-viewer header={payload} linkify={[payload]} value={{ [payload]: { type: payload, description: payload, default: payload } }} />
  ),
  'gr-plot matplotlib': (payload) => <gr-plot label={payload} value={{ type: 'matplotlib', plot: xssUrls[payload.length % xssUrls.length] }} />,
  'gr-plot unknown': (payload) => <gr-plot label={payload} value={{ type: payload, plot: payload }} />,
  'gr-radio': (payload) => <gr-radio label={payload} info={payload} choices={[[payload, payload] as unknown as string, payload]} value={payload} />,
  'gr-sidebar': (payload) => (
    <gr-sidebar label={payload} open>
      <span>{payload}</span>
    </gr-sidebar>
  ),
  'gr-simple-image': (payload) => <gr-simple-image value={file(payload)} label={payload} />,
  'gr-slider': (payload) => <gr-slider label={payload} info={payload} value={3} />,
  'gr-status-tracker': (payload) => (
    <gr-status-tracker status="pending" message={payload} loadingText={payload} progress={[{ desc: payload, index: 1, length: 2, unit: payload }]} />
  ),
  'gr-status-tracker error': (payload) => <gr-status-tracker status="error" message={payload} />,
  'gr-tab': (payload) => (
    <gr-tabs>
      <gr-tab label={payload} tabId="only">
        {payload}
      </gr-tab>
    </gr-tabs>
  ),
  'gr-tabs': (payload) => (
    <gr-tabs>
      <gr-tab label={payload} tabId="a">
        {payload}
      </gr-tab>
      <gr-tab label={payload} tabId="b" />
    </gr-tabs>
  ),
  'gr-textbox': (payload) => <gr-textbox value={payload} label={payload} info={payload} placeholder={payload} submitBtn={payload} />,
  'gr-toast': (payload) => (
    <gr-toast
      messages={[
        { id: 1, type: 'error', title: payload, message: payload, duration: null },
        { id: 2, type: 'info', title: payload, message: payload, duration: null },
      ]}
    />
  ),
  'gr-upload-button': (payload) => <gr-upload-button label={payload} value={file(payload)} icon={file(payload)} />,
  'gr-video': (payload) => <gr-video value={{ video: file(payload, 'video/mp4'), subtitles: file(payload, 'text/vtt') }} label={payload} interactive={false} />,
};
Object.assign(elements, moreElements);

/**
 * Elements that show no text or URL from a server value (layout, state and timers), or whose texts are
 * covered where they come from: `<gradio-app>` shows what the server sends through the elements above, and
 * its own screens render text nodes only (tests/e2e/hostile-config.test.ts feeds it hostile configs).
 */
const noServerText = new Set([
  'gr-block',
  'gr-blocks-root',
  'gr-browser-state',
  'gr-column',
  'gr-draggable',
  'gr-form',
  'gr-group',
  'gr-row',
  'gr-state',
  'gr-timer',
  'gradio-app',
]);

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

  it('covers every element: each element folder and each tag of the registry is tested here or shows no server text', () => {
    // @ts-expect-error: Vite's import.meta.glob (its types are not in this project's compiler settings)
    const found: Record<string, unknown> = import.meta.glob('../../src/components/*/readme.md');
    const folders = Object.keys(found).map((path) => path.split('/').at(-2) as string);
    const tags = new Set([...folders, ...Object.values(elementTags)]);
    const covered = new Set(Object.keys(elements).map((name) => name.split(' ')[0]));
    const missed = [...tags].filter((tag) => !covered.has(tag) && !noServerText.has(tag)).sort();
    expect(missed).toEqual([]);
    expect(folders.length).toBeGreaterThan(50);
    // Nothing is listed as showing no server text while it is tested, or without existing.
    expect([...noServerText].filter((tag) => covered.has(tag) || !tags.has(tag))).toEqual([]);
  });

  it('the external link vector renders as a safe link in gr-markdown', async () => {
    const { root } = await render(<gr-markdown value={'<a href="https://example.com/page" target="_self">external</a>'} />);
    const link = root.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.com/page');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.getAttribute('target')).toBe('_blank');
  });
});
