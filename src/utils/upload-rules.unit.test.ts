import { describe, expect, it } from 'vitest';
import { acceptAttribute, checkFiles, fileMatchesTypes, formatBytes, normalizeFileTypes } from './upload-rules';

const file = (name: string, type = '', size = 10) => ({ name, type, size });

describe('upload rules', () => {
  it('maps Gradio file_types to the accept attribute', () => {
    expect(acceptAttribute(null)).toBeUndefined();
    expect(acceptAttribute([])).toBeUndefined();
    expect(acceptAttribute(['image', '.pdf', 'application/json'])).toBe('image/*,.pdf,application/json');
    expect(acceptAttribute(['audio', 'video', 'text'])).toBe('audio/*,video/*,text/*');
    // "file" means any file: no filter at all.
    expect(acceptAttribute(['image', 'file'])).toBeUndefined();
    expect(acceptAttribute('image')).toBe('image/*');
    expect(normalizeFileTypes([' .csv ', '', 3 as never])).toEqual(['.csv']);
  });

  it('matches categories by MIME type, or by extension when the browser gave none', () => {
    expect(fileMatchesTypes(file('a.png', 'image/png'), ['image'])).toBe(true);
    expect(fileMatchesTypes(file('a.webp'), ['image'])).toBe(true);
    expect(fileMatchesTypes(file('a.txt', 'text/plain'), ['image'])).toBe(false);
    expect(fileMatchesTypes(file('song.MP3', 'audio/mpeg'), ['audio', '.pdf'])).toBe(true);
    expect(fileMatchesTypes(file('Report.PDF', 'application/pdf'), ['.pdf'])).toBe(true);
    expect(fileMatchesTypes(file('report.pdf.exe'), ['.pdf'])).toBe(false);
    expect(fileMatchesTypes(file('a.json', 'application/json'), ['application/json'])).toBe(true);
    expect(fileMatchesTypes(file('a.gif', 'image/gif'), ['image/*'])).toBe(true);
    expect(fileMatchesTypes(file('a.gif', 'image/gif'), ['image/png'])).toBe(false);
    expect(fileMatchesTypes(file('anything.bin'), ['file'])).toBe(true);
    expect(fileMatchesTypes(file('anything.bin'), null)).toBe(true);
  });

  it('checks count, then type, then size, with messages that name the file and the rule', () => {
    expect(checkFiles([file('a.png', 'image/png')], { fileTypes: ['image'] })).toBeNull();
    expect(checkFiles([file('a.png'), file('b.png')], {})).toBe('Only one file can be uploaded here (got 2).');
    expect(checkFiles([file('a.png'), file('b.png')], { fileCount: 'multiple' })).toBeNull();
    expect(checkFiles([file('a.png', 'image/png'), file('notes.txt', 'text/plain')], { fileCount: 'multiple', fileTypes: ['image', '.pdf'] })).toBe(
      '"notes.txt" is not an accepted file type (accepted: image, .pdf).',
    );
    expect(checkFiles([file('big.bin', '', 3 * 1024 * 1024)], { maxFileSize: 1024 * 1024 })).toBe(
      '"big.bin" (3.0 MB) is larger than the maximum file size of 1.0 MB.',
    );
    expect(checkFiles([file('exact.bin', '', 1024)], { maxFileSize: 1024 })).toBeNull();
    expect(checkFiles([file('any.bin', '', 1e12)], { maxFileSize: null })).toBeNull();
  });

  it('formats byte counts', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
    expect(formatBytes(null)).toBe('');
    expect(formatBytes(-1)).toBe('');
  });
});
