import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ApiInfoData, documentedEndpoints, exampleCall, snippet, snippetLanguages, typeText } from './api-snippets';

/** `/info` answers recorded from real Gradio 5.14 and 6.25 servers (tests/fixtures/api-info). */
const info = (version: string, app: string): ApiInfoData =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../tests/fixtures/api-info/${version}-${app}.json`), 'utf8'));

const url = 'http://127.0.0.1:7860';

describe.each(['5.14', '6.25'])('API snippets over the /info of Gradio %s', (version) => {
  it('lists the named endpoints with their parameters and return values', () => {
    const endpoints = documentedEndpoints(info(version, 'state_counter'));
    expect(endpoints.map(([name]) => name)).toEqual(['/increment', '/reset']);
    const [, increment] = endpoints[0];
    expect(increment.parameters?.map((p) => [p.parameter_name, typeText(p), p.component, p.parameter_default])).toEqual([
      // The same gr.Number(precision=0) is a float on 5.14 and an int on 6.25.
      ['step', version === '5.14' ? 'float' : 'int', 'Number', 1],
    ]);
    expect(increment.returns?.map((r) => [r.label, typeText(r)])).toEqual([['counter', 'str']]);
  });

  it('writes the four languages with the example input', () => {
    const [[name, endpoint]] = documentedEndpoints(info(version, 'hello'));
    const call = exampleCall(url, '/gradio_api', name, endpoint);
    expect(snippet('gradio-kit', call)).toBe(
      [
        'import { Client } from "gradio-kit/client";',
        '',
        'const client = await Client.connect("http://127.0.0.1:7860");',
        'const result = await client.predict("/predict", {',
        '  name: "Hello!!",',
        '});',
        '',
        'console.log(result.data);',
        'client.close();',
      ].join('\n'),
    );
    expect(snippet('javascript', call)).toContain('import { Client } from "@gradio/client";');
    expect(snippet('javascript', call)).not.toContain('client.close()');
    expect(snippet('python', call)).toBe(
      [
        'from gradio_client import Client',
        '',
        'client = Client("http://127.0.0.1:7860")',
        'result = client.predict(',
        '    name="Hello!!",',
        '    api_name="/predict",',
        ')',
        'print(result)',
      ].join('\n'),
    );
    expect(snippet('bash', call)).toBe(
      [
        'EVENT_ID=$(curl -s -X POST http://127.0.0.1:7860/gradio_api/call/predict \\',
        '  -H "Content-Type: application/json" \\',
        `  -d '{"data":["Hello!!"]}' \\`,
        `  | sed -E 's/.*"event_id": *"([^"]+)".*/\\1/')`,
        'curl -N http://127.0.0.1:7860/gradio_api/call/predict/$EVENT_ID',
      ].join('\n'),
    );
  });

  it('files become handle_file(url) in the clients and a FileData with the URL in cURL', () => {
    const [[name, endpoint]] = documentedEndpoints(info(version, 'image_io'));
    const call = exampleCall(url, '/gradio_api', name, endpoint);
    const bus = 'https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png';
    expect(snippet('gradio-kit', call)).toContain('import { Client, handle_file } from "gradio-kit/client";');
    expect(snippet('gradio-kit', call)).toContain(`  img: handle_file("${bus}"),`);
    expect(snippet('python', call)).toContain('from gradio_client import Client, handle_file');
    expect(snippet('python', call)).toContain(`    img=handle_file("${bus}"),`);
    expect(snippet('bash', call)).toContain(`-d '{"data":[{"path":"${bus}","meta":{"_type":"gradio.FileData"}}]}'`);
  });

  it('an endpoint without parameters', () => {
    const endpoints = Object.fromEntries(documentedEndpoints(info(version, 'state_counter')));
    const call = exampleCall(url, '/gradio_api', '/reset', endpoints['/reset']);
    expect(snippet('gradio-kit', call)).toContain('client.predict("/reset", {});');
    expect(snippet('python', call)).toContain('result = client.predict(\n    api_name="/reset",\n)');
    expect(snippet('bash', call)).toContain(`-d '{"data":[]}'`);
  });
});

describe('documented endpoints', () => {
  it('honours show_api=False (5.x) and api_visibility (6.x), in /info and in the config', () => {
    const data: ApiInfoData = {
      named_endpoints: {
        '/a': { parameters: [], returns: [], show_api: true },
        '/b': { parameters: [], returns: [], show_api: false },
        '/c': { parameters: [], returns: [], api_visibility: 'undocumented' },
        '/d': { parameters: [], returns: [], api_visibility: 'private' },
        '/e': { parameters: [], returns: [], api_visibility: 'public' },
        '/f': { parameters: [], returns: [], api_visibility: 'public' },
      },
    };
    expect(documentedEndpoints(data).map(([name]) => name)).toEqual(['/a', '/e', '/f']);
    expect(documentedEndpoints(data, [{ api_name: 'f', api_visibility: 'private' }]).map(([name]) => name)).toEqual(['/a', '/e']);
    expect(documentedEndpoints({} as ApiInfoData)).toEqual([]);
  });

  it('Python literals, quotes in shell text, unnamed parameters', () => {
    const call = {
      url,
      apiPrefix: '',
      endpoint: '/x',
      parameters: [{ parameter_name: 'flag' }, {}],
      values: [[true, null, 1.5, { a: false }], "it's"],
    };
    expect(snippet('python', call)).toContain('    flag=[True, None, 1.5, {"a": False}],\n    param_1="it\'s",');
    expect(snippet('bash', call)).toContain(`-d '{"data":[[true,null,1.5,{"a":false}],"it'\\''s"]}'`);
    expect(snippet('bash', call)).toContain('POST http://127.0.0.1:7860/call/x');
    expect(snippetLanguages).toEqual(['gradio-kit', 'javascript', 'python', 'bash']);
  });
});
