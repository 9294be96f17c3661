import { describe, expect, h, it, render } from '@stencil/vitest';
import { loadKitWords } from '../../utils/i18n';

const tone = { path: '/tmp/gradio/tone.wav', url: 'http://host/gradio_api/file=/tmp/gradio/tone.wav', orig_name: 'tone.wav', mime_type: 'audio/wav' };

describe('gr-audio', () => {
  it('renders Gradio defaults: "Audio" badge and an empty state when static', async () => {
    const { root } = await render(<gr-audio />);
    expect(root.querySelector('.block-label')?.textContent).toBe('Audio');
    expect(root.querySelector('.empty')?.getAttribute('aria-labelledby')).toBe(root.querySelector('.block-label')?.id);
    expect(root.querySelector('audio')).toBeNull();
  });

  it('interactive and empty: the upload zone, and source buttons that switch to the recorder', async () => {
    const { root, waitForChanges } = await render(<gr-audio interactive />);
    expect(root.querySelector('.upload-zone-button')?.textContent).toContain('Drop Audio Here');
    const sources = Array.from(root.querySelectorAll('.sources button'));
    expect(sources.map((b) => [b.getAttribute('aria-label'), b.getAttribute('aria-pressed')])).toEqual([
      ['Upload file', 'true'],
      ['Record from microphone', 'false'],
    ]);
    (sources[1] as HTMLButtonElement).click();
    await waitForChanges();
    expect(root.querySelector('.recorder .record-button')?.textContent).toBe('Record');
    expect(root.querySelector('.upload-zone')).toBeNull();
  });

  it('sources=["microphone"] shows only the recorder, with no source buttons', async () => {
    const { root } = await render(<gr-audio interactive sources={['microphone']} />);
    expect(root.querySelector('.recorder')).not.toBeNull();
    expect(root.querySelector('.sources')).toBeNull();
  });

  it('a value shows the player: <audio> with the safe URL, loop / autoplay, controls named for the skip length', async () => {
    const { root } = await render(<gr-audio value={tone} loop autoplay waveformOptions={{ skip_length: 3 }} />);
    const audio = root.querySelector('audio') as HTMLAudioElement;
    expect(audio.getAttribute('src')).toBe(tone.url);
    expect(audio.hasAttribute('loop')).toBe(true);
    expect(audio.hasAttribute('autoplay')).toBe(true);
    const labels = Array.from(root.querySelectorAll('.controls button')).map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual(['Back 3 seconds', 'Play', 'Forward 3 seconds']);
    expect(root.querySelector('.toolbar button')?.getAttribute('aria-label')).toBe('Download');
    expect(root.querySelector('.seek')?.getAttribute('aria-label')).toBe('Position');
  });

  it('interactive with a value: Clear and Trim; Clear emits clear, change and input with null', async () => {
    const { root, waitForChanges } = await render(<gr-audio value={tone} interactive />);
    const events: string[] = [];
    for (const name of ['gr-clear', 'gr-change', 'gr-input']) root.addEventListener(name, (e) => events.push(`${name}:${JSON.stringify((e as CustomEvent).detail)}`));
    expect(root.querySelector('.trim-button')?.getAttribute('aria-label')).toBe('Trim');
    const clear = Array.from(root.querySelectorAll('.toolbar button')).find((b) => b.getAttribute('aria-label') === 'Clear') as HTMLButtonElement;
    clear.click();
    await waitForChanges();
    expect((root as HTMLGrAudioElement).value).toBeNull();
    expect(events).toEqual(['gr-clear:null', 'gr-change:null', 'gr-input:null']);
    expect(root.querySelector('.upload-zone')).not.toBeNull();
  });

  it('Gradio 6 buttons=[] hides the download button; editable=false hides Trim; programmatic values emit nothing', async () => {
    const { root, setProps } = await render(<gr-audio value={tone} interactive editable={false} buttons={[]} />);
    const events: string[] = [];
    for (const name of ['gr-change', 'gr-upload', 'gr-input']) root.addEventListener(name, () => events.push(name));
    expect(Array.from(root.querySelectorAll('.toolbar button')).map((b) => b.getAttribute('aria-label'))).toEqual(['Clear']);
    expect(root.querySelector('.trim-button')).toBeNull();
    await setProps({ value: { ...tone, url: 'http://host/other.wav' } });
    expect(root.querySelector('audio')?.getAttribute('src')).toBe('http://host/other.wav');
    expect(events).toEqual([]);
  });

  it('a script URL never reaches src; the element says why', async () => {
    const { root } = await render(<gr-audio value={{ ...tone, url: 'javascript:alert(1)' }} />);
    expect(root.innerHTML).not.toContain('javascript:');
    expect(root.querySelector('.media-error')?.textContent).toContain('not an allowed media address');
  });

  it("names its sources, recorder and upload zone in the reader's language", async () => {
    await loadKitWords('fr');
    const { root, waitForChanges } = await render(
      <div lang="fr">
        <gr-audio interactive />
      </div>,
    );
    expect(root.querySelector('.upload-zone-button')?.textContent).toContain("Déposez l'audio ici");
    const sources = Array.from(root.querySelectorAll('.sources button'));
    expect(sources.map((b) => b.getAttribute('aria-label'))).toEqual(['Envoyer un fichier', 'Enregistrer avec le microphone']);
    expect(root.querySelector('.sources legend')?.textContent).toBe('Source audio');
    (sources[1] as HTMLButtonElement).click();
    await waitForChanges();
    expect(root.querySelector('.recorder .record-button')?.textContent).toBe('Enregistrer');
  });
});
