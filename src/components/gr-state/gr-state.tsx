import { Component, Host, Prop, h } from '@stencil/core';

/**
 * Gradio's `State` (config type `state`): a value with no UI (the element is `display: none`).
 *
 * The server keeps the real session value and deletes `value` from the config; the browser sends `null`
 * for State inputs. The element just holds whatever the runtime or a page puts in `value`. It emits no
 * event itself: Gradio's State `change` is fired by the runtime when the server reports the state changed
 * (`changed_state_ids`).
 */
@Component({ tag: 'gr-state', styleUrl: '../../utils/no-ui.css', scoped: true })
export class GrState {
  /** Any JSON value. */
  @Prop({ mutable: true }) value: unknown = null;

  /** Seconds the server keeps the value after the last change (Gradio's `time_to_live`); informational. */
  @Prop() timeToLive: number | null = null;

  render() {
    return <Host aria-hidden="true" />;
  }
}
