import { describe, expect, h, it, render } from '@stencil/vitest';

const clip = { path: '/tmp/gradio/clip.mp4', url: 'http://host/gradio_api/file=/tmp/gradio/clip.mp4', orig_name: 'clip.mp4', mime_type: 'video/mp4' };

describe('gr-video', () => {
  it('renders Gradio defaults: "Video" badge, an empty state when static', async () => {
    const { root } = await render(<gr-video />);
    expect(root.querySelector('.block-label')?.textContent).toBe('Video');
    expect(root.querySelector('.empty')).not.toBeNull();
  });

  it('a Gradio 6 FileData value plays with the browser controls; loop, autoplay (muted), size, download', async () => {
    const { root } = await render(<gr-video value={clip} loop autoplay height={240} width={320} />);
    const video = root.querySelector('video') as HTMLVideoElement;
    expect(video.getAttribute('src')).toBe(clip.url);
    expect(video.hasAttribute('controls')).toBe(true);
    expect(video.hasAttribute('loop')).toBe(true);
    expect(video.hasAttribute('autoplay')).toBe(true);
    expect(video.getAttribute('aria-label')).toBe('Video: clip.mp4');
    const body = root.querySelector('.body') as HTMLElement;
    expect([body.style.height, body.style.width]).toEqual(['240px', '320px']);
    expect(root.querySelector('.toolbar button')?.getAttribute('aria-label')).toBe('Download');
  });

  it('reads a Gradio 5 {video, subtitles} value', async () => {
    const { root } = await render(<gr-video value={{ video: clip, subtitles: null }} />);
    expect(root.querySelector('video')?.getAttribute('src')).toBe(clip.url);
  });

  it('interactive and empty: upload zone and source buttons; the webcam source offers to open the camera', async () => {
    const { root, waitForChanges } = await render(<gr-video interactive />);
    expect(root.querySelector('.upload-zone-button')?.textContent).toContain('Drop Video Here');
    const sources = Array.from(root.querySelectorAll<HTMLButtonElement>('.sources button'));
    expect(sources.map((b) => b.getAttribute('aria-label'))).toEqual(['Upload file', 'Record from webcam']);
    sources[1].click();
    await waitForChanges();
    expect(root.querySelector('.webcam .text-button')?.textContent).toBe('Open camera');
  });

  it('Clear emits clear and change with null; programmatic values emit nothing', async () => {
    const { root, setProps, waitForChanges } = await render(<gr-video value={clip} interactive />);
    const events: string[] = [];
    for (const name of ['gr-clear', 'gr-change', 'gr-upload']) root.addEventListener(name, (e) => events.push(`${name}:${JSON.stringify((e as CustomEvent).detail)}`));
    await setProps({ value: { ...clip, url: 'http://host/b.mp4' } });
    expect(events).toEqual([]);
    const clear = Array.from(root.querySelectorAll<HTMLButtonElement>('.toolbar button')).find((b) => b.getAttribute('aria-label') === 'Clear');
    clear?.click();
    await waitForChanges();
    expect(events).toEqual(['gr-clear:null', 'gr-change:null']);
    expect((root as HTMLGrVideoElement).value).toBeNull();
  });

  it('Gradio 6 buttons=[] hides download; a script URL never reaches src and the element says why', async () => {
    const { root } = await render(<gr-video value={{ ...clip, url: 'javascript:alert(1)' }} buttons={[]} />);
    expect(root.querySelector('.toolbar')).toBeNull();
    expect(root.innerHTML).not.toContain('javascript:');
    expect(root.querySelector('.media-error')?.textContent).toContain('not an allowed media address');
  });
});
