/**
 * The API page's model, without DOM: which endpoints of an app's `/info` answer are documented, and the code
 * that calls one of them with given values in each language the page offers ([protocol] §7.1, §4.2).
 * Gradio 5.14 marks hidden endpoints with `show_api: false`, 6.x with `api_visibility` (only `"public"` ones are
 * documented); 6.x adds ready-made `code_snippets`, which are not used: every snippet is generated here, so the
 * page reads the same on both versions and can show the code of recorded calls too.
 */

/** One parameter or return value of an endpoint, as `/info` describes it. */
export interface ApiValueInfo {
  label?: string;
  parameter_name?: string;
  parameter_has_default?: boolean;
  parameter_default?: unknown;
  /** The JSON schema of the value. */
  type?: unknown;
  python_type?: { type?: string; description?: string };
  /** The component's class name (`Textbox`, `Image`). */
  component?: string;
  example_input?: unknown;
}

/** One endpoint of `/info`'s `named_endpoints`. */
export interface ApiEndpointInfo {
  parameters?: ApiValueInfo[];
  returns?: ApiValueInfo[];
  /** Gradio 6: `public`, `undocumented` or `private`. */
  api_visibility?: string;
  /** Gradio 5: `false` hides the endpoint. */
  show_api?: boolean;
  description?: string;
  [key: string]: unknown;
}

/** The `/info` answer. */
export interface ApiInfoData {
  named_endpoints?: Record<string, ApiEndpointInfo>;
  unnamed_endpoints?: Record<string, unknown>;
}

/** The parts of a config dependency the page reads (both versions' visibility fields). */
export interface ApiDependency {
  api_name?: string | false | null;
  api_visibility?: string;
  show_api?: boolean;
  backend_fn?: boolean;
}

/** The languages of the snippets, in tab order. */
export const snippetLanguages = ['gradio-kit', 'javascript', 'python', 'bash'] as const;
export type SnippetLanguage = (typeof snippetLanguages)[number];

/** Tab names of the languages. */
export const languageNames: Record<SnippetLanguage, string> = {
  'gradio-kit': 'gradio-kit/client',
  javascript: '@gradio/client',
  python: 'Python',
  bash: 'cURL',
};

/** What a snippet calls: the app's URL, its API prefix, the endpoint and one value per parameter. */
export interface SnippetCall {
  /** The app's root URL (no trailing slash needed). */
  url: string;
  /** `config.api_prefix`: `/gradio_api` on 5.x and 6.x, `""` before ([protocol] §1.3). */
  apiPrefix: string;
  /** `"/name"`. */
  endpoint: string;
  /** The endpoint's parameters (their names key the values); may be empty when unknown. */
  parameters: readonly ApiValueInfo[];
  /** One value per parameter, in order (wire format: files as FileData). */
  values: readonly unknown[];
}

const visible = (item: { api_visibility?: string; show_api?: boolean }) =>
  item.show_api !== false && (item.api_visibility === undefined || item.api_visibility === 'public');

/**
 * The documented endpoints, in `/info` order: `show_api=False` (5.x) and `undocumented` / `private` ones (6.x)
 * are left out, and so is an endpoint whose dependency in `dependencies` (when given) is hidden.
 */
export function documentedEndpoints(info: ApiInfoData, dependencies?: readonly ApiDependency[]): Array<[string, ApiEndpointInfo]> {
  const named = info?.named_endpoints;
  if (!named || typeof named !== 'object') return [];
  return Object.entries(named).filter(([name, endpoint]) => {
    if (!endpoint || typeof endpoint !== 'object' || !visible(endpoint)) return false;
    const dep = dependencies?.find((d) => typeof d.api_name === 'string' && `/${d.api_name}` === name);
    return !dep || visible(dep);
  });
}

/** The example value of a parameter: `example_input`, else its default. */
export function exampleValue(parameter: ApiValueInfo): unknown {
  if (parameter.example_input !== undefined) return parameter.example_input;
  return parameter.parameter_has_default ? parameter.parameter_default : null;
}

/** A FileData value ([protocol] §6.1). */
export function isFileData(value: unknown): value is { path?: string; url?: string | null; meta?: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const meta = (value as { meta?: { _type?: unknown } }).meta;
  return meta?._type === 'gradio.FileData';
}

/** Where a file value can be fetched from, for `handle_file(...)`: its URL, else its path. */
function fileSource(file: { path?: string; url?: string | null }): string {
  return typeof file.url === 'string' && file.url ? file.url : String(file.path ?? '');
}

/** A marker for a file inside a value being written out. */
class FileMark {
  constructor(readonly source: string) {}
}

const markFiles = (value: unknown): unknown => {
  if (isFileData(value)) return new FileMark(fileSource(value));
  if (Array.isArray(value)) return value.map(markFiles);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, markFiles(item)]));
  }
  return value;
};

const hasFiles = (values: readonly unknown[]): boolean => {
  let found = false;
  const walk = (value: unknown) => {
    if (found) return;
    if (isFileData(value)) found = true;
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  values.forEach(walk);
  return found;
};

/** Writes a value as source text: `literal` spells strings, numbers, booleans and null in the language. */
function writeValue(value: unknown, literal: (scalar: unknown) => string): string {
  if (value instanceof FileMark) return `handle_file(${literal(value.source)})`;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${value.map((item) => writeValue(item, literal)).join(', ')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}: ${writeValue(item, literal)}`).join(', ')}}`;
  }
  return literal(value);
}

const jsLiteral = (value: unknown): string => (value === undefined ? 'null' : JSON.stringify(value) ?? 'null');

const pythonLiteral = (value: unknown): string => {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : `float("${value}")`;
  return JSON.stringify(value);
};

const identifier = /^[A-Za-z_$][\w$]*$/;

/** The name a value is passed under: the parameter's name, or `param_<i>` as Gradio names unnamed ones. */
const parameterName = (call: SnippetCall, index: number) => call.parameters[index]?.parameter_name || `param_${index}`;

function jsSnippet(call: SnippetCall, module: string): string {
  const imports = hasFiles(call.values) ? 'Client, handle_file' : 'Client';
  const args = call.values.map((value, i) => {
    const name = parameterName(call, i);
    return `  ${identifier.test(name) ? name : JSON.stringify(name)}: ${writeValue(markFiles(value), jsLiteral)},`;
  });
  return [
    `import { ${imports} } from "${module}";`,
    '',
    `const client = await Client.connect(${JSON.stringify(call.url)});`,
    `const result = await client.predict(${JSON.stringify(call.endpoint)}, {${args.length ? `\n${args.join('\n')}\n` : ''}});`,
    '',
    'console.log(result.data);',
    // gradio-kit's client keeps its session's heartbeat going until closed (in Node, the process waits for it).
    ...(module === 'gradio-kit/client' ? ['client.close();'] : []),
  ].join('\n');
}

function pythonSnippet(call: SnippetCall): string {
  const imports = hasFiles(call.values) ? 'Client, handle_file' : 'Client';
  const args = call.values.map((value, i) => `    ${parameterName(call, i)}=${writeValue(markFiles(value), pythonLiteral)},`);
  return [
    `from gradio_client import ${imports}`,
    '',
    `client = Client(${JSON.stringify(call.url)})`,
    'result = client.predict(',
    ...args,
    `    api_name=${JSON.stringify(call.endpoint)},`,
    ')',
    'print(result)',
  ].join('\n');
}

/** Single-quoted shell text. */
const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * cURL, the two-step call API ([protocol] §4.2): POST `{prefix}/call/{name}` with the positional `data`
 * (files as FileData with a URL the server downloads), then stream `{prefix}/call/{name}/{event_id}`.
 */
function bashSnippet(call: SnippetCall): string {
  const base = `${call.url.replace(/\/+$/, '')}${call.apiPrefix}/call${call.endpoint}`;
  const data = call.values.map((value) => (isFileData(value) ? { path: fileSource(value), meta: { _type: 'gradio.FileData' } } : value));
  return [
    `EVENT_ID=$(curl -s -X POST ${base} \\`,
    '  -H "Content-Type: application/json" \\',
    `  -d ${shellQuote(JSON.stringify({ data }))} \\`,
    `  | sed -E 's/.*"event_id": *"([^"]+)".*/\\1/')`,
    `curl -N ${base}/$EVENT_ID`,
  ].join('\n');
}

/** The code that makes `call` in `language`. */
export function snippet(language: SnippetLanguage, call: SnippetCall): string {
  switch (language) {
    case 'gradio-kit':
      return jsSnippet(call, 'gradio-kit/client');
    case 'javascript':
      return jsSnippet(call, '@gradio/client');
    case 'python':
      return pythonSnippet(call);
    case 'bash':
      return bashSnippet(call);
  }
}

/** The call of an endpoint with its example values, for the endpoint's documentation. */
export function exampleCall(url: string, apiPrefix: string, endpoint: string, info: ApiEndpointInfo): SnippetCall {
  const parameters = Array.isArray(info.parameters) ? info.parameters : [];
  return { url, apiPrefix, endpoint, parameters, values: parameters.map(exampleValue) };
}

/** How a parameter's or return value's type reads on the page: the Python type, else the JSON schema's type. */
export function typeText(value: ApiValueInfo): string {
  const python = value.python_type?.type;
  if (typeof python === 'string' && python) return python;
  const schema = value.type as { type?: unknown } | undefined;
  return typeof schema?.type === 'string' ? schema.type : 'Any';
}
