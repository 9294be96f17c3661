import { Component, Element, Event, type EventEmitter, Host, Prop, State, Watch, h } from '@stencil/core';
import { formatCount, progressFractions, statusAnnouncement } from '../../utils/status';
import { t } from '../../utils/i18n';
import type { ProgressLevel, TrackerStatus } from '../../utils/status';

/**
 * Gradio's status overlay (the `StatusTracker` every output block renders, fed by its loading status). It
 * covers its positioned parent (every block host is `position: relative`): put it as a child of the block.
 *
 * - `pending`: the queue position (`queue: 2/5 |`), or `processing |`, or the progress steps
 *   (`3/10 steps |`), then the timer (`1.2s`, or `1.2/3.0s` with an ETA), top right; an ETA bar filling the
 *   block from the left; in the centre a spinner, or the progress descriptions with percentages and a bar.
 * - `generating`: a pulsing accent border (a generator streaming partial results). Layout containers
 *   (`variant="layout"`) show this pulse for `pending` too.
 * - `error`: an "Error" pill and a × button that emits `gr-clear-status` (the message itself goes to a toast).
 * - Hidden for `null`, `complete`, `streaming`, `showProgress="hidden"` and `type="input"`.
 * - `validationError`: what an event's validator said of this input, in a red banner at the top right with a
 *   × that emits `gr-clear-validation`; shown whatever the status, and clicks pass through to the block.
 *
 * A polite live region announces queue, progress, errors and the validation message (not the timer).
 *
 * @part overlay-text - the top-right queue / progress / timer text.
 */
@Component({ tag: 'gr-status-tracker', styleUrl: 'gr-status-tracker.css', scoped: true })
export class GrStatusTracker {
  @Element() el!: HTMLElement;

  /** Seconds elapsed since the job became pending. */
  @State() elapsed = 0;

  /** The ETA measured from the start of the job (seconds), when the server gave one. */
  @State() etaFromStart: number | null = null;

  /** The job's status. */
  @Prop() status: TrackerStatus | null = null;
  @Watch('status')
  statusChanged() {
    this.syncTimer();
  }

  /** Position in the queue (0 = next); `null` once processing or unknown. */
  @Prop() queuePosition: number | null = null;

  /** Length of the queue. */
  @Prop() queueSize: number | null = null;

  /** Estimated seconds until the job completes, from the server (`rank_eta` / `eta`). */
  @Prop() eta: number | null = null;
  @Watch('eta')
  etaChanged() {
    this.updateEta();
  }

  /** The server's progress levels (`gr.Progress`, tqdm): `[{progress, index, length, unit, desc}]`. */
  @Prop() progress: ProgressLevel[] | null = null;

  /** `full` overlay, `minimal` (just the text, see-through, no spinner), or `hidden`. */
  @Prop() showProgress: 'full' | 'minimal' | 'hidden' = 'full';

  /** The error message (announced to screen readers; shown to everyone by a toast). */
  @Prop() message: string | null = null;

  /** Show the elapsed time; `false` shows `loadingText` instead. */
  @Prop() timer: boolean = true;

  /** When the job started, in ms since the epoch (`Date.now()`); `null`: when `status` became `pending`. */
  @Prop() timeStart: number | null = null;
  @Watch('timeStart')
  timeStartChanged() {
    this.started = this.timeStart ?? this.started;
    this.tick();
  }

  /** Text shown while pending when the timer is off. */
  @Prop() loadingText: string = 'Loading...';

  /**
   * `default`: overlay of a component block. `center`: text and spinner centred at the top (app loading).
   * `layout`: a Row / Column / Accordion output, which shows only the pulse (`pending` -> `generating`).
   */
  @Prop() variant: 'default' | 'center' | 'layout' = 'default';

  /** Gradio's tracker type: `input` trackers (streaming inputs) are never shown. */
  @Prop() type: 'input' | 'output' | null = null;

  /** What a validator said of this input (Gradio 5.45+ `validator=`); `null` for nothing. */
  @Prop() validationError: string | null = null;

  /** Fires when the user clicks the × of the validation banner (Gradio's tracker then drops the message). */
  @Event({ eventName: 'gr-clear-validation', bubbles: true, composed: true }) grClearValidation!: EventEmitter<void>;

  /** Fires when the user clicks the × of the error overlay (Gradio's `clear_status`). */
  @Event({ eventName: 'gr-clear-status', bubbles: true, composed: true }) grClearStatus!: EventEmitter<void>;

  private started = 0;
  private interval: ReturnType<typeof setInterval> | null = null;

  connectedCallback() {
    this.syncTimer();
  }

  disconnectedCallback() {
    this.stopTimer();
  }

  private syncTimer() {
    if (this.status === 'pending') this.startTimer();
    else this.stopTimer();
  }

  private startTimer() {
    if (this.interval !== null) return;
    this.started = this.timeStart ?? Date.now();
    this.etaFromStart = null;
    this.tick();
    this.updateEta();
    this.interval = setInterval(() => this.tick(), 100);
  }

  private stopTimer() {
    if (this.interval !== null) clearInterval(this.interval);
    this.interval = null;
    this.etaFromStart = null;
  }

  private tick() {
    this.elapsed = Math.max(0, (Date.now() - this.started) / 1000);
  }

  /** Gradio re-bases each new ETA on the time already elapsed. */
  private updateEta() {
    if (this.status !== 'pending' || typeof this.eta !== 'number' || this.eta < 0) return;
    this.tick();
    this.etaFromStart = this.elapsed + this.eta;
  }

  private clear = () => this.grClearStatus.emit();

  private clearValidation = () => this.grClearValidation.emit();

  private effectiveStatus(): TrackerStatus | null {
    return this.variant === 'layout' && this.status === 'pending' ? 'generating' : this.status;
  }

  private isHidden(status: TrackerStatus | null): boolean {
    return (
      this.type === 'input' ||
      !status ||
      status === 'complete' ||
      status === 'streaming' ||
      this.showProgress === 'hidden'
    );
  }

  /** The top-right text: progress steps or queue position, then the timer. */
  private metaText(): string {
    let text = '';
    const levels = Array.isArray(this.progress) ? this.progress : null;
    if (levels && levels.length > 0) {
      for (const level of levels) {
        if (level?.index === null || level?.index === undefined) continue;
        const count =
          typeof level.length === 'number'
            ? `${formatCount(level.index || 0)}/${formatCount(level.length)}`
            : formatCount(level.index || 0);
        text += `${count}${level.unit ? ` ${level.unit}` : ''} | `;
      }
    } else if (typeof this.queuePosition === 'number' && this.queuePosition >= 0 && typeof this.queueSize === 'number') {
      text += `${t('queue', this.el)}: ${this.queuePosition + 1}/${this.queueSize} | `;
    } else if (this.queuePosition === 0) {
      text += 'processing | ';
    }
    if (this.timer) {
      const eta = typeof this.eta === 'number' && this.etaFromStart !== null ? `/${this.etaFromStart.toFixed(1)}` : '';
      text += `${this.elapsed.toFixed(1)}${eta}s`;
    }
    return text.trim();
  }

  private renderPending() {
    const levels = Array.isArray(this.progress) ? this.progress : null;
    const fractions = progressFractions(levels);
    const last = fractions.length > 0 ? fractions[fractions.length - 1] : undefined;
    const full = this.showProgress === 'full';
    const etaLevel =
      this.etaFromStart && this.etaFromStart > 0 && this.elapsed ? Math.min(this.elapsed / this.etaFromStart, 1) : 0;
    return [
      this.variant === 'default' && !levels && full ? (
        <div class="eta-bar" style={{ transform: `translateX(${etaLevel * 100 - 100}%)` }} />
      ) : null,
      <div class={{ 'progress-text': true, 'meta-text': this.variant !== 'center', 'meta-text-center': this.variant === 'center' }} part="overlay-text">
        {this.metaText()}
      </div>,
      last !== undefined ? (
        <div class="progress-level">
          <div class="progress-level-inner">
            {(levels ?? [])
              .map((level, i) => {
                const fraction = fractions[i];
                const parts = [level?.desc ?? null, fraction !== undefined ? `${(100 * (fraction || 0)).toFixed(1)}%` : null];
                return parts.filter((part) => part !== null).join(' - ');
              })
              .filter((part) => part !== '')
              .join(' / ')}
          </div>
          <div class="progress-bar-wrap">
            <div class="progress-bar" style={{ transform: `scaleX(${Math.min(Math.max(last, 0), 1)})` }} />
          </div>
        </div>
      ) : full ? (
        <gr-loader class="loader" text={null} size="lg" />
      ) : null,
      this.timer ? null : <p class="loading">{this.loadingText}</p>,
    ];
  }

  private clearButton(onClick: () => void) {
    return (
      <button type="button" class="clear-button" aria-label={t('clear', this.el)} title={t('clear', this.el)} onClick={onClick}>
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M6 6l12 12M18 6L6 18" />
        </svg>
      </button>
    );
  }

  private renderError() {
    return [<div class="clear-status">{this.clearButton(this.clear)}</div>, <span class="error">{t('error', this.el)}</span>];
  }

  private renderValidation() {
    return (
      <div class="validation-error">
        <span class="validation-message">{this.validationError}</span>
        {this.clearButton(this.clearValidation)}
      </div>
    );
  }

  render() {
    const status = this.effectiveStatus();
    const hidden = this.isHidden(status);
    const validation = typeof this.validationError === 'string' && this.validationError !== '';
    const minimal = this.showProgress === 'minimal';
    const announcement = hidden
      ? validation
        ? this.validationError
        : ''
      : statusAnnouncement({
          status,
          queuePosition: this.queuePosition,
          queueSize: this.queueSize,
          progress: this.progress,
          message: this.message,
        });
    return (
      <Host
        class={{
          wrap: true,
          [this.variant]: true,
          [this.showProgress]: true,
          hide: hidden && !validation,
          translucent: (this.variant === 'center' && (status === 'pending' || status === 'error')) || minimal || (hidden && validation),
          'no-click': hidden && validation,
          generating: status === 'generating' && this.showProgress === 'full',
        }}
      >
        <div class="sr-only" aria-live="polite" aria-atomic="true">
          {announcement}
        </div>
        {validation ? this.renderValidation() : null}
        {hidden ? null : status === 'pending' ? this.renderPending() : status === 'error' ? this.renderError() : null}
      </Host>
    );
  }
}
