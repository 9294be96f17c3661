import { describe, expect, it } from 'vitest';
import { xssUrls } from '../../tests/helpers/xss-vectors';
import { safeMediaUrl } from './media-url';

describe('safeMediaUrl', () => {
  it('drops every script URL of the corpus', () => {
    for (const url of xssUrls) expect(safeMediaUrl(url), url).toBeUndefined();
  });

  it('keeps http(s), relative, blob and media data URLs; drops empty and foreign schemes', () => {
    expect(safeMediaUrl('https://a.example/x.png')).toBe('https://a.example/x.png');
    expect(safeMediaUrl(' /gradio_api/file=x.wav ')).toBe('/gradio_api/file=x.wav');
    expect(safeMediaUrl('blob:https://a.example/1')).toBe('blob:https://a.example/1');
    expect(safeMediaUrl('data:image/png;base64,AA==')).toBe('data:image/png;base64,AA==');
    expect(safeMediaUrl('data:application/pdf;base64,AA==')).toBeUndefined();
    expect(safeMediaUrl('ftp://a.example/x')).toBeUndefined();
    expect(safeMediaUrl('   ')).toBeUndefined();
    expect(safeMediaUrl(null)).toBeUndefined();
  });
});
