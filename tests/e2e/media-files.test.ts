/**
 * `<gr-file>`, `<gr-upload-button>` and `<gr-download-button>` inside `<gradio-app>` against a real Gradio
 * server (`examples/apps/media_files.py`): several files chosen here reach the server byte for byte (names,
 * sizes, sha256 reported back); the produced file shows in a File and a DownloadButton and downloads with
 * the server's bytes; select, delete and download event data reach the server; an UploadButton's upload
 * event runs a function with the file; the server's max_file_size (64 KB) refusal is a message in the element.
 */
import { createHash } from 'node:crypto';
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradioVersions } from '../../scripts/gradio-server.ts';
import { downloadedBytes, openPage } from '../helpers/browser.ts';
import { type EmbedSuite, screenshot, useEmbedSuite, waitForAppReady } from './helpers/embed.ts';
import { limit } from '../helpers/limits.ts';

let suite: EmbedSuite;

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const fileBlock = (app: Locator, label: string) =>
  app.locator('gr-file').filter({ has: app.page().locator('.block-label', { hasText: new RegExp(`^${label}$`) }) });
const textbox = (app: Locator, label: string) => app.locator('gr-textbox', { hasText: label }).locator('textarea, input').first();

async function open(name: string) {
  const { page, errors } = await openPage(suite.browser);
  await page.goto(suite.site.page(name, `<gradio-app src="${suite.servers.media_files.url}/" eager></gradio-app>`));
  await waitForAppReady(page);
  return { page, app: page.locator('gradio-app'), errors };
}

describe.each(gradioVersions)('file elements in <gradio-app> with a real Gradio server (Gradio %s)', (gradio) => {
  const started = useEmbedSuite(['media_files'], { gradio });
  beforeAll(() => {
    suite = started;
  });

  it('several files reach the server byte for byte; the produced file shows, downloads, and reports its events', async () => {
    const { page, app, errors } = await open(`media-files-roundtrip-${gradio}`);
    const a = Buffer.from('alpha,beta\n1,2\n');
    const b = Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 251));
    const inputs = fileBlock(app, 'inputs');
    await inputs.locator('input[type=file]').setInputFiles([
      { name: 'table.csv', mimeType: 'text/csv', buffer: a },
      { name: 'blob.bin', mimeType: 'application/octet-stream', buffer: b },
    ]);
    await expect.poll(() => inputs.locator('tbody tr').count(), { timeout: limit(30_000) }).toBe(2);
    expect(await inputs.locator('td.filename .sr-only').allTextContents()).toEqual(['table.csv', 'blob.bin']);
    expect(await inputs.locator('td.size').allTextContents()).toEqual([`${a.length} B`, '2.9 KB']);
    // Names are shown whole (not cut by the table layout).
    for (const stem of await inputs.locator('.stem').all()) {
      expect(await stem.evaluate((el) => el.clientWidth > 0 && el.scrollWidth <= el.clientWidth)).toBe(true);
    }

    await app.locator('gr-button', { hasText: 'Inspect' }).locator('button').click();
    const expected = `table.csv: ${a.length} bytes sha256=${sha(a)}\nblob.bin: ${b.length} bytes sha256=${sha(b)}`;
    await expect.poll(() => textbox(app, 'report').inputValue(), { timeout: limit(30_000) }).toBe(expected);

    const produced = fileBlock(app, 'produced');
    await expect.poll(() => produced.locator('td.filename .sr-only').textContent(), { timeout: limit(30_000) }).toBe('report.txt');
    await screenshot(page, 'media-files-roundtrip');

    // The produced file downloads with the server's bytes, and its download event reaches the server.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: limit(20_000) }), produced.locator('td.download a').click()]);
    expect(download.suggestedFilename()).toBe('report.txt');
    expect((await downloadedBytes(download)).toString('utf8')).toBe(`${expected}\n`);
    await expect.poll(() => textbox(app, 'events').inputValue(), { timeout: limit(30_000) }).toBe('download report.txt');

    // The DownloadButton got the same file.
    const [fromButton] = await Promise.all([
      page.waitForEvent('download', { timeout: limit(20_000) }),
      app.locator('gr-download-button').locator('button').click(),
    ]);
    expect(fromButton.suggestedFilename()).toBe('report.txt');
    expect((await downloadedBytes(fromButton)).toString('utf8')).toBe(`${expected}\n`);

    // The app listens to select: file names are buttons, and a click sends {index, value: name}.
    expect(await inputs.evaluate((el) => (el as HTMLGrFileElement).selectable)).toBe(true);
    await inputs.getByRole('button', { name: 'blob.bin', exact: true }).click();
    await expect.poll(() => textbox(app, 'events').inputValue(), { timeout: limit(30_000) }).toBe('select 1 blob.bin');

    // Removing a file from the input list sends the delete event with that file.
    await inputs.getByRole('button', { name: 'Remove table.csv' }).click();
    await expect.poll(() => textbox(app, 'events').inputValue(), { timeout: limit(30_000) }).toBe('delete table.csv');
    expect(await inputs.locator('td.filename .sr-only').allTextContents()).toEqual(['blob.bin']);
    expect(errors).toEqual([]);
  });

  it('the upload button uploads its file and its upload event runs on the server', async () => {
    const { page, app, errors } = await open(`media-files-button-${gradio}`);
    const data = Buffer.from('uploaded by the button\n');
    const button = app.locator('gr-upload-button');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: limit(20_000) }), button.locator('button').click()]);
    await chooser.setFiles({ name: 'note.txt', mimeType: 'text/plain', buffer: data });
    await expect.poll(() => textbox(app, 'button upload').inputValue(), { timeout: limit(30_000) }).toMatch(
      new RegExp(`^note\\.txt: ${data.length} bytes sha256=${sha(data)}$`),
    );
    await screenshot(page, 'media-files-button');
    expect(errors).toEqual([]);
  });

  it("a refused type and a file over the app's max_file_size are messages in the element; nothing is sent", async () => {
    const { page, app, errors } = await open(`media-files-refused-${gradio}`);
    const uploads: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/upload')) uploads.push(request.url());
    });
    const inputs = fileBlock(app, 'inputs');
    await inputs.locator('input[type=file]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('x') });
    await expect.poll(() => inputs.locator('.upload-message').textContent()).toBe('"photo.png" is not an accepted file type (accepted: .txt, .csv, .bin).');
    await inputs.locator('input[type=file]').setInputFiles({ name: 'big.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(200 * 1024) });
    // <gradio-app> hands the element the app's max_file_size (64 KB): the file is refused before any byte is sent.
    await expect.poll(() => inputs.locator('.upload-message').textContent(), { timeout: limit(30_000) }).toMatch(/big\.bin.*larger than/);
    expect(await inputs.evaluate((el) => (el as HTMLGrFileElement).value)).toBeNull();
    expect(uploads).toEqual([]);
    await screenshot(page, 'media-files-refused');
    expect(errors).toEqual([]);
  });
});
