import { describe, expect, h, it, render } from '@stencil/vitest';
import { vi } from 'vitest';
import { loadKitWords, refreshTranslations } from '../../utils/i18n';
import { sampleApi } from './api-docs-sample';

const description = sampleApi;

const until = async (check: () => boolean, waitForChanges: () => Promise<void>) => {
  for (let i = 0; i < 50 && !check(); i++) await waitForChanges();
};

describe('gr-api-docs', () => {
  it('shows the documented endpoints with parameters, returns and the gradio-kit snippet by default', async () => {
    const { root, waitForChanges } = await render(<gr-api-docs connect={async () => description()} />);
    await until(() => root.querySelector('section.endpoint') !== null, waitForChanges);
    expect(Array.from(root.querySelectorAll('section.endpoint')).map((s) => s.getAttribute('data-endpoint'))).toEqual(['/greet', '/size']);
    expect(root.querySelector('.summary')?.textContent).toBe('2 API endpoints at http://127.0.0.1:7860');
    const rows = Array.from((root.querySelector('section.endpoint') as HTMLElement).querySelectorAll('table:first-of-type tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['name', 'str', 'Textbox', '—', 'Yes'],
      ['times', 'int', 'Number', '1', 'No'],
    ]);
    expect(root.querySelector('pre code')?.textContent).toContain('import { Client } from "gradio-kit/client";');
    expect(root.querySelector('pre code')?.textContent).toContain('  times: 3,');
    expect(root.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('gradio-kit/client');
  });

  it('switches languages with the tabs', async () => {
    const { root, waitForChanges } = await render(<gr-api-docs connect={async () => description()} />);
    await until(() => root.querySelector('section.endpoint') !== null, waitForChanges);
    (root.querySelector('[data-language="python"]') as HTMLButtonElement).click();
    await waitForChanges();
    expect(root.querySelector('pre code')?.textContent).toContain('from gradio_client import Client');
    expect(root.querySelector('[role="tabpanel"]')?.getAttribute('aria-labelledby')).toBe(root.querySelector('[data-language="python"]')?.id);
  });

  it('shows a clear message when the API cannot be loaded, or is not an API description', async () => {
    const failing = await render(<gr-api-docs connect={() => Promise.reject(new Error('401 Unauthorized'))} />);
    await until(() => failing.root.querySelector('.error') !== null, failing.waitForChanges);
    expect(failing.root.querySelector('[role="alert"]')?.textContent).toBe('Could not load the API: 401 Unauthorized');
    const wrong = await render(<gr-api-docs connect={async () => ({ url: 'x', apiPrefix: '', info: [] as never })} />);
    await until(() => wrong.root.querySelector('.error') !== null, wrong.waitForChanges);
    expect(wrong.root.querySelector('.error')?.textContent).toContain('not a Gradio API description');
  });

  it('fetches {src}/config and {prefix}/info itself', async () => {
    const fetchMock = vi.fn(async (url: string) => {
      const body = url.endsWith('/config') ? { root: 'http://app.test', api_prefix: '/gradio_api', dependencies: [] } : description().info;
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fetchMock);
    try {
      const { root, waitForChanges } = await render(<gr-api-docs src="http://app.test/" />);
      await until(() => root.querySelector('section.endpoint') !== null, waitForChanges);
      expect(fetchMock.mock.calls.map((call) => call[0])).toEqual(['http://app.test/config', 'http://app.test/gradio_api/info']);
      expect(root.querySelector('pre code')?.textContent).toContain('Client.connect("http://app.test")');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('the record button toggles recording and emits gr-record; recorded calls show as code', async () => {
    const { root, waitForChanges, setProps } = await render(<gr-api-docs connect={async () => description()} />);
    await until(() => root.querySelector('section.endpoint') !== null, waitForChanges);
    const record = vi.fn();
    root.addEventListener('gr-record', record);
    (root.querySelector('button.record') as HTMLButtonElement).click();
    await waitForChanges();
    expect(record.mock.calls[0][0].detail).toEqual({ recording: true });
    expect(root.querySelector('button.record')?.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('section.recorded .none')?.textContent).toContain('Use the app');
    await setProps({ recorded: [{ endpoint: '/greet', values: ['Ada', 2] }] });
    expect(root.querySelector('section.recorded pre code')?.textContent).toContain('  name: "Ada",\n  times: 2,');
  });

  it('copy writes the snippet to the clipboard and emits gr-copy; a missing clipboard says so', async () => {
    const { root, waitForChanges } = await render(<gr-api-docs connect={async () => description()} closable />);
    await until(() => root.querySelector('section.endpoint') !== null, waitForChanges);
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const copy = vi.fn();
    root.addEventListener('gr-copy', copy);
    (root.querySelector('button.copy') as HTMLButtonElement).click();
    await until(() => copy.mock.calls.length > 0, waitForChanges);
    expect(writeText.mock.calls[0][0]).toContain('client.predict("/greet"');
    expect(copy.mock.calls[0][0].detail.language).toBe('gradio-kit');
    expect(root.querySelector('button.copy')?.textContent).toBe('Copied');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    (root.querySelector('button.copy') as HTMLButtonElement).click();
    await until(() => root.querySelector('.copy-error') !== null, waitForChanges);
    expect(root.querySelector('.copy-error')?.textContent).toContain('Could not copy');
    const close = vi.fn();
    root.addEventListener('gr-close', close);
    (root.querySelector('button.close') as HTMLButtonElement).click();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it("shows the kit's words in the reader's language (lang above it) and follows a change of language", async () => {
    await loadKitWords('de');
    const { root, waitForChanges } = await render(
      <div lang="de">
        <gr-api-docs connect={async () => description()} closable />
      </div>,
    );
    await until(() => root.querySelector('section.endpoint') !== null, waitForChanges);
    expect(root.querySelector('h2')?.textContent).toBe('API-Dokumentation');
    expect(root.querySelector('button.close')?.getAttribute('aria-label')).toBe('API-Seite schließen');
    expect(root.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('Sprache');
    expect(root.querySelector('.summary')?.textContent).toBe('2 API-Endpunkte unter http://127.0.0.1:7860');
    expect(Array.from(root.querySelectorAll('section.endpoint h4')).map((h4) => h4.textContent).slice(0, 2)).toEqual(['Parameter', 'Rückgabewerte']);
    expect(Array.from(root.querySelector('section.endpoint table thead')?.querySelectorAll('th') ?? []).map((th) => th.textContent)).toEqual(['Name', 'Typ', 'Komponente', 'Standard', 'Erforderlich']);
    expect(root.querySelector('button.copy')?.getAttribute('aria-label')).toBe('gradio-kit/client-Code von /greet kopieren');
    root.setAttribute('lang', 'ja');
    refreshTranslations();
    // Japanese loads on first use: every element re-renders once its words arrive.
    await until(
      () => root.querySelector('button.record')?.textContent === 'API 呼び出しを記録' && root.querySelector('h2')?.textContent === 'API ドキュメント',
      waitForChanges,
    );
  });
});
