/**
 * The schema-to-type mapping of `gradio-kit types`, on the `/info` answers recorded from real Gradio 5.14 and
 * 6.25 servers (tests/fixtures/traffic) and on the JSON schema forms Gradio writes. The generated modules are
 * compiled against the client in tests/integration/app-types.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { documentedEndpoints } from '../components/gr-api-docs/api-snippets';
import { loadTranscript, versions } from '../../tests/client/helpers/fixtures';
import { generateTypes, schemaType } from './types-gen';

/** The module generated from a recorded `/info` answer. */
function moduleOf(version: string, transcript: string): string {
  const info = JSON.parse(loadTranscript(version, transcript).info);
  return generateTypes({ app: 'http://127.0.0.1:7860', version, endpoints: documentedEndpoints(info) });
}

describe.each(versions)('recorded /info of %s', (version) => {
  it('types a text endpoint: a required string in, a labelled string out', () => {
    const text = moduleOf(version, 'hello-predict');
    expect(text).toContain('export interface AppApi {');
    expect(text).toContain('"/predict": {');
    expect(text).toContain('/** Textbox "name" */\n      name: string;');
    expect(text).toContain('positional: [name: string];');
    expect(text).toContain('returns: [greeting: string];');
    expect(text).not.toContain('import type'); // no file anywhere: nothing to import
  });

  it('types files as FileInput in parameters and FileData in returns, imported from the client', () => {
    const text = moduleOf(version, 'file_upload-predict');
    expect(text).toContain('import type { FileData, FileInput } from "gradio-kit/client";');
    expect(text).toContain('path: FileInput;');
    expect(text).toContain('returns: [info: string, same_file_back: FileData];');
    // Image's own model (ImageData, no $ref to FileData) is a file too
    const image = moduleOf(version, 'image_io-predict');
    expect(image).toContain('img: FileInput;');
    expect(image).toContain('returns: [output: FileData];');
  });

  it('makes parameters with a default optional, with the default in a doc comment, and leaves gr.State out', () => {
    const text = moduleOf(version, 'state_counter-predict-1');
    expect(text).toContain('/** Number "step". @default 1 */\n      step?: number;');
    // the endpoint's inputs are [State, Number] on the server; only the Number is API
    expect(text).toContain('positional: [step: number];');
    expect(text).toContain('"/reset": {\n    parameters: {};\n    positional: [];');
  });

  it('maps a Chatbot history through $defs: nested objects, optional and nullable fields, unions, literals', () => {
    const text = moduleOf(version, 'chatbot_stream-predict');
    expect(text).toContain('/** Chatbot "chat". @default [] */\n      history?: {');
    expect(text).toMatch(/status\?: "pending" \| "done";/);
    expect(text).toMatch(/file: FileInput;\n\s+alt_text\?: string \| null;/);
    // an output history carries FileData, not FileInput
    const returns = text.slice(text.indexOf('returns:'));
    expect(returns).toContain('file: FileData;');
    expect(returns).not.toContain('FileInput');
    if (version === 'gradio-6.25') expect(text).toMatch(/content: \(\{\n\s+text: string;\n\s+type\?: "text";/);
  });
});

describe('schemaType', () => {
  it('maps Literal choices (enum, const) to string-literal unions', () => {
    expect(schemaType({ type: 'string', enum: ['small', 'large'] }, 'input')).toBe('"small" | "large"');
    expect(schemaType({ const: 'gradio.FileData' }, 'input')).toBe('"gradio.FileData"');
    expect(schemaType({ type: 'array', items: { enum: ['a|b', 'c'] } }, 'input')).toBe('("a|b" | "c")[]');
  });

  it('maps scalars, nullable unions and type lists', () => {
    expect(schemaType({ type: 'integer' }, 'input')).toBe('number');
    expect(schemaType({ anyOf: [{ type: 'string' }, { type: 'null' }] }, 'input')).toBe('string | null');
    expect(schemaType({ type: ['number', 'null'] }, 'output')).toBe('number | null');
    expect(schemaType({ anyOf: [{ type: 'string' }, {}] }, 'input')).toBe('unknown');
  });

  it('maps tuples, arrays of unions, maps and schemaless values', () => {
    expect(schemaType({ type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }] }, 'input')).toBe('[string, number]');
    expect(schemaType({ type: 'array', items: [{ type: 'boolean' }] }, 'input')).toBe('[boolean]');
    expect(schemaType({ type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'number' }] } }, 'input')).toBe('(string | number)[]');
    expect(schemaType({ type: 'object', additionalProperties: { type: 'number' } }, 'input')).toBe('{\n  [key: string]: number;\n}');
    expect(schemaType({ type: 'object' }, 'input')).toBe('Record<string, unknown>');
    expect(schemaType({}, 'input')).toBe('unknown');
    expect(schemaType({ type: 'array' }, 'input')).toBe('unknown[]');
  });

  it('writes objects one property a line, quoting keys that are not identifiers', () => {
    const schema = { type: 'object', properties: { 'a-b': { type: 'string' }, c: { type: 'number' } }, required: ['c'] };
    expect(schemaType(schema, 'input', schema, '  ')).toBe('{\n    "a-b"?: string;\n    c: number;\n  }');
  });

  it('resolves $refs into $defs, and a recursive one to unknown where it repeats', () => {
    const tree = {
      $defs: { Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/$defs/Node' } } }, required: ['children'] } },
      $ref: '#/$defs/Node',
    };
    expect(schemaType(tree, 'output')).toBe('{\n  children: unknown[];\n}');
    expect(schemaType({ $ref: '#/$defs/Missing' }, 'output')).toBe('unknown');
  });
});

describe('generateTypes', () => {
  const endpoint = { parameters: [], returns: [{ label: 'out */ here', type: { type: 'string' }, component: 'Textbox' }] };

  it('names the interface, labels tuple entries as identifiers, and keeps comments closed', () => {
    const text = generateTypes({ app: 'user/space', endpoints: [['/go', { ...endpoint, description: 'Runs */ it' }]] }, { name: 'SpaceApi' });
    expect(text).toContain('export interface SpaceApi {');
    expect(text).toContain('/** Runs *\\/ it */');
    expect(text).toContain('returns: [out_here: string];');
    expect(text).toContain('Client.connect<SpaceApi>("user/space")');
  });

  it('refuses an interface name that is not an identifier, and an app without endpoints', () => {
    expect(() => generateTypes({ app: 'x', endpoints: [['/go', endpoint]] }, { name: 'my-api' })).toThrow('Not a TypeScript identifier: my-api');
    expect(() => generateTypes({ app: 'http://x', endpoints: [] })).toThrow('http://x has no named endpoints');
  });
});
