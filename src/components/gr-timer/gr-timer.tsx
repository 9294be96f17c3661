import { Component, Event, type EventEmitter, Host, Prop, Watch, h } from '@stencil/core';

/**
 * Gradio's `Timer` (config type `timer`): no UI (`display: none`). While `active` and connected to the
 * document it fires `gr-tick` every `value` seconds; ticks are skipped while the page is hidden
 * (`document.visibilityState !== 'visible'`), as in the official frontend. Changing `value` or `active`
 * restarts the interval; disconnecting stops it.
 */
@Component({ tag: 'gr-timer', styleUrl: '../../utils/no-ui.css', scoped: true })
export class GrTimer {
  /** The interval in seconds (Gradio's wire value); `0` or less (or not a number) never ticks. */
  @Prop() value: number = 1;
  @Watch('value')
  @Watch('active')
  restart() {
    this.stop();
    this.start();
  }

  /** Whether the timer runs. */
  @Prop() active: boolean = true;

  /** Fires every `value` seconds while active, connected and the page is visible. */
  @Event({ eventName: 'gr-tick', bubbles: true, composed: true }) grTick!: EventEmitter<void>;

  private interval?: ReturnType<typeof setInterval>;
  private connected = false;

  connectedCallback() {
    this.connected = true;
    this.restart();
  }

  disconnectedCallback() {
    this.connected = false;
    this.stop();
  }

  private start() {
    const seconds = this.value;
    if (!this.connected || !this.active || typeof seconds !== 'number' || !(seconds > 0)) return;
    this.interval = setInterval(() => {
      if (document.visibilityState === 'visible') this.grTick.emit();
    }, seconds * 1000);
  }

  private stop() {
    clearInterval(this.interval);
    this.interval = undefined;
  }

  render() {
    return <Host aria-hidden="true" />;
  }
}
