/**
 * How Gradio's frontend stores a `BrowserState` value (js/browserstate): `"<iv>:<ciphertext>"`, where the
 * ciphertext is crypto-js's passphrase AES, i.e. OpenSSL's `Salted__` format (AES-256-CBC, PKCS#7, key and IV
 * derived from the passphrase and a random 8-byte salt with EVP_BytesToKey over MD5), and the passphrase is the
 * hex SHA-256 of the component's `secret`. The leading IV is written but never used (the passphrase derivation
 * makes its own): it is written as Gradio writes it and ignored on reading. So a value either frontend stored,
 * the other reads. crypto-js does this exactly and synchronously; it is bundled with gr-browser-state only.
 */
import AES from 'crypto-js/aes';
import Core from 'crypto-js/core';
import Base64 from 'crypto-js/enc-base64';
import Utf8 from 'crypto-js/enc-utf8';
import SHA256 from 'crypto-js/sha256';

const passphrase = (secret: string) => SHA256(secret).toString();

/** Encrypts a value's JSON text with `secret`, in Gradio's stored format. */
export function encryptState(json: string, secret: string): string {
  const iv = Base64.stringify(Core.lib.WordArray.random(16));
  return `${iv}:${AES.encrypt(json, passphrase(secret)).toString()}`;
}

/**
 * The JSON text of a stored value encrypted with `secret`.
 * @throws when `stored` is not in that format or was encrypted with another secret.
 */
export function decryptState(stored: string, secret: string): string {
  const ciphertext = stored.slice(stored.indexOf(':') + 1);
  let text = '';
  try {
    text = AES.decrypt(ciphertext, passphrase(secret)).toString(Utf8);
  } catch {
    // A wrong key usually gives bytes that are not UTF-8 (crypto-js throws "Malformed UTF-8 data").
  }
  // CBC has no integrity check: about one wrong key in a few hundred leaves valid padding and bytes that happen
  // to be UTF-8. What Gradio stores is JSON, which such garbage is not.
  if (!text || !isJson(text)) throw new Error('the stored value is not encrypted with this secret');
  return text;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
