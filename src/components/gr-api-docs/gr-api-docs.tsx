import { Component, Element, Event, type EventEmitter, Host, Prop, State, Watch, h } from '@stencil/core';
import { t } from '../../utils/i18n-more';
import { uniqueId } from '../../utils/ids';
import { type ApiConnect, type ApiCopyDetail, type ApiDescription, type ApiRecordDetail, type RecordedCall, fetchApiDescription, isInfo } from './api-source';
import {
  type ApiEndpointInfo,
  type ApiValueInfo,
  type SnippetCall,
  type SnippetLanguage,
  documentedEndpoints,
  exampleCall,
  languageNames,
  snippet,
  snippetLanguages,
  typeText,
} from './api-snippets';

/**
 * The "Use via API" page of a Gradio app: every documented endpoint (`show_api=False` and `api_visibility`
 * other than `public` are left out) with its parameters (name, Python type, component, default, required)
 * and return values, and code that calls it in `gradio-kit/client`, `@gradio/client`, Python's
 * `gradio_client` and cURL, filled with the `/info` example inputs, behind language tabs, each with a copy
 * button. With `recording`, the calls in `recorded` are shown as code too.
 *
 * Give it `src` (it fetches `{src}/config` and `{prefix}/info` itself) or a `connect` function.
 *
 * Keyboard: the language tabs move with the arrow keys, Home and End; every button is a native button.
 */
@Component({ tag: 'gr-api-docs', styleUrl: 'gr-api-docs.css', scoped: true })
export class GrApiDocs {
  @Element() el!: HTMLElement;

  @State() phase: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @State() description?: ApiDescription;
  @State() errorMessage = '';
  /** The code block whose copy just succeeded (its key), or failed (`!key`). */
  @State() copied: string | null = null;

  /** The app's URL; the page fetches `{src}/config` and its `/info`. Ignored when `connect` is set. */
  @Prop() src: string | null = null;

  /** A function that hands the page the app's API (what `<gradio-app>` uses); wins over `src`. */
  @Prop() connect: ApiConnect | null = null;
  @Watch('src')
  @Watch('connect')
  onSourceChange() {
    void this.load();
  }

  /** The language of the snippets; the tabs set it. */
  @Prop({ mutable: true }) language: SnippetLanguage = 'gradio-kit';

  /** Whether the API recorder is on; the record button toggles it and emits `gr-record`. */
  @Prop({ mutable: true }) recording: boolean = false;

  /** The calls recorded so far, shown as code (in the chosen language) under "Recorded calls". */
  @Prop() recorded: RecordedCall[] = [];

  /** Show a close button, which emits `gr-close`. */
  @Prop() closable: boolean = false;

  /** Fires when the user presses the close button. */
  @Event({ eventName: 'gr-close', bubbles: true, composed: true }) grClose!: EventEmitter<void>;

  /** Fires when the user toggles the recorder, with its new state (also in `recording`). */
  @Event({ eventName: 'gr-record', bubbles: true, composed: true }) grRecord!: EventEmitter<ApiRecordDetail>;

  /** Fires when the user copies a snippet to the clipboard. */
  @Event({ eventName: 'gr-copy', bubbles: true, composed: true }) grCopy!: EventEmitter<ApiCopyDetail>;

  private ids = uniqueId('gr-api-docs');
  private loadToken = 0;
  private abort?: AbortController;

  componentWillLoad() {
    void this.load();
  }

  disconnectedCallback() {
    this.abort?.abort();
  }

  private async load() {
    const token = ++this.loadToken;
    this.abort?.abort();
    const src = this.src?.trim();
    if (!this.connect && !src) {
      this.phase = 'idle';
      return;
    }
    this.phase = 'loading';
    this.abort = new AbortController();
    try {
      const description = this.connect ? await this.connect() : await fetchApiDescription(src as string, this.abort.signal);
      if (token !== this.loadToken) return;
      if (!description || !isInfo(description.info)) throw new Error('the answer is not a Gradio API description (no named_endpoints)');
      this.description = description;
      this.phase = 'ready';
    } catch (error) {
      if (token !== this.loadToken) return;
      const reason = error instanceof Error ? error.message : String(error);
      this.errorMessage = src && !this.connect ? t('apiLoadErrorOf', this.el, { src, reason }) : t('apiLoadError', this.el, { reason });
      this.phase = 'error';
    }
  }

  private selectLanguage(language: SnippetLanguage, focus = false) {
    this.language = language;
    if (focus) {
      requestAnimationFrame(() => (this.el.querySelector(`[data-language="${language}"]`) as HTMLElement | null)?.focus());
    }
  }

  private onTabKey(event: KeyboardEvent) {
    const index = snippetLanguages.indexOf(this.current);
    const last = snippetLanguages.length - 1;
    const next: Record<string, number> = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last };
    if (!(event.key in next)) return;
    event.preventDefault();
    this.selectLanguage(snippetLanguages[next[event.key]], true);
  }

  private get current(): SnippetLanguage {
    return snippetLanguages.includes(this.language) ? this.language : 'gradio-kit';
  }

  private async copy(key: string, text: string) {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.copied = key;
      this.grCopy.emit({ language: this.current, value: text });
    } catch {
      this.copied = `!${key}`;
    }
  }

  private toggleRecording() {
    this.recording = !this.recording;
    this.grRecord.emit({ recording: this.recording });
  }

  private renderCode(key: string, call: SnippetCall, label: string) {
    const text = snippet(this.current, call);
    const state = this.copied === key ? 'copied' : this.copied === `!${key}` ? 'failed' : null;
    return (
      <section class="code" aria-label={t('codeOf', this.el, { language: languageNames[this.current], name: label })}>
        <button type="button" class="copy" aria-label={t('copyCodeOf', this.el, { language: languageNames[this.current], name: label })} onClick={() => this.copy(key, text)}>
          {t(state === 'copied' ? 'copied' : 'copy', this.el)}
        </button>
        <pre tabindex="0">
          <code>{text}</code>
        </pre>
        {state === 'failed' ? (
          <p class="copy-error" role="alert">
            {t('copyFailed', this.el)}
          </p>
        ) : null}
      </section>
    );
  }

  private renderValues(values: readonly ApiValueInfo[], parameters: boolean) {
    return (
      <table>
        <thead>
          <tr>
            <th scope="col">{t(parameters ? 'name' : 'label', this.el)}</th>
            <th scope="col">{t('type', this.el)}</th>
            <th scope="col">{t('component', this.el)}</th>
            {parameters ? <th scope="col">{t('defaultValue', this.el)}</th> : null}
            {parameters ? <th scope="col">{t('required', this.el)}</th> : null}
          </tr>
        </thead>
        <tbody>
          {values.map((value, i) => (
            <tr>
              <th scope="row">
                <code>{parameters ? value.parameter_name || `param_${i}` : value.label || `value_${i}`}</code>
              </th>
              <td>
                <code>{typeText(value)}</code>
                {value.python_type?.description ? <div class="type-description">{value.python_type.description}</div> : null}
              </td>
              <td>{value.component ?? ''}</td>
              {parameters ? <td>{value.parameter_has_default ? <code>{JSON.stringify(value.parameter_default) ?? 'None'}</code> : '—'}</td> : null}
              {parameters ? <td>{t(value.parameter_has_default ? 'no' : 'yes', this.el)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  private renderEndpoint(description: ApiDescription, name: string, endpoint: ApiEndpointInfo) {
    const parameters = Array.isArray(endpoint.parameters) ? endpoint.parameters : [];
    const returns = Array.isArray(endpoint.returns) ? endpoint.returns : [];
    return (
      <section class="endpoint" data-endpoint={name} aria-labelledby={`${this.ids}-ep-${name.replace(/[^\w-]/g, "_")}`}>
        <h3 id={`${this.ids}-ep-${name.replace(/[^\w-]/g, "_")}`}>
          <code>{name}</code>
        </h3>
        {typeof endpoint.description === 'string' && endpoint.description ? <p class="description">{endpoint.description}</p> : null}
        <h4>{t('parameters', this.el)}</h4>
        {parameters.length ? this.renderValues(parameters, true) : <p class="none">{t('noParameters', this.el)}</p>}
        <h4>{t('returns', this.el)}</h4>
        {returns.length ? this.renderValues(returns, false) : <p class="none">{t('noReturns', this.el)}</p>}
        {this.renderCode(`endpoint:${name}`, exampleCall(description.url, description.apiPrefix, name, endpoint), name)}
      </section>
    );
  }

  private renderRecorded(description: ApiDescription) {
    const calls = Array.isArray(this.recorded) ? this.recorded : [];
    if (!this.recording && calls.length === 0) return null;
    const named = description.info.named_endpoints ?? {};
    return (
      <section class="recorded" aria-labelledby={`${this.ids}-recorded`}>
        <h3 id={`${this.ids}-recorded`}>{t('recordedCalls', this.el)}</h3>
        {calls.length === 0 ? <p class="none">{t('recorderHint', this.el)}</p> : null}
        {calls.map((call, i) => {
          const parameters = named[call.endpoint]?.parameters ?? [];
          const values = Array.isArray(call.values) ? call.values : [];
          const snippetCall = { url: description.url, apiPrefix: description.apiPrefix, endpoint: call.endpoint, parameters, values };
          return this.renderCode(`recorded:${i}`, snippetCall, t('recordedCall', this.el, { n: i + 1, name: call.endpoint }));
        })}
      </section>
    );
  }

  private renderBody() {
    if (this.phase === 'error') {
      return (
        <p class="error" role="alert">
          {this.errorMessage}
        </p>
      );
    }
    if (this.phase === 'idle') return <p class="none">{t('noAppSrc', this.el)}</p>;
    const description = this.description;
    if (this.phase === 'loading' || !description) {
      return (
        <p class="none" role="status">
          {t('loadingApi', this.el)}
        </p>
      );
    }
    const endpoints = documentedEndpoints(description.info, description.dependencies);
    const current = this.current;
    return [
      <p class="summary">
        {endpoints.length === 1 ? t('oneEndpointAt', this.el) : t('endpointsAt', this.el, { n: endpoints.length })} <code>{description.url}</code>
      </p>,
      <div class="toolbar">
        <div role="tablist" aria-label={t('codeLanguage', this.el)} class="tabs" onKeyDown={(event: KeyboardEvent) => this.onTabKey(event)}>
          {snippetLanguages.map((language) => (
            <button
              type="button"
              role="tab"
              id={`${this.ids}-tab-${language}`}
              data-language={language}
              aria-selected={language === current ? 'true' : 'false'}
              aria-controls={`${this.ids}-panel`}
              tabindex={language === current ? 0 : -1}
              class={{ selected: language === current }}
              onClick={() => this.selectLanguage(language)}
            >
              {languageNames[language]}
            </button>
          ))}
        </div>
        <button type="button" class={{ record: true, on: this.recording }} aria-pressed={this.recording ? 'true' : 'false'} onClick={() => this.toggleRecording()}>
          <span class="dot" aria-hidden="true" />
          {t(this.recording ? 'recordingApi' : 'recordApi', this.el)}
        </button>
      </div>,
      <div role="tabpanel" id={`${this.ids}-panel`} aria-labelledby={`${this.ids}-tab-${current}`}>
        {this.renderRecorded(description)}
        {endpoints.length === 0 ? <p class="none">{t('noEndpoints', this.el)}</p> : null}
        {endpoints.map(([name, endpoint]) => this.renderEndpoint(description, name, endpoint))}
      </div>,
    ];
  }

  render() {
    return (
      <Host>
        <div class="api-docs">
          <header>
            <h2 id={`${this.ids}-title`}>{t('apiDocs', this.el)}</h2>
            {this.closable ? (
              <button type="button" class="close" aria-label={t('closeApi', this.el)} onClick={() => this.grClose.emit()}>
                ×
              </button>
            ) : null}
          </header>
          {this.renderBody()}
          <p class="visually-hidden" aria-live="polite">
            {this.copied && !this.copied.startsWith('!') ? t('copiedToClipboard', this.el) : ''}
          </p>
        </div>
      </Host>
    );
  }
}
