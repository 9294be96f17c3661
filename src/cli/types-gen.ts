/**
 * `gradio-kit types`: writes a TypeScript module that types an app's named endpoints from its `/info` answer
 * ([protocol] §7.1), for `Client.connect<Api>(app)`. Pure text in, text out: no network, no DOM.
 *
 * Each parameter and return value of `/info` carries the JSON schema of its value (`type`); that schema is
 * mapped to a TypeScript type here: strings, numbers, booleans and null as themselves, `enum` / `const` as
 * literal unions (Python `Literal` choices), arrays and tuples, objects with their required and optional
 * properties, `anyOf` as unions, `$ref`s into the schema's `$defs`, and every file-like object (a `path` and
 * a `meta` property: Gradio's `FileData`, `ImageData`, ...) as the client's `FileData` (`FileInput` in inputs,
 * where a Blob or `handle_file(...)` is uploaded).
 */
import type { ApiEndpointInfo, ApiValueInfo } from '../components/gr-api-docs/api-snippets';

/** A JSON schema, as much of it as Gradio writes. */
type Schema = Record<string, unknown>;

/** Whether a schema describes an input (files may be uploaded) or an output (files arrive as FileData). */
export type Direction = 'input' | 'output';

const identifier = /^[A-Za-z_$][\w$]*$/;

/** A property key as TypeScript source: bare when it is an identifier, else quoted. */
const key = (name: string): string => (identifier.test(name) ? name : JSON.stringify(name));

/** Text for a doc comment: never closes the comment early. */
const docText = (text: string): string => text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();

/** A tuple element label: an identifier made from a name or label, unique among `taken`. */
function label(name: string, taken: Set<string>): string {
  let base = name.replace(/[^\w$]+/g, '_').replace(/^_+|_+$/g, '') || 'value';
  if (!identifier.test(base)) base = `_${base}`;
  let unique = base;
  for (let n = 2; taken.has(unique); n++) unique = `${base}_${n}`;
  taken.add(unique);
  return unique;
}

/** Joins alternatives into one union, each once; `never` when there are none. */
function union(types: string[]): string {
  const unique = [...new Set(types)];
  if (unique.includes('unknown')) return 'unknown';
  return unique.length ? unique.join(' | ') : 'never';
}

/** Whether a type is a union (or intersection) at its top level, outside brackets and string literals. */
function compound(type: string): boolean {
  let depth = 0;
  for (let i = 0; i < type.length; i++) {
    const c = type[i];
    if (c === '"') {
      for (i++; i < type.length && type[i] !== '"'; i++) if (type[i] === '\\') i++;
    } else if ('{[(<'.includes(c)) depth++;
    else if ('}])>'.includes(c)) depth--;
    else if (depth === 0 && (c === '|' || c === '&')) return true;
  }
  return false;
}

/** An array of `type` (a union parenthesised). */
const element = (type: string): string => (compound(type) ? `(${type})[]` : `${type}[]`);

/** Whether an object schema is a Gradio file (FileData and its kin: a `path` and a `meta` property). */
function isFileSchema(schema: Schema): boolean {
  const properties = schema.properties as Schema | undefined;
  return !!properties && typeof properties === 'object' && 'path' in properties && 'meta' in properties;
}

/**
 * Maps one JSON schema to a TypeScript type. `root` holds the `$defs` that `$ref`s point into; `indent` is
 * the indentation of the line the type starts on (objects are written one property a line).
 */
export function schemaType(schema: unknown, direction: Direction, root: unknown = schema, indent = ''): string {
  return new Mapper(root, direction).type(schema, indent, new Set());
}

class Mapper {
  #defs: Schema;
  #direction: Direction;

  constructor(root: unknown, direction: Direction) {
    const defs = (root as Schema | null)?.$defs ?? (root as Schema | null)?.definitions;
    this.#defs = defs && typeof defs === 'object' ? (defs as Schema) : {};
    this.#direction = direction;
  }

  /** `seen`: the `$ref`s being expanded (a recursive schema becomes `unknown` where it repeats). */
  type(value: unknown, indent: string, seen: Set<string>): string {
    if (value === true || value === undefined) return 'unknown';
    if (value === false) return 'never';
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'unknown';
    const schema = value as Schema;
    if (typeof schema.$ref === 'string') return this.#ref(schema.$ref, indent, seen);
    if ('const' in schema) return JSON.stringify(schema.const) ?? 'unknown';
    if (Array.isArray(schema.enum)) return union(schema.enum.map((item) => JSON.stringify(item) ?? 'unknown'));
    for (const combiner of ['anyOf', 'oneOf'] as const) {
      const options = schema[combiner];
      if (Array.isArray(options)) return union(options.map((option) => this.type(option, indent, seen)));
    }
    if (Array.isArray(schema.allOf) && schema.allOf.length === 1) return this.type(schema.allOf[0], indent, seen);
    const { type } = schema;
    if (Array.isArray(type)) return union(type.map((t) => this.type({ ...schema, type: t }, indent, seen)));
    switch (type) {
      case 'string':
        return 'string';
      case 'number':
      case 'integer':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'null':
        return 'null';
      case 'array':
        return this.#array(schema, indent, seen);
      case 'object':
        return this.#object(schema, indent, seen);
      default:
        // No `type` (Gradio's JSON component, `Any`): an object when it lists properties, else anything.
        return schema.properties ? this.#object(schema, indent, seen) : 'unknown';
    }
  }

  #ref(ref: string, indent: string, seen: Set<string>): string {
    const match = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(ref);
    const target = match ? this.#defs[match[1]] : undefined;
    if (!target || seen.has(ref)) return 'unknown';
    return this.type(target, indent, new Set(seen).add(ref));
  }

  #array(schema: Schema, indent: string, seen: Set<string>): string {
    // A tuple: `prefixItems` (JSON schema 2020-12), or `items` as a list (older drafts)
    const tuple = Array.isArray(schema.prefixItems) ? schema.prefixItems : Array.isArray(schema.items) ? schema.items : null;
    if (tuple) return `[${tuple.map((item) => this.type(item, indent, seen)).join(', ')}]`;
    return element(this.type(schema.items, indent, seen));
  }

  #object(schema: Schema, indent: string, seen: Set<string>): string {
    if (isFileSchema(schema)) return this.#direction === 'input' ? 'FileInput' : 'FileData';
    const properties = schema.properties && typeof schema.properties === 'object' ? (schema.properties as Schema) : {};
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    const inner = `${indent}  `;
    const lines = Object.entries(properties).map(([name, property]) => {
      const optional = required.has(name) ? '' : '?';
      return `${inner}${key(name)}${optional}: ${this.type(property, inner, seen)};`;
    });
    const extra = schema.additionalProperties;
    if (extra !== undefined && extra !== false) lines.push(`${inner}[key: string]: ${extra === true ? 'unknown' : this.type(extra, inner, seen)};`);
    else if (!lines.length) return 'Record<string, unknown>';
    return `{\n${lines.join('\n')}\n${indent}}`;
  }
}

/** What the module is generated from. */
export interface TypesSource {
  /** The app as the user named it (URL, Space id or host), for the header comment. */
  app: string;
  /** The server's Gradio version. */
  version?: string;
  /** The endpoints to type, `"/name"` keyed, in order. */
  endpoints: Array<[string, ApiEndpointInfo]>;
}

/** Options of {@link generateTypes}. */
export interface GenerateOptions {
  /** The name of the exported interface. @default "AppApi" */
  name?: string;
  /** The module the client's types are imported from. @default "gradio-kit/client" */
  importFrom?: string;
}

/** The doc comment of a parameter: its label and component, and its default. */
function parameterDoc(parameter: ApiValueInfo): string {
  const parts = [`${parameter.component ?? 'Value'} "${parameter.label ?? parameter.parameter_name}"`];
  const description = parameter.python_type?.description;
  if (description && description.length < 200) parts.push(description);
  const doc = docText(parts.join('. '));
  if (!parameter.parameter_has_default) return `/** ${doc} */`;
  return `/** ${doc}. @default ${docText(JSON.stringify(parameter.parameter_default) ?? 'null')} */`;
}

/** The `positional` / `returns` tuple of values, labelled. */
function tuple(values: ApiValueInfo[], direction: Direction, indent: string): string {
  const taken = new Set<string>();
  const items = values.map((value) => {
    const name = label(value.parameter_name ?? value.label ?? 'value', taken);
    return `${name}: ${schemaType(value.type, direction, value.type, indent)}`;
  });
  return `[${items.join(', ')}]`;
}

/**
 * The TypeScript module for an app's endpoints: one exported interface, keyed by endpoint name, each with its
 * named `parameters`, the same as a `positional` tuple, and the `returns` tuple of `data`.
 * @throws {Error} when there are no endpoints to type.
 */
export function generateTypes(source: TypesSource, options: GenerateOptions = {}): string {
  const name = options.name ?? 'AppApi';
  if (!identifier.test(name)) throw new Error(`Not a TypeScript identifier: ${name}`);
  if (!source.endpoints.length) throw new Error(`${source.app} has no named endpoints`);
  const body: string[] = [];
  for (const [endpoint, info] of source.endpoints) {
    const parameters = info.parameters ?? [];
    const returns = info.returns ?? [];
    const notes = [info.description && docText(String(info.description)), (info.type as { generator?: boolean } | undefined)?.generator && 'A generator: `submit` streams its outputs.'];
    const doc = notes.filter(Boolean).join(' ');
    if (doc) body.push(`  /** ${doc} */`);
    body.push(`  ${JSON.stringify(endpoint)}: {`);
    if (!parameters.length) body.push('    parameters: {};');
    else {
      body.push('    parameters: {');
      for (const parameter of parameters) {
        const optional = parameter.parameter_has_default ? '?' : '';
        const type = schemaType(parameter.type, 'input', parameter.type, '      ');
        body.push(`      ${parameterDoc(parameter)}`, `      ${key(parameter.parameter_name ?? parameter.label ?? 'value')}${optional}: ${type};`);
      }
      body.push('    };');
    }
    body.push(`    positional: ${tuple(parameters, 'input', '    ')};`, `    returns: ${tuple(returns, 'output', '    ')};`, '  };');
  }
  const text = body.join('\n');
  const used = ['FileData', 'FileInput'].filter((type) => new RegExp(`\\b${type}\\b`).test(text));
  const imports = used.length ? `import type { ${used.join(', ')} } from ${JSON.stringify(options.importFrom ?? 'gradio-kit/client')};\n\n` : '';
  const from = source.version ? `${source.app} (Gradio ${source.version})` : source.app;
  return `/**
 * The named endpoints of ${docText(from)}, generated by \`gradio-kit types\`.
 *
 * @example
 * const client = await Client.connect<${name}>(${docText(JSON.stringify(source.app))});
 */
${imports}export interface ${name} {
${text}
}
`;
}
