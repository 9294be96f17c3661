import { describe, expect, it } from 'vitest';
import { cameraOffset, cameraPositionOf, clearColorOf, extensionOf, modelFormat } from './model3d';

describe('model3d helpers', () => {
  it('tells the format from a name or URL, refusing others with the supported list', () => {
    expect(extensionOf('http://h/file=/tmp/a/Cube.OBJ?x=1#y')).toBe('.obj');
    expect(extensionOf('.hidden')).toBe('');
    expect(modelFormat('scene.GLTF')).toBe('.gltf');
    expect(() => modelFormat('a.splat')).toThrow('"a.splat" is a Gaussian splat (.splat), which the mesh viewer cannot show (it shows .obj, .glb, .gltf, .stl, .ply).');
    expect(() => modelFormat('README')).toThrow('"README" is not a supported 3D file: use .obj, .glb, .gltf, .stl, .ply.');
  });

  it("reads Gradio's clear_color and camera_position, with defaults for anything else", () => {
    expect(clearColorOf([0.5, 2, -1])).toEqual([0.5, 1, 0, 1]);
    expect(clearColorOf([0.1, 0.2, 0.3, 0.4])).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(clearColorOf('red')).toEqual([0, 0, 0, 0]);
    expect(clearColorOf(null)).toEqual([0, 0, 0, 0]);
    expect(cameraPositionOf([45, null, 3])).toEqual([45, null, 3]);
    expect(cameraPositionOf([Number.NaN, '10', -2])).toEqual([null, null, null]);
    expect(cameraPositionOf(undefined)).toEqual([null, null, null]);
  });

  it("places the camera as Babylon's ArcRotateCamera angles say, in a right-handed frame", () => {
    const near = (v: number[]) => v.map((n) => Math.round(n * 1000) / 1000);
    // alpha -90°, beta 90°: in front of the model (+z).
    expect(near(cameraOffset(-90, 90, 2))).toEqual([0, 0, 2]);
    // alpha 0°: on the +x side; beta 0°: (almost) straight above.
    expect(near(cameraOffset(0, 90, 2))).toEqual([2, 0, 0]);
    expect(near(cameraOffset(0, 0, 2))[1]).toBe(2);
  });
});
