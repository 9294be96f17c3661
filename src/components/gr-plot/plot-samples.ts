/**
 * Sample payloads for gr-plot's stories and tests (not part of the kit's build): a Bokeh `json_item` written in
 * the serialization of Bokeh 3.x (`bokeh.embed.json_item(figure)` of a figure with three orange bars), as the
 * server would send it; no Python Bokeh is at hand to make one.
 */

const ref = (name: string, id: string, attributes: Record<string, unknown> = {}) => ({ type: 'object', name, id, attributes });

/** The `json_item` of a 360 x 240 figure titled "Bokeh bars", three bars filled `#f97316`, for BokehJS `version`. */
export function bokehBarsItem(version: string): Record<string, unknown> {
  return {
    target_id: null,
    root_id: 'p1001',
    version,
    doc: {
      version,
      title: 'Bokeh Application',
      roots: [
        ref('Figure', 'p1001', {
          width: 360,
          height: 240,
          title: ref('Title', 'p1002', { text: 'Bokeh bars' }),
          x_range: ref('DataRange1d', 'p1003'),
          y_range: ref('DataRange1d', 'p1004'),
          x_scale: ref('LinearScale', 'p1005'),
          y_scale: ref('LinearScale', 'p1006'),
          below: [ref('LinearAxis', 'p1007')],
          left: [ref('LinearAxis', 'p1008')],
          renderers: [
            ref('GlyphRenderer', 'p1009', {
              data_source: ref('ColumnDataSource', 'p1010', { data: { type: 'map', entries: [['x', [1, 2, 3]], ['top', [3, 5, 2]]] } }),
              glyph: ref('VBar', 'p1011', {
                x: { type: 'field', field: 'x' },
                top: { type: 'field', field: 'top' },
                width: { type: 'value', value: 0.8 },
                fill_color: { type: 'value', value: '#f97316' },
                line_color: { type: 'value', value: '#f97316' },
              }),
            }),
          ],
        }),
      ],
    },
  };
}
