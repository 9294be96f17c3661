/**
 * Recording from a live stream (microphone for `gr-audio`, camera for `gr-video`) with MediaRecorder: start,
 * pause, resume, stop with the recording as a Blob, the elapsed time, and the stream's tracks released on
 * stop. Opening the stream (and its error messages) is the element's business.
 */

export type RecorderState = 'inactive' | 'recording' | 'paused';

export class StreamRecorder {
  /**
   * The stream being recorded; `null` once stopped. An element may set it to a stream it opened (a camera
   * preview) before `start`: `stop` and `discard` release it.
   */
  stream: MediaStream | null = null;
  #recorder?: MediaRecorder;
  #chunks: Blob[] = [];
  #startedAt = 0;
  #elapsedBefore = 0;

  /** `inactive`, `recording` or `paused`. */
  get state(): RecorderState {
    return (this.#recorder?.state as RecorderState | undefined) ?? 'inactive';
  }

  /** Seconds recorded so far (pauses excluded). */
  get elapsed(): number {
    const running = this.state === 'recording' ? (performance.now() - this.#startedAt) / 1000 : 0;
    return this.#elapsedBefore + running;
  }

  /**
   * Starts recording `stream`, in the first of `mimeTypes` the browser records (else its default). Throws
   * with a message fit to show when MediaRecorder is missing.
   */
  start(stream: MediaStream, mimeTypes: string[] = []): void {
    if (typeof MediaRecorder === 'undefined') throw new Error('This browser cannot record media.');
    // A new stream replaces the old one; the same stream (a camera already showing) is kept open.
    if (this.stream !== stream) this.discard();
    else this.#stopRecorder();
    const mimeType = mimeTypes.find((type) => MediaRecorder.isTypeSupported(type));
    this.stream = stream;
    this.#chunks = [];
    this.#elapsedBefore = 0;
    const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) this.#chunks.push(event.data);
    };
    this.#recorder = recorder;
    recorder.start(250);
    this.#startedAt = performance.now();
  }

  pause(): void {
    if (this.state !== 'recording') return;
    this.#elapsedBefore = this.elapsed;
    this.#recorder?.pause();
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.#recorder?.resume();
    this.#startedAt = performance.now();
  }

  /** Stops, releases the stream and resolves with the recording (`null` if nothing was recording). */
  stop(): Promise<Blob | null> {
    const recorder = this.#recorder;
    if (!recorder || recorder.state === 'inactive') {
      this.discard();
      return Promise.resolve(null);
    }
    this.#elapsedBefore = this.elapsed;
    return new Promise((resolve) => {
      recorder.onstop = () => {
        const blob = new Blob(this.#chunks, { type: recorder.mimeType || this.#chunks[0]?.type || '' });
        this.#release();
        resolve(blob);
      };
      recorder.stop();
    });
  }

  /** Stops without keeping anything and releases the stream (element removed, source switched). */
  discard(): void {
    this.#stopRecorder();
    this.#release();
  }

  /** Stops the recorder, dropping what it recorded, and leaves the stream open. */
  #stopRecorder(): void {
    const recorder = this.#recorder;
    if (recorder && recorder.state !== 'inactive') {
      recorder.onstop = null;
      recorder.stop();
    }
    this.#recorder = undefined;
    this.#chunks = [];
  }

  #release(): void {
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = null;
    this.#recorder = undefined;
    this.#chunks = [];
  }
}

/**
 * Raw samples of a live stream (the microphone of a streaming `gr-audio`), collected with Web Audio and taken
 * in pieces: `take()` hands over what arrived since the previous call as a mono AudioBuffer (for a WAV chunk),
 * so no sample is lost or sent twice however long a chunk waits to be sent.
 */
export class PcmCapture {
  /** The stream captured; `null` once stopped. */
  stream: MediaStream | null = null;
  #context?: AudioContext;
  #nodes: AudioNode[] = [];
  #pieces: Float32Array[] = [];
  #length = 0;
  #total = 0;
  /** Called after each block of samples (`end` waits for one). */
  #onBlock?: () => void;

  /** Samples taken so far (all `take()` results together). */
  get taken(): number {
    return this.#total;
  }

  /** Starts collecting the samples of `stream` (its first audio track, mixed to mono by Web Audio). */
  async start(stream: MediaStream): Promise<void> {
    this.stop();
    const Context = window.AudioContext;
    if (!Context) throw new Error('This browser cannot capture audio samples.');
    const context = new Context();
    this.#context = context;
    this.stream = stream;
    this.#pieces = [];
    this.#length = 0;
    this.#total = 0;
    const source = context.createMediaStreamSource(stream);
    // A ScriptProcessorNode (deprecated, but in every browser) rather than an AudioWorklet, whose module a
    // page's Content-Security-Policy may refuse. It only runs when connected to the output: through a
    // silent gain, so nothing is heard.
    const processor = context.createScriptProcessor(4096, 1, 1);
    const mute = context.createGain();
    mute.gain.value = 0;
    processor.onaudioprocess = (event) => {
      const samples = event.inputBuffer.getChannelData(0);
      this.#pieces.push(new Float32Array(samples));
      this.#length += samples.length;
      this.#onBlock?.();
    };
    source.connect(processor);
    processor.connect(mute);
    mute.connect(context.destination);
    this.#nodes = [source, processor, mute];
    await context.resume().catch(() => undefined);
  }

  /** The samples collected since the previous call as a mono AudioBuffer; `null` when none arrived. */
  take(): AudioBuffer | null {
    const context = this.#context;
    if (!context || !this.#length) return null;
    const buffer = context.createBuffer(1, this.#length, context.sampleRate);
    const channel = buffer.getChannelData(0);
    let offset = 0;
    for (const piece of this.#pieces) {
      channel.set(piece, offset);
      offset += piece.length;
    }
    this.#total += this.#length;
    this.#pieces = [];
    this.#length = 0;
    return buffer;
  }

  /**
   * Stops collecting and releases the microphone, keeping what was collected for a last `take()` (`stop`
   * then releases the rest). With `waitMs`, first waits for the block of samples already on its way (the
   * processor hands them over on the main thread, late when it is busy), `waitMs` at most.
   */
  async end(waitMs = 0): Promise<void> {
    if (waitMs > 0 && this.#nodes.length) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, waitMs);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.#onBlock = done;
      });
      this.#onBlock = undefined;
    }
    for (const node of this.#nodes) node.disconnect();
    this.#nodes = [];
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = null;
  }

  /** Stops collecting and releases the stream and the audio context. */
  stop(): void {
    this.#onBlock?.();
    void this.end();
    void this.#context?.close().catch(() => undefined);
    this.#context = undefined;
    this.#pieces = [];
    this.#length = 0;
  }
}
