import { describe, expect, it } from 'vitest';
import { wholeStreamFile } from './hls-player';

describe('wholeStreamFile', () => {
  const stream = {
    path: 'abc/140/8/playlist.m3u8',
    url: 'http://127.0.0.1:7860/gradio_api/stream/abc/140/8/playlist.m3u8',
    is_stream: true,
    orig_name: 'video-stream.mp4',
  };

  it("points a streamed value at Gradio's whole-stream file beside its playlist, keeping its name", () => {
    expect(wholeStreamFile(stream)).toEqual({ ...stream, url: 'http://127.0.0.1:7860/gradio_api/stream/abc/140/8/playlist-file' });
  });

  it('leaves other files as they are', () => {
    const file = { path: 'a.mp4', url: 'http://127.0.0.1:7860/gradio_api/file=a.mp4', is_stream: false };
    expect(wholeStreamFile(file)).toBe(file);
  });
});
