import { describe, expect, it } from 'vitest';
import { decryptState, encryptState } from './browser-state-crypto';

/**
 * Made with OpenSSL, independently of crypto-js: `printf '%s' '{"count":3,"name":"ada"}' | openssl enc
 * -aes-256-cbc -md md5 -salt -pass pass:$(printf '%s' my-secret | sha256sum | cut -d' ' -f1) -base64 -A`,
 * behind an IV part as Gradio's frontend writes it (any base64: it is not used).
 */
const fromOpenSsl = 'AAAAAAAAAAAAAAAAAAAAAA==:U2FsdGVkX19gGB2GblGcyhrTFTAO1rMinLnMFCFjISEFjbv58k278LKS9Vw9qBTS';

describe("BrowserState's stored format", () => {
  it('reads a value encrypted as Gradio stores it (OpenSSL salted AES-256-CBC, passphrase sha256(secret))', () => {
    expect(JSON.parse(decryptState(fromOpenSsl, 'my-secret'))).toEqual({ count: 3, name: 'ada' });
  });

  it('writes "<iv>:<salted ciphertext>" that it reads back, fresh each time; another secret cannot read it', () => {
    const json = JSON.stringify({ text: 'héllo ✓', list: [1, 2] });
    const first = encryptState(json, 's3cret');
    const second = encryptState(json, 's3cret');
    expect(first).toMatch(/^[A-Za-z0-9+/]{22}==:U2FsdGVkX1[A-Za-z0-9+/=]+$/);
    expect(first).not.toBe(second);
    expect(decryptState(first, 's3cret')).toBe(json);
    expect(() => decryptState(first, 'other')).toThrow(/not encrypted with this secret/);
    expect(() => decryptState('{"plain":true}', 's3cret')).toThrow(/not encrypted with this secret/);
  });
});
