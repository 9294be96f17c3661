import { Component, Element, Event, type EventEmitter, Host, Prop, h } from '@stencil/core';
import { type KitWord } from '../../utils/i18n';
import { t } from '../../utils/i18n-more';
import { uniqueId } from '../../utils/ids';
import { gradioLocales as defaultLocales } from './locales';

/** Detail of `gr-theme-change`. */
export interface ThemeChangeDetail {
  mode: 'light' | 'dark' | 'system';
}

/** Detail of `gr-locale-change`: a BCP 47 tag (`fr`, `pt-BR`), or `null` for the browser's language. */
export interface LocaleChangeDetail {
  locale: string | null;
}


const modes: Array<[ThemeChangeDetail['mode'], KitWord]> = [
  ['light', 'light'],
  ['dark', 'dark'],
  ['system', 'system'],
];

/** A language's name in that language (`Français`), or its tag when the browser cannot name it. */
function localeName(tag: string): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The "Settings" page of `<gradio-app>`: the theme (light, dark, or the system's) and the language of this
 * embed. It only reports choices (`gr-theme-change`, `gr-locale-change`); the embed applies them.
 */
@Component({ tag: 'gr-app-settings', styleUrl: 'gr-app-settings.css', scoped: true })
export class GrAppSettings {
  @Element() el!: HTMLElement;

  /** The theme mode shown as chosen. */
  @Prop({ mutable: true }) themeMode: 'light' | 'dark' | 'system' = 'system';

  /** The chosen language; `null` follows the browser. */
  @Prop({ mutable: true }) locale: string | null = null;

  /** The languages offered (BCP 47 tags). @default the languages Gradio's frontend is translated into */
  @Prop() locales: string[] = [...defaultLocales];

  /** Show a close button, which emits `gr-close`. */
  @Prop() closable: boolean = false;

  /** Fires when the user picks a theme mode. */
  @Event({ eventName: 'gr-theme-change', bubbles: true, composed: true }) grThemeChange!: EventEmitter<ThemeChangeDetail>;

  /** Fires when the user picks a language. */
  @Event({ eventName: 'gr-locale-change', bubbles: true, composed: true }) grLocaleChange!: EventEmitter<LocaleChangeDetail>;

  /** Fires when the user presses the close button. */
  @Event({ eventName: 'gr-close', bubbles: true, composed: true }) grClose!: EventEmitter<void>;

  private ids = uniqueId('gr-app-settings');
  private select?: HTMLSelectElement;

  componentDidRender() {
    // The chosen option, set on the select itself: `selected` on an option is not kept by every DOM when
    // the option is inserted.
    if (this.select) this.select.value = this.locale ?? '';
  }

  private pickTheme(mode: ThemeChangeDetail['mode']) {
    this.themeMode = mode;
    this.grThemeChange.emit({ mode });
  }

  private pickLocale(value: string) {
    this.locale = value || null;
    this.grLocaleChange.emit({ locale: this.locale });
  }

  render() {
    const locales = Array.isArray(this.locales) ? this.locales : defaultLocales;
    return (
      <Host>
        <div class="settings">
          <header>
            <h2>{t('settings', this.el)}</h2>
            {this.closable ? (
              <button type="button" class="close" aria-label={t('closeSettings', this.el)} onClick={() => this.grClose.emit()}>
                ×
              </button>
            ) : null}
          </header>
          <fieldset>
            <legend>{t('theme', this.el)}</legend>
            {modes.map(([mode, name]) => (
              <label>
                <input type="radio" name={`${this.ids}-theme`} value={mode} checked={this.themeMode === mode} onChange={() => this.pickTheme(mode)} />
                {t(name, this.el)}
              </label>
            ))}
          </fieldset>
          <label class="language" htmlFor={`${this.ids}-locale`}>
            {t('language', this.el)}
          </label>
          <select id={`${this.ids}-locale`} ref={(el) => (this.select = el)} onChange={(event) => this.pickLocale((event.target as HTMLSelectElement).value)}>
            <option value="" selected={!this.locale}>
              {t('browserDefault', this.el)}
            </option>
            {locales.map((tag) => (
              <option value={tag} selected={this.locale === tag}>
                {localeName(tag)}
              </option>
            ))}
          </select>
        </div>
      </Host>
    );
  }
}
