import { describe, expect, it } from 'vitest';
import { EditHistory, autoBrushSize, discMask, fitRect, linePoints, readBrush, readCanvasSize, readEraser, readLayers } from './image-editor';

describe('image editor props across Gradio versions', () => {
  it('reads brush: Gradio 5 "auto" default colour, Gradio 6 tuples with opacity, a single colour, false', () => {
    // Gradio 5.14's config for gr.Brush() / gr.Sketchpad()
    expect(readBrush({ default_size: 'auto', colors: ['rgb(204, 50, 50)', '#00f'], default_color: 'auto', color_mode: 'defaults' })).toEqual({
      colors: [
        { color: 'rgb(204, 50, 50)', opacity: 1 },
        { color: '#00f', opacity: 1 },
      ],
      defaultColor: { color: 'rgb(204, 50, 50)', opacity: 1 },
      colorMode: 'defaults',
      defaultSize: 'auto',
    });
    // Gradio 6.25: (colour, opacity) tuples arrive as lists; default_color is a colour
    const six = readBrush({ default_size: 12, colors: [['#ff0000', 0.5], '#000'], default_color: '#000', color_mode: 'fixed' });
    expect(six?.colors).toEqual([
      { color: '#ff0000', opacity: 0.5 },
      { color: '#000', opacity: 1 },
    ]);
    expect(six?.defaultColor).toEqual({ color: '#000', opacity: 1 });
    expect(six?.colorMode).toBe('fixed');
    expect(six?.defaultSize).toBe(12);
    expect(readBrush({ colors: ['#123456', 0.25] })?.colors).toEqual([{ color: '#123456', opacity: 0.25 }]);
    expect(readBrush({ colors: '#abc' })?.colors).toEqual([{ color: '#abc', opacity: 1 }]);
    expect(readBrush(false)).toBeNull();
    // Nothing readable: Gradio's palette
    expect(readBrush({ colors: [42, null] })?.colors).toHaveLength(5);
    expect(readBrush(null)?.defaultColor.color).toBe('rgb(204, 50, 50)');
  });

  it('reads eraser, layers and canvas_size', () => {
    expect(readEraser({ default_size: 7 })).toEqual({ defaultSize: 7 });
    expect(readEraser({ default_size: 'auto' })).toEqual({ defaultSize: 'auto' });
    expect(readEraser(false)).toBeNull();
    // Gradio 5: a boolean
    expect(readLayers(true)).toEqual({ allowAdditional: true, names: ['Layer 1'], disabled: false });
    expect(readLayers(false)).toEqual({ allowAdditional: false, names: ['Layer 1'], disabled: true });
    // Gradio 6: LayerOptions
    expect(readLayers({ allow_additional_layers: false, layers: ['Sky', 'Ground'], disabled: false })).toEqual({
      allowAdditional: false,
      names: ['Sky', 'Ground'],
      disabled: false,
    });
    expect(readLayers({ layers: [], disabled: true })).toEqual({ allowAdditional: false, names: ['Layer 1'], disabled: true });
    expect(readCanvasSize([640, 480])).toEqual([640, 480]);
    expect(readCanvasSize([0, 10])).toEqual([800, 800]);
    expect(readCanvasSize('big')).toEqual([800, 800]);
    expect(readCanvasSize([1e6, 20])).toEqual([8192, 20]);
  });
});

describe('brush geometry', () => {
  it('the tip is the disc of pixels within the radius; the auto size is a fiftieth of the smaller side', () => {
    const { size, mask } = discMask(2);
    expect(size).toBe(5);
    const rows = Array.from({ length: 5 }, (_, y) => Array.from(mask.slice(y * 5, y * 5 + 5)).join(''));
    expect(rows).toEqual(['00100', '01110', '11111', '01110', '00100']);
    expect(discMask(0).mask).toEqual(new Uint8Array([1]));
    expect(autoBrushSize(800, 600)).toBe(12);
    expect(autoBrushSize(40, 40)).toBe(2);
  });

  it('the line between two pointer positions has every pixel, both ends included', () => {
    expect(linePoints(0, 0, 3, 0)).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
    expect(linePoints(2, 2, 2, 2)).toEqual([[2, 2]]);
    const diagonal = linePoints(0, 0, 4, -2);
    expect(diagonal[0]).toEqual([0, 0]);
    expect(diagonal.at(-1)).toEqual([4, -2]);
    // No gaps: each step moves at most one pixel on each axis.
    for (let i = 1; i < diagonal.length; i++) {
      expect(Math.abs(diagonal[i][0] - diagonal[i - 1][0])).toBeLessThanOrEqual(1);
      expect(Math.abs(diagonal[i][1] - diagonal[i - 1][1])).toBeLessThanOrEqual(1);
    }
  });

  it('fits a picture whole and centred in a fixed canvas', () => {
    expect(fitRect(400, 200, 100, 100)).toEqual({ x: 0, y: 25, width: 100, height: 50 });
    expect(fitRect(50, 100, 100, 100)).toEqual({ x: 25, y: 0, width: 50, height: 100 });
  });
});

describe('EditHistory', () => {
  it('undoes and redoes in order; a new change drops what was undone; the oldest go beyond the limit', () => {
    const log: string[] = [];
    const entry = (name: string) => ({ undo: () => log.push(`-${name}`), redo: () => log.push(`+${name}`) });
    const history = new EditHistory(3);
    expect(history.undo()).toBe(false);
    for (const name of ['a', 'b', 'c', 'd']) history.push(entry(name));
    expect(history.undo()).toBe(true);
    expect(history.undo()).toBe(true);
    expect(history.undo()).toBe(true);
    expect(history.canUndo).toBe(false); // 'a' went beyond the limit of 3
    expect(history.redo()).toBe(true);
    history.push(entry('e'));
    expect(history.canRedo).toBe(false);
    expect(log).toEqual(['-d', '-c', '-b', '+b', ]);
    history.undo();
    history.undo();
    expect(log.slice(-2)).toEqual(['-e', '-b']);
    history.reset();
    expect(history.canUndo || history.canRedo).toBe(false);
  });
});
