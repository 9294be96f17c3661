/**
 * The camera behind the Image element's webcam source, kept apart from any element so a streaming element
 * (`.stream()`, frames every `stream_every` seconds) can reuse it: open a camera (optionally a chosen
 * device, with Gradio's `webcam_options.constraints`), list the cameras, grab a frame (mirrored or not) as a
 * PNG `File` or, for streaming, a JPEG data URL, and stop.
 */

/** A camera the page may use. */
export interface CameraDevice {
  deviceId: string;
  label: string;
}

/** A message fit to show for a failed `getUserMedia` (denied, no camera, busy, insecure page). */
export function cameraErrorMessage(error: unknown): string {
  const name = (error as { name?: string })?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'Camera access was denied. Allow the camera for this page and try again.';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'No camera was found.';
  if (name === 'NotReadableError') return 'The camera is in use by another application.';
  return `The camera could not be opened: ${(error as Error)?.message || String(error)}`;
}

export class WebcamCapture {
  /** The open stream; `null` when the camera is off. */
  stream: MediaStream | null = null;
  /** One canvas for every frame taken (a stream takes many). */
  #canvas?: HTMLCanvasElement;

  /**
   * Opens the camera (the one with `deviceId`, else the default) and plays it in `video`. Rejects with a
   * message fit to show (see {@link cameraErrorMessage}).
   */
  async start(video: HTMLVideoElement | undefined, deviceId?: string | null, constraints?: MediaTrackConstraints | null): Promise<MediaStream> {
    this.stop();
    if (!navigator.mediaDevices?.getUserMedia) throw new Error('This page cannot use a camera (it needs HTTPS or localhost).');
    const videoConstraints: MediaTrackConstraints = { ...(constraints ?? {}) };
    if (deviceId) videoConstraints.deviceId = { exact: deviceId };
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: Object.keys(videoConstraints).length ? videoConstraints : true,
        audio: false,
      });
    } catch (error) {
      throw new Error(cameraErrorMessage(error));
    }
    this.stream = stream;
    if (video) {
      video.srcObject = stream;
      video.muted = true;
      await video.play().catch(() => undefined);
    }
    return stream;
  }

  /** The cameras (labels are known once the page was allowed a camera). */
  async devices(): Promise<CameraDevice[]> {
    if (!navigator.mediaDevices?.enumerateDevices) return [];
    const all = await navigator.mediaDevices.enumerateDevices();
    return all
      .filter((device) => device.kind === 'videoinput')
      .map((device, i) => ({ deviceId: device.deviceId, label: device.label || `Camera ${i + 1}` }));
  }

  /** The id of the camera in use. */
  get deviceId(): string | undefined {
    return this.stream?.getVideoTracks()[0]?.getSettings().deviceId;
  }

  /** The current frame of `video` as a PNG file, mirrored horizontally when `mirror`. */
  async capture(video: HTMLVideoElement, mirror: boolean, name = 'webcam.png'): Promise<File> {
    const canvas = this.#draw(video, mirror);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The picture could not be encoded.');
    return new File([blob], name, { type: 'image/png' });
  }

  /**
   * The current frame of `video` as a JPEG data URL (what Gradio's webcam streaming sends, `{url}` inline
   * rather than uploaded), mirrored when `mirror`; `null` while the camera has delivered no picture yet.
   */
  frameDataUrl(video: HTMLVideoElement, mirror: boolean, quality = 0.8): string | null {
    if (!video.videoWidth || !video.videoHeight) return null;
    return this.#draw(video, mirror).toDataURL('image/jpeg', quality);
  }

  /** The current frame of `video` on a canvas of its size. */
  #draw(video: HTMLVideoElement, mirror: boolean): HTMLCanvasElement {
    const width = video.videoWidth;
    const height = video.videoHeight;
    if (!width || !height) throw new Error('The camera has not delivered a picture yet.');
    this.#canvas ??= document.createElement('canvas');
    const canvas = this.#canvas;
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('The picture could not be taken (no canvas).');
    context.setTransform(mirror ? -1 : 1, 0, 0, 1, mirror ? width : 0, 0);
    context.drawImage(video, 0, 0, width, height);
    return canvas;
  }

  /** Turns the camera off. */
  stop(): void {
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = null;
  }
}
