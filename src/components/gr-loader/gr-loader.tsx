import { Component, Host, Prop, h } from '@stencil/core';

/**
 * A loading indicator: a spinner in `--loader-color` and, unless `text` is empty, a "Loading..." text.
 * With text it is a `role="status"` live region, so the text is announced; without text it is decorative
 * (the status tracker announces progress itself). Used by `gr-status-tracker` and by the app while its
 * config loads.
 *
 * @part spinner - the spinning ring.
 * @part text - the text.
 */
@Component({ tag: 'gr-loader', styleUrl: 'gr-loader.css', scoped: true })
export class GrLoader {
  /** The text beside the spinner; `null` or `''` shows the spinner alone. */
  @Prop() text: string | null = 'Loading...';

  /** Spinner size: `sm` 20px, `md` 40px, `lg` 80px. */
  @Prop() size: 'sm' | 'md' | 'lg' = 'md';

  /** Lay the text under the spinner (`column`) or beside it (`row`). */
  @Prop() layout: 'column' | 'row' = 'column';

  render() {
    const hasText = Boolean(this.text);
    return (
      <Host
        role={hasText ? 'status' : undefined}
        aria-hidden={hasText ? undefined : 'true'}
        class={{ [this.size]: true, row: this.layout === 'row' }}
      >
        <span class="spinner" part="spinner" aria-hidden="true" />
        {hasText ? (
          <span class="text" part="text">
            {this.text}
          </span>
        ) : null}
      </Host>
    );
  }
}
