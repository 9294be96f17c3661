import { describe, expect, it } from 'vitest';
import { isVtt, srtToVtt } from './video-subtitles';

describe('srtToVtt', () => {
  it('adds the header, turns the millisecond comma into a dot, normalises line ends and drops a BOM', () => {
    const srt = '\uFEFF1\r\n00:00:00,500 --> 00:00:01,250\r\nHello <b>there</b>\r\n\r\n2\r\n01:02:03,004 --> 01:02:04,000\r\nBye, 00:00:01,000 stays\r\n';
    expect(srtToVtt(srt)).toBe(
      'WEBVTT\n\n1\n00:00:00.500 --> 00:00:01.250\nHello <b>there</b>\n\n2\n01:02:03.004 --> 01:02:04.000\nBye, 00:00:01.000 stays\n',
    );
  });

  it('tells WebVTT from SRT', () => {
    expect(isVtt('WEBVTT\n\n00:00.000 --> 00:01.000\nx')).toBe(true);
    expect(isVtt('\uFEFFWEBVTT')).toBe(true);
    expect(isVtt('1\n00:00:00,000 --> 00:00:01,000\nx')).toBe(false);
  });
});
