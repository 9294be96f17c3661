import { describe, expect, it } from 'vitest';
import { checkSplatBytes, isGaussianPly, maySplat, normalizedPly, plyHeaderOf } from './model3d-splat';

const bytes = (text: string) => new TextEncoder().encode(text);
const gaussianHeader = [
  'ply',
  'format binary_little_endian 1.0',
  'element vertex 2',
  ...['x', 'y', 'z', 'f_dc_0', 'f_dc_1', 'f_dc_2', 'opacity', 'scale_0', 'scale_1', 'scale_2', 'rot_0', 'rot_1', 'rot_2', 'rot_3'].map((n) => `property float ${n}`),
  'end_header',
  '',
].join('\n');

describe('model3d splat helpers', () => {
  it('reads a PLY header only when it is complete', () => {
    expect(plyHeaderOf(bytes(`${gaussianHeader}\u0001\u0002`))).toBe(gaussianHeader);
    expect(plyHeaderOf(bytes('ply\nformat binary_little_endian 1.0\nelement vertex 2\n'))).toBeNull();
    expect(plyHeaderOf(bytes('solid cube\nend_header\n'))).toBeNull();
    expect(plyHeaderOf(bytes(gaussianHeader.replace(/\n/g, '\r\n')))).toContain('end_header\r\n');
  });

  it('tells Gaussian-splat PLYs by their vertex properties', () => {
    expect(isGaussianPly(gaussianHeader)).toBe(true);
    expect(isGaussianPly('ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nproperty uchar red\nend_header\n')).toBe(false);
    // The properties must be the vertices' own, not another element's.
    expect(isGaussianPly('ply\nelement vertex 1\nproperty float x\nelement extra 1\nproperty float f_dc_0\nproperty float opacity\nproperty float scale_0\nproperty float rot_0\nend_header\n')).toBe(false);
    expect(maySplat('a/b/Scene.SPLAT')).toBe(true);
    expect(maySplat('x.ply')).toBe(true);
    expect(maySplat('x.glb')).toBe(false);
  });

  it('refuses .splat files that are empty or not whole 32-byte splats, and text or empty splat PLYs', () => {
    expect(() => checkSplatBytes({ format: '.splat', data: new ArrayBuffer(64) }, 'a.splat')).not.toThrow();
    expect(() => checkSplatBytes({ format: '.splat', data: new ArrayBuffer(0) }, 'a.splat')).toThrow('"a.splat" has no splats to show (an empty SPLAT file).');
    expect(() => checkSplatBytes({ format: '.splat', data: new ArrayBuffer(40) }, 'a.splat')).toThrow(
      '"a.splat" is not a valid SPLAT file: its 40 bytes are not a whole number of 32-byte splats.',
    );
    expect(() => checkSplatBytes({ format: '.ply', data: bytes(gaussianHeader).buffer }, 'g.ply')).not.toThrow();
    expect(() => checkSplatBytes({ format: '.ply', data: bytes(gaussianHeader.replace('binary_little_endian', 'ascii')).buffer }, 'g.ply')).toThrow('not binary little-endian');
    expect(() => checkSplatBytes({ format: '.ply', data: bytes(gaussianHeader.replace('vertex 2', 'vertex 0')).buffer }, 'g.ply')).toThrow(
      '"g.ply" has no splats to show (a PLY file without vertices).',
    );
  });

  it('gives gsplat a PLY header with plain line ends and no byte-order mark, the body untouched', () => {
    const body = [7, 13, 10, 255];
    const windows = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(gaussianHeader.replace(/\n/g, '\r\n')), ...body]);
    const clean = new Uint8Array(normalizedPly(windows.buffer));
    expect(Array.from(clean)).toEqual([...bytes(gaussianHeader), ...body]);
    const already = bytes(gaussianHeader).buffer;
    expect(normalizedPly(already)).toBe(already);
  });
});
