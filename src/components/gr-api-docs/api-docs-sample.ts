/**
 * A small app's API as `/info` describes it (Gradio 6 shape, plus a 5.x `show_api: false` endpoint and a
 * private one, which the page leaves out): the sample the element's tests and stories share.
 */
import type { ApiDescription } from './api-source';

const bus = 'https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png';
const str = { type: 'str', description: '' };

export function sampleApi(): ApiDescription {
  return {
    url: 'http://127.0.0.1:7860',
    apiPrefix: '/gradio_api',
    info: {
      named_endpoints: {
        '/greet': {
          parameters: [
            { label: 'name', parameter_name: 'name', parameter_has_default: false, parameter_default: null, python_type: str, component: 'Textbox', example_input: 'Hello!!' },
            { label: 'times', parameter_name: 'times', parameter_has_default: true, parameter_default: 1, python_type: { type: 'int', description: '' }, component: 'Number', example_input: 3 },
          ],
          returns: [{ label: 'out', python_type: str, component: 'Textbox' }],
          api_visibility: 'public',
          description: 'Greets someone, several times.',
        },
        '/size': {
          parameters: [
            {
              label: 'image',
              parameter_name: 'img',
              parameter_has_default: false,
              parameter_default: null,
              python_type: { type: 'filepath', description: '' },
              component: 'Image',
              example_input: { path: bus, url: bus, orig_name: 'bus.png', meta: { _type: 'gradio.FileData' } },
            },
          ],
          returns: [{ label: 'dims', python_type: str, component: 'Textbox' }],
          api_visibility: 'public',
        },
        '/hidden': { parameters: [], returns: [], show_api: false },
        '/private': { parameters: [], returns: [], api_visibility: 'private' },
      },
      unnamed_endpoints: {},
    },
  };
}
