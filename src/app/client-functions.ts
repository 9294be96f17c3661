/**
 * Client-side functions without `eval`: a parser and a tree-walking interpreter for the small subset of
 * JavaScript that Gradio 6's Python-to-JavaScript transpiler (`groovy`) emits for `js=True` events
 * (spec protocol.md §2.5 `js_implementation`, §5.6). Gradio's own frontend evaluates that text with
 * `new AsyncFunction(...)`, which a page with a strict Content Security Policy (no `unsafe-eval`) forbids;
 * this module runs it with no code evaluation, no access to globals, and a step budget.
 *
 * The text came from a Python function, and the server still has that function: so the interpreter only
 * completes a call when its result is the one Python gives. Wherever JavaScript and Python part ways
 * (`+` of a string and a number, `===` on lists, an empty list's truth, an index out of range, division
 * by zero, a Python method name such as `.upper()`), or the text uses anything outside the subset, it
 * refuses, and the caller runs the event on the server instead, as Gradio itself does when transpiling fails.
 *
 * Supported: one `function` (named or not) or arrow function; `let` / `const`; `if` / `else`; `for...of`;
 * classic `for`; `while`; `break` / `continue` / `return`; `=`, `+=`, `-=`, `*=`, `/=` on names and indexes;
 * `++` / `--` on names; `+ - * / %`, `=== !== < > <= >=`, `&& || !`, unary `-`, `?:`; literals
 * (numbers, strings, template literals, `true` / `false` / `null` / `undefined`, arrays, objects with quoted
 * keys); indexing; `.length`; arrow callbacks; `Array.from({length: n}, (_, i) => ...)` (Python `range`),
 * `Object.keys`, `Array.isArray`, `String`, `Number`, `Math.*`; methods `includes`, `filter`, `map`,
 * `split`, `join`, `push`, `indexOf`, `slice`, `concat`, `toUpperCase`, `toLowerCase`, `trim`,
 * `startsWith`, `endsWith`, `repeat`.
 */

/** Why a function cannot run in the browser (thrown by {@link CompiledFunction.call}). */
export class ClientFunctionUnsupportedError extends Error {
  override readonly name = 'ClientFunctionUnsupportedError';
}

/** A function the interpreter accepted. */
export interface CompiledFunction {
  /** Parameter names, in order. */
  readonly params: readonly string[];
  /**
   * Runs the function with these arguments (deep-copied first, so the caller's values are never changed) and
   * returns its result as plain data. Throws {@link ClientFunctionUnsupportedError} when the run meets
   * something the interpreter refuses (a value where JavaScript and Python disagree, the step budget).
   */
  call(args: readonly unknown[]): unknown;
}

export interface CompileOptions {
  /** Statements, expressions and loop turns one call may take before it is refused. @default 100000 */
  maxSteps?: number;
}

/** Parses and checks `source`; returns the function, or why it is refused. Never evaluates anything. */
export function compileClientFunction(
  source: string,
  options: CompileOptions = {},
): CompiledFunction | { unsupported: string } {
  let fn: FunctionNode;
  try {
    fn = new Parser(source).parseProgram();
    checkScopes(fn);
  } catch (error) {
    return { unsupported: refusalOf(error).message };
  }
  const maxSteps = options.maxSteps ?? 100_000;
  return {
    params: fn.params,
    call(args) {
      try {
        return new Interpreter(maxSteps).callTop(fn, args);
      } catch (error) {
        throw refusalOf(error);
      }
    },
  };
}

/** Every failure is a refusal: a source nested deeper than the stack allows ends the same way. */
function refusalOf(error: unknown): ClientFunctionUnsupportedError {
  if (error instanceof ClientFunctionUnsupportedError) return error;
  if (error instanceof RangeError) return new ClientFunctionUnsupportedError('the source is nested too deeply');
  throw error;
}

// ---------------------------------------------------------------------------------------------------------
// Tokens

type Token = (
  | { kind: 'num'; value: number; pos: number }
  | { kind: 'str'; value: string; pos: number }
  | { kind: 'name'; value: string; pos: number }
  | { kind: 'punct'; value: string; pos: number }
  | { kind: 'template'; strings: string[]; exprs: Expr[]; pos: number }
  | { kind: 'eof'; pos: number }
) & {
  /** A line break comes before the token (JavaScript's automatic semicolons depend on it). */
  newline?: boolean;
};

const PUNCTUATORS = [
  '===',
  '!==',
  '...',
  '=>',
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '??',
  '?.',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '++',
  '--',
  '**',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ',',
  ';',
  ':',
  '.',
  '?',
  '+',
  '-',
  '*',
  '/',
  '%',
  '!',
  '=',
  '<',
  '>',
];

const KEYWORDS = new Set([
  'function',
  'let',
  'const',
  'if',
  'else',
  'for',
  'of',
  'while',
  'return',
  'break',
  'continue',
  'true',
  'false',
  'null',
  'undefined',
]);

/** Names that reach outside the function or into prototypes: always refused, with this reason. */
const FORBIDDEN_NAMES = new Set([
  'window',
  'document',
  'globalThis',
  'self',
  'top',
  'parent',
  'frames',
  'eval',
  'Function',
  'this',
  'constructor',
  'prototype',
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'fetch',
  'XMLHttpRequest',
  'import',
  'require',
  'process',
  'location',
  'localStorage',
  'setTimeout',
  'setInterval',
]);

function unsupported(message: string): never {
  throw new ClientFunctionUnsupportedError(message);
}

function isIdentStart(ch: string): boolean {
  return /[A-Za-z_$]/.test(ch);
}

function isIdentPart(ch: string): boolean {
  return /[A-Za-z0-9_$]/.test(ch);
}

function tokenize(source: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let newline = false;
  const at = (pos: number) => `at offset ${offset + pos}`;
  const push = (token: Token) => {
    tokens.push(newline ? { ...token, newline } : token);
    newline = false;
  };
  while (i < source.length) {
    const ch = source[i];
    if (/\s/.test(ch)) {
      if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') newline = true;
      i++;
      continue;
    }
    if (source.startsWith('//', i)) {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
      continue;
    }
    if (source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      if (end < 0) unsupported(`unterminated comment ${at(i)}`);
      if (/[\n\r\u2028\u2029]/.test(source.slice(i, end))) newline = true;
      i = end + 2;
      continue;
    }
    const start = i;
    if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(source[i + 1] ?? ''))) {
      const match = /^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/.exec(source.slice(i));
      const text = match?.[0] ?? '';
      i += text.length;
      if (isIdentPart(source[i] ?? '')) unsupported(`unsupported number literal ${at(start)}`);
      // A leading 0 followed by digits is an octal literal in sloppy JavaScript: not part of the subset.
      if (/^0[0-9]/.test(text)) unsupported(`unsupported number literal "${text}" ${at(start)}`);
      push({ kind: 'num', value: Number(text), pos: offset + start });
      continue;
    }
    if (isIdentStart(ch)) {
      while (i < source.length && isIdentPart(source[i])) i++;
      push({ kind: 'name', value: source.slice(start, i), pos: offset + start });
      continue;
    }
    if (ch === '"' || ch === "'") {
      const [value, end] = readString(source, i + 1, ch, offset);
      push({ kind: 'str', value, pos: offset + start });
      i = end;
      continue;
    }
    if (ch === '`') {
      const [token, end] = readTemplate(source, i + 1, offset);
      push(token);
      i = end;
      continue;
    }
    const punct = PUNCTUATORS.find((p) => source.startsWith(p, i));
    if (!punct) unsupported(`unexpected character "${ch}" ${at(i)}`);
    push({ kind: 'punct', value: punct, pos: offset + start });
    i += punct.length;
  }
  push({ kind: 'eof', pos: offset + source.length });
  return tokens;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '`': '`',
  $: '$',
};

/** Reads an escape after a backslash at `i`; returns the text and the index after it. */
function readEscape(source: string, i: number, offset: number): [string, number] {
  const ch = source[i];
  if (ch === '0' && /[0-9]/.test(source[i + 1] ?? '')) unsupported(`octal escape at offset ${offset + i}`);
  if (ch in SIMPLE_ESCAPES) return [SIMPLE_ESCAPES[ch], i + 1];
  const hex = ch === 'x' ? /^[0-9a-fA-F]{2}/.exec(source.slice(i + 1)) : null;
  if (hex) return [String.fromCharCode(Number.parseInt(hex[0], 16)), i + 3];
  const unicode = ch === 'u' ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]{1,6}\})/.exec(source.slice(i + 1)) : null;
  if (unicode) {
    const code = Number.parseInt(unicode[0].replace(/[{}]/g, ''), 16);
    if (code > 0x10ffff) unsupported(`bad unicode escape at offset ${offset + i}`);
    return [String.fromCodePoint(code), i + 1 + unicode[0].length];
  }
  // Python writes escapes JavaScript reads differently (`\U0001F600`, `\N{...}`): never guess.
  return unsupported(`unsupported escape "\\${ch ?? ''}" at offset ${offset + i}`);
}

function readString(source: string, i: number, quote: string, offset: number): [string, number] {
  let out = '';
  while (i < source.length) {
    const ch = source[i];
    if (ch === quote) return [out, i + 1];
    if (ch === '\n' || ch === '\r') break;
    if (ch === '\\') {
      const [text, next] = readEscape(source, i + 1, offset);
      out += text;
      i = next;
    } else {
      out += ch;
      i++;
    }
  }
  return unsupported(`unterminated string at offset ${offset + i}`);
}

/** A template literal: its text parts and the expressions between them (each parsed on its own). */
function readTemplate(source: string, i: number, offset: number): [Token, number] {
  const pos = offset + i - 1;
  const strings: string[] = [];
  const exprs: Expr[] = [];
  let text = '';
  while (i < source.length) {
    const ch = source[i];
    if (ch === '`') {
      strings.push(text);
      return [{ kind: 'template', strings, exprs, pos }, i + 1];
    }
    if (ch === '\\') {
      const [escaped, next] = readEscape(source, i + 1, offset);
      text += escaped;
      i = next;
    } else if (ch === '$' && source[i + 1] === '{') {
      strings.push(text);
      text = '';
      const end = matchingBrace(source, i + 2, offset);
      const parser = new Parser(source.slice(i + 2, end), offset + i + 2);
      exprs.push(parser.parseStandaloneExpression());
      i = end + 1;
    } else {
      text += ch;
      i++;
    }
  }
  return unsupported(`unterminated template literal at offset ${pos}`);
}

/** The index of the `}` closing a `${` whose inside starts at `i` (quotes and nested braces skipped). */
function matchingBrace(source: string, i: number, offset: number): number {
  let depth = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '"' || ch === "'") {
      i = readString(source, i + 1, ch, offset)[1];
      continue;
    }
    if (ch === '`') unsupported(`nested template literal at offset ${offset + i}`);
    if (ch === '{') depth++;
    if (ch === '}') {
      if (depth === 0) return i;
      depth--;
    }
    i++;
  }
  return unsupported(`unterminated template literal at offset ${offset + i}`);
}

// ---------------------------------------------------------------------------------------------------------
// Syntax tree

type Expr =
  | { type: 'lit'; value: unknown }
  | { type: 'name'; name: string; pos: number }
  | { type: 'template'; strings: string[]; exprs: Expr[] }
  | { type: 'array'; items: Expr[] }
  | { type: 'object'; entries: [string, Expr][]; bareKeys: boolean; pos: number }
  | { type: 'member'; object: Expr; property: string; pos: number }
  | { type: 'index'; object: Expr; index: Expr }
  | { type: 'call'; callee: Expr; args: Expr[]; pos: number }
  | { type: 'unary'; op: string; arg: Expr }
  | { type: 'binary'; op: string; left: Expr; right: Expr }
  | { type: 'logical'; op: '&&' | '||'; left: Expr; right: Expr }
  | { type: 'cond'; test: Expr; then: Expr; else: Expr }
  | { type: 'assign'; op: string; target: Expr; value: Expr }
  | { type: 'update'; op: '++' | '--'; prefix: boolean; target: Expr }
  | { type: 'arrow'; fn: FunctionNode };

type Stmt =
  | { type: 'let'; constant: boolean; decls: [string, Expr | null][] }
  | { type: 'expr'; expr: Expr }
  | { type: 'if'; test: Expr; then: Stmt; else: Stmt | null }
  | { type: 'block'; body: Stmt[] }
  | { type: 'forOf'; name: string; constant: boolean; iterable: Expr; body: Stmt }
  | { type: 'for'; test: Expr | null; update: Expr | null; body: Stmt }
  | { type: 'while'; test: Expr; body: Stmt }
  | { type: 'return'; value: Expr | null }
  | { type: 'break' }
  | { type: 'continue' };

interface FunctionNode {
  params: string[];
  /** A block body, or the expression of a concise arrow function. */
  body: Stmt[] | Expr;
}

const BINARY_PRECEDENCE: Record<string, number> = {
  '===': 3,
  '!==': 3,
  '<': 4,
  '>': 4,
  '<=': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};

class Parser {
  readonly #tokens: Token[];
  #i = 0;

  constructor(source: string, offset = 0) {
    this.#tokens = tokenize(source, offset);
  }

  /** The whole source: exactly one function (declaration, expression or arrow). */
  parseProgram(): FunctionNode {
    if (this.#peek().kind === 'eof') unsupported('the source is empty');
    let fn: FunctionNode;
    if (this.#isName('function')) fn = this.#functionExpression();
    else {
      const expr = this.#expression();
      if (expr.type !== 'arrow') unsupported('the source is not a function');
      fn = expr.fn;
    }
    this.#eat(';');
    if (this.#peek().kind !== 'eof') unsupported(`unexpected text after the function at offset ${this.#peek().pos}`);
    return fn;
  }

  parseStandaloneExpression(): Expr {
    const expr = this.#expression();
    if (this.#peek().kind !== 'eof') unsupported(`unexpected text in a template literal at offset ${this.#peek().pos}`);
    return expr;
  }

  #peek(ahead = 0): Token {
    return this.#tokens[Math.min(this.#i + ahead, this.#tokens.length - 1)];
  }

  #next(): Token {
    const token = this.#peek();
    if (token.kind !== 'eof') this.#i++;
    return token;
  }

  #isPunct(value: string, ahead = 0): boolean {
    const token = this.#peek(ahead);
    return token.kind === 'punct' && token.value === value;
  }

  #isName(value: string): boolean {
    const token = this.#peek();
    return token.kind === 'name' && token.value === value;
  }

  #eat(value: string): boolean {
    if (this.#isPunct(value) || this.#isName(value)) {
      this.#i++;
      return true;
    }
    return false;
  }

  #expect(value: string): void {
    if (!this.#eat(value)) {
      const token = this.#peek();
      const found = token.kind === 'eof' ? 'the end' : `"${'value' in token ? token.value : token.kind}"`;
      unsupported(`expected "${value}" but found ${found} at offset ${token.pos}`);
    }
  }

  #identifier(what: string): string {
    const token = this.#next();
    if (token.kind !== 'name' || KEYWORDS.has(token.value)) {
      unsupported(`expected ${what} at offset ${token.pos}`);
    }
    if (FORBIDDEN_NAMES.has(token.value)) unsupported(`"${token.value}" is not allowed`);
    return token.value;
  }

  #functionExpression(): FunctionNode {
    this.#expect('function');
    if (this.#isPunct('*')) unsupported('generator functions are not supported');
    if (this.#peek().kind === 'name') this.#identifier('a function name');
    const params = this.#params();
    return { params, body: this.#blockBody() };
  }

  #params(): string[] {
    this.#expect('(');
    const params: string[] = [];
    while (!this.#eat(')')) {
      if (this.#isPunct('...')) unsupported('rest parameters are not supported');
      params.push(this.#identifier('a parameter name'));
      if (this.#isPunct('=')) unsupported('default parameters are not supported');
      if (!this.#isPunct(')')) this.#expect(',');
    }
    if (new Set(params).size !== params.length) unsupported('duplicate parameter names');
    return params;
  }

  #blockBody(): Stmt[] {
    this.#expect('{');
    const body: Stmt[] = [];
    while (!this.#eat('}')) {
      if (this.#peek().kind === 'eof') unsupported('missing "}" at the end of a block');
      body.push(this.#statement());
    }
    return body;
  }

  #statement(): Stmt {
    const token = this.#peek();
    if (token.kind === 'punct' && token.value === '{') return { type: 'block', body: this.#blockBody() };
    if (token.kind === 'punct' && token.value === ';') {
      this.#next();
      return { type: 'block', body: [] };
    }
    if (token.kind === 'name') {
      switch (token.value) {
        case 'let':
        case 'const': {
          const stmt = this.#declaration();
          this.#endStatement();
          return stmt;
        }
        case 'var':
          return unsupported('"var" is not supported (use let or const)');
        case 'if': {
          this.#next();
          this.#expect('(');
          const test = this.#expression();
          this.#expect(')');
          const then = this.#body();
          const otherwise = this.#eat('else') ? this.#body() : null;
          return { type: 'if', test, then, else: otherwise };
        }
        case 'for':
          return this.#forStatement();
        case 'while': {
          this.#next();
          this.#expect('(');
          const test = this.#expression();
          this.#expect(')');
          return { type: 'while', test, body: this.#body() };
        }
        case 'return': {
          this.#next();
          // [JavaScript] a line break right after `return` ends the statement: it returns undefined.
          const ends = this.#isPunct(';') || this.#isPunct('}') || this.#peek().kind === 'eof' || this.#peek().newline;
          const value = ends ? null : this.#expression();
          this.#endStatement();
          return { type: 'return', value };
        }
        case 'break':
        case 'continue':
          this.#next();
          this.#endStatement();
          return { type: token.value };
        case 'function':
          return unsupported('nested function declarations are not supported');
        case 'do':
        case 'switch':
        case 'try':
        case 'throw':
        case 'class':
        case 'with':
        case 'async':
        case 'await':
        case 'yield':
        case 'new':
        case 'delete':
        case 'typeof':
        case 'void':
        case 'in':
        case 'instanceof':
          return unsupported(`"${token.value}" is not supported`);
      }
    }
    const expr = this.#expression();
    this.#endStatement();
    return { type: 'expr', expr };
  }

  /** The body of `if`, `else` or a loop: any statement but a declaration (a SyntaxError in JavaScript). */
  #body(): Stmt {
    const stmt = this.#statement();
    if (stmt.type === 'let') unsupported('a declaration cannot be the body of if, else or a loop');
    return stmt;
  }

  #endStatement(): void {
    // A line break ends a statement that cannot go on (automatic semicolon insertion).
    if (this.#eat(';') || this.#isPunct('}') || this.#peek().kind === 'eof' || this.#peek().newline) return;
    unsupported(`expected ";" at offset ${this.#peek().pos}`);
  }

  #declaration(): Stmt & { type: 'let' } {
    const keyword = this.#next();
    const constant = keyword.kind === 'name' && keyword.value === 'const';
    const decls: [string, Expr | null][] = [];
    do {
      if (this.#isPunct('[') || this.#isPunct('{')) unsupported('destructuring is not supported');
      const name = this.#identifier('a variable name');
      const init = this.#eat('=') ? this.#expression() : null;
      if (constant && !init) unsupported(`const "${name}" has no value`);
      decls.push([name, init]);
    } while (this.#eat(','));
    return { type: 'let', constant, decls };
  }

  #forStatement(): Stmt {
    this.#next();
    this.#expect('(');
    if ((this.#isName('let') || this.#isName('const')) && this.#peek(1).kind === 'name') {
      const third = this.#peek(2);
      if (third.kind === 'name' && third.value === 'of') {
        const constant = (this.#next() as { value: string }).value === 'const';
        const name = this.#identifier('a loop variable');
        this.#next();
        const iterable = this.#expression();
        this.#expect(')');
        return { type: 'forOf', name, constant, iterable, body: this.#body() };
      }
      if (third.kind === 'name' && third.value === 'in') unsupported('"for...in" is not supported');
    }
    let init: Stmt | null = null;
    if (this.#isName('let') || this.#isName('const')) init = this.#declaration();
    else if (!this.#isPunct(';')) init = { type: 'expr', expr: this.#expression() };
    this.#expect(';');
    const test = this.#isPunct(';') ? null : this.#expression();
    this.#expect(';');
    const update = this.#isPunct(')') ? null : this.#expression();
    this.#expect(')');
    const loop: Stmt = { type: 'for', test, update, body: this.#body() };
    // The loop's own scope holds its `let` (one binding for the whole loop: enough for bodies without closures).
    return init ? { type: 'block', body: [init, loop] } : loop;
  }

  #expression(): Expr {
    return this.#assignment();
  }

  #assignment(): Expr {
    if (this.#isArrowStart()) return this.#arrow();
    const target = this.#conditional();
    const token = this.#peek();
    if (token.kind === 'punct' && ['=', '+=', '-=', '*=', '/=', '%='].includes(token.value)) {
      if (target.type !== 'name' && target.type !== 'index') {
        unsupported(`only names and indexes can be assigned (offset ${token.pos})`);
      }
      this.#next();
      return { type: 'assign', op: token.value, target, value: this.#assignment() };
    }
    return target;
  }

  #isArrowStart(): boolean {
    const token = this.#peek();
    if (token.kind === 'name' && !KEYWORDS.has(token.value)) return this.#isPunct('=>', 1);
    if (!this.#isPunct('(')) return false;
    // `(` names separated by commas `)` `=>`
    let k = 1;
    while (true) {
      const t = this.#peek(k);
      if (t.kind === 'punct' && t.value === ')') return this.#isPunct('=>', k + 1);
      if (t.kind !== 'name') return false;
      const after = this.#peek(k + 1);
      if (after.kind === 'punct' && after.value === ',') k += 2;
      else if (after.kind === 'punct' && after.value === ')') k += 1;
      else return false;
    }
  }

  #arrow(): Expr {
    const params = this.#isPunct('(') ? this.#params() : [this.#identifier('a parameter name')];
    this.#expect('=>');
    const body = this.#isPunct('{') ? this.#blockBody() : this.#assignment();
    return { type: 'arrow', fn: { params, body } };
  }

  #conditional(): Expr {
    const test = this.#logical('||');
    if (this.#isPunct('??') || this.#isPunct('?.')) unsupported(`"${(this.#peek() as { value: string }).value}" is not supported`);
    if (!this.#eat('?')) return test;
    const then = this.#assignment();
    this.#expect(':');
    return { type: 'cond', test, then, else: this.#assignment() };
  }

  #logical(op: '&&' | '||'): Expr {
    let left = op === '||' ? this.#logical('&&') : this.#binary(0);
    while (this.#isPunct(op)) {
      this.#next();
      const right = op === '||' ? this.#logical('&&') : this.#binary(0);
      left = { type: 'logical', op, left, right };
    }
    return left;
  }

  #binary(minPrecedence: number): Expr {
    let left = this.#unary();
    while (true) {
      const token = this.#peek();
      if (token.kind === 'name' && (token.value === 'in' || token.value === 'instanceof')) {
        unsupported(`"${token.value}" is not supported`);
      }
      if (token.kind !== 'punct') return left;
      if (['==', '!=', '**'].includes(token.value)) {
        unsupported(`"${token.value}" is not supported (offset ${token.pos})`);
      }
      const precedence = BINARY_PRECEDENCE[token.value];
      if (precedence === undefined || precedence <= minPrecedence) return left;
      this.#next();
      const right = this.#binary(precedence);
      left = { type: 'binary', op: token.value, left, right };
    }
  }

  #unary(): Expr {
    const token = this.#peek();
    if (token.kind === 'punct' && ['!', '-', '+'].includes(token.value)) {
      this.#next();
      return { type: 'unary', op: token.value, arg: this.#unary() };
    }
    if (token.kind === 'punct' && (token.value === '++' || token.value === '--')) {
      this.#next();
      const target = this.#unary();
      if (target.type !== 'name') unsupported(`"${token.value}" only applies to a name`);
      return { type: 'update', op: token.value, prefix: true, target };
    }
    if (token.kind === 'name' && ['typeof', 'void', 'delete', 'new', 'await'].includes(token.value)) {
      unsupported(`"${token.value}" is not supported`);
    }
    const expr = this.#postfix();
    const after = this.#peek();
    // [JavaScript] `a\n++b` is `a; ++b`: a postfix operator must be on the same line.
    if (after.kind === 'punct' && (after.value === '++' || after.value === '--') && !after.newline) {
      if (expr.type !== 'name') unsupported(`"${after.value}" only applies to a name`);
      this.#next();
      return { type: 'update', op: after.value, prefix: false, target: expr };
    }
    return expr;
  }

  #postfix(): Expr {
    let expr = this.#primary();
    while (true) {
      const token = this.#peek();
      if (token.kind !== 'punct') return expr;
      if (token.value === '.') {
        this.#next();
        const name = this.#next();
        if (name.kind !== 'name') unsupported(`expected a property name at offset ${name.pos}`);
        if (FORBIDDEN_NAMES.has(name.value)) unsupported(`"${name.value}" is not allowed`);
        expr = { type: 'member', object: expr, property: name.value, pos: name.pos };
      } else if (token.value === '[') {
        this.#next();
        const index = this.#expression();
        this.#expect(']');
        expr = { type: 'index', object: expr, index };
      } else if (token.value === '(') {
        this.#next();
        const args: Expr[] = [];
        while (!this.#eat(')')) {
          if (this.#isPunct('...')) unsupported('spread arguments are not supported');
          args.push(this.#assignment());
          if (!this.#isPunct(')')) this.#expect(',');
        }
        expr = { type: 'call', callee: expr, args, pos: token.pos };
      } else if (token.value === '?.') {
        unsupported('optional chaining is not supported');
      } else {
        return expr;
      }
    }
  }

  #primary(): Expr {
    const token = this.#next();
    switch (token.kind) {
      case 'num':
      case 'str':
        return { type: 'lit', value: token.value };
      case 'template':
        return { type: 'template', strings: token.strings, exprs: token.exprs };
      case 'eof':
        return unsupported('unexpected end of the source');
      case 'name': {
        const literals: Record<string, unknown> = { true: true, false: false, null: null, undefined: undefined };
        if (token.value in literals) return { type: 'lit', value: literals[token.value] };
        if (FORBIDDEN_NAMES.has(token.value)) unsupported(`"${token.value}" is not allowed`);
        if (KEYWORDS.has(token.value)) unsupported(`unexpected "${token.value}" at offset ${token.pos}`);
        return { type: 'name', name: token.value, pos: token.pos };
      }
      case 'punct':
        if (token.value === '(') {
          const expr = this.#expression();
          this.#expect(')');
          return expr;
        }
        if (token.value === '[') {
          const items: Expr[] = [];
          while (!this.#eat(']')) {
            if (this.#isPunct('...')) unsupported('spread is not supported');
            if (this.#isPunct(',')) unsupported('holes in array literals are not supported');
            items.push(this.#assignment());
            if (!this.#isPunct(']')) this.#expect(',');
          }
          return { type: 'array', items };
        }
        if (token.value === '{') return this.#object(token.pos);
        return unsupported(`unexpected "${token.value}" at offset ${token.pos}`);
    }
  }

  #object(pos: number): Expr {
    const entries: [string, Expr][] = [];
    let bareKeys = false;
    while (!this.#eat('}')) {
      const key = this.#next();
      let name: string;
      if (key.kind === 'str') name = key.value;
      else if (key.kind === 'name') {
        name = key.value;
        bareKeys = true;
      } else if (key.kind === 'num') {
        // Python `{1: "a"}` has an int key; a JavaScript object would make it the string "1".
        return unsupported(`number keys are not supported (offset ${key.pos})`);
      } else return unsupported(`unsupported object key at offset ${key.pos}`);
      if (FORBIDDEN_NAMES.has(name)) unsupported(`the key "${name}" is not allowed`);
      if (entries.some(([k]) => k === name)) unsupported(`duplicate key "${name}"`);
      this.#expect(':');
      entries.push([name, this.#assignment()]);
      if (!this.#isPunct('}')) this.#expect(',');
    }
    return { type: 'object', entries, bareKeys, pos };
  }
}

// ---------------------------------------------------------------------------------------------------------
// Static checks: every name resolves to a parameter, a declared variable or an allowed built-in

const GLOBALS = new Set(['Math', 'Object', 'Array', 'String', 'Number']);

function checkScopes(fn: FunctionNode): void {
  const scopes: Set<string>[] = [];
  const declared = (name: string) => scopes.some((scope) => scope.has(name));
  const withScope = (names: Iterable<string>, body: () => void) => {
    scopes.push(new Set(names));
    body();
    scopes.pop();
  };
  const blockNames = (body: Stmt[]) => body.flatMap((s) => (s.type === 'let' ? s.decls.map(([n]) => n) : []));

  const expr = (e: Expr, inArrayFrom = false): void => {
    switch (e.type) {
      case 'lit':
        return;
      case 'name':
        if (!declared(e.name) && !GLOBALS.has(e.name)) unsupported(`unknown name "${e.name}" at offset ${e.pos}`);
        return;
      case 'template':
        for (const x of e.exprs) expr(x);
        return;
      case 'array':
        for (const x of e.items) expr(x);
        return;
      case 'object':
        // Python `{k: v}` becomes `{k: v}`, whose key is the text "k": only `Array.from({length: n}, ...)`
        // (Python `range`) may use a bare key.
        if (e.bareKeys && !inArrayFrom) unsupported(`unquoted object keys are not supported (offset ${e.pos})`);
        for (const [, x] of e.entries) expr(x);
        checkUpdateValues(e, declared);
        return;
      case 'member':
        expr(e.object);
        return;
      case 'index':
        expr(e.object);
        expr(e.index);
        return;
      case 'call': {
        const isArrayFrom = e.callee.type === 'member' && e.callee.object.type === 'name' && e.callee.object.name === 'Array' && e.callee.property === 'from';
        expr(e.callee);
        e.args.forEach((x, i) => {
          expr(x, isArrayFrom && i === 0);
        });
        return;
      }
      case 'unary':
        expr(e.arg);
        return;
      case 'binary':
      case 'logical':
        expr(e.left);
        expr(e.right);
        return;
      case 'cond':
        expr(e.test);
        expr(e.then);
        expr(e.else);
        return;
      case 'assign':
      case 'update':
        if (e.target.type === 'name' && !declared(e.target.name)) {
          // Assigning an undeclared name would create a global in sloppy JavaScript.
          unsupported(`assignment to undeclared name "${e.target.name}"`);
        }
        expr(e.target);
        if (e.type === 'assign') expr(e.value);
        return;
      case 'arrow':
        fnBody(e.fn);
        return;
    }
  };

  const stmt = (s: Stmt): void => {
    switch (s.type) {
      case 'let':
        for (const [, init] of s.decls) if (init) expr(init);
        return;
      case 'expr':
        expr(s.expr);
        return;
      case 'if':
        expr(s.test);
        stmt(s.then);
        if (s.else) stmt(s.else);
        return;
      case 'block':
        withScope(blockNames(s.body), () => {
          for (const x of s.body) stmt(x);
        });
        return;
      case 'forOf':
        expr(s.iterable);
        withScope([s.name], () => stmt(s.body));
        return;
      case 'for':
        if (s.test) expr(s.test);
        if (s.update) expr(s.update);
        stmt(s.body);
        return;
      case 'while':
        expr(s.test);
        stmt(s.body);
        return;
      case 'return':
        if (s.value) expr(s.value);
        return;
    }
  };

  const fnBody = (f: FunctionNode): void => {
    withScope(f.params, () => {
      if (Array.isArray(f.body)) {
        const body = f.body;
        withScope(blockNames(body), () => {
          for (const x of body) stmt(x);
        });
      } else expr(f.body);
    });
  };
  fnBody(fn);
}

/**
 * groovy writes a `gr.update(...)` as JSON, and a keyword argument that is not a literal becomes the text of
 * its JavaScript expression: `gr.update(label=name)` gives `{"label": "name", ...}`, `gr.update(value=a + b)`
 * gives `{"value": "(a + b)", ...}`. Gradio's frontend then shows that text, not the Python value. An update's
 * string that reads as an expression (anything but a literal or an unknown single name, which may well be a
 * word such as "stop") or as a name the function declares is refused, so the server computes the real value.
 */
function checkUpdateValues(e: Expr & { type: 'object' }, declared: (name: string) => boolean): void {
  const isUpdate = e.entries.some(([key, x]) => key === '__type__' && x.type === 'lit' && x.value === 'update');
  if (!isUpdate) return;
  for (const [key, x] of e.entries) {
    if (key === '__type__' || x.type !== 'lit' || typeof x.value !== 'string') continue;
    let parsed: Expr;
    try {
      parsed = new Parser(x.value).parseStandaloneExpression();
    } catch {
      continue;
    }
    const lost = parsed.type === 'name' ? declared(parsed.name) : parsed.type !== 'lit' && parsed.type !== 'template';
    if (lost) unsupported(`the update's "${key}" is the text of a Python expression the transpiler could not keep ("${x.value}")`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Interpreter

interface Binding {
  value: unknown;
  initialized: boolean;
  constant: boolean;
}

class Scope {
  readonly vars = new Map<string, Binding>();
  constructor(readonly parent: Scope | null) {}

  lookup(name: string): Binding {
    for (let scope: Scope | null = this; scope; scope = scope.parent) {
      const binding = scope.vars.get(name);
      if (binding) {
        // [JavaScript] reading a `let` before its declaration runs throws (the temporal dead zone).
        if (!binding.initialized) unsupported(`"${name}" is used before its declaration`);
        return binding;
      }
    }
    return unsupported(`unknown name "${name}"`);
  }
}

/** An arrow function value: only ever passed to `map`, `filter` or `Array.from`. */
class Closure {
  constructor(
    readonly fn: FunctionNode,
    readonly scope: Scope,
  ) {}
}

type Completion = { kind: 'return'; value: unknown } | { kind: 'break' } | { kind: 'continue' } | null;

const MAX_STRING = 1_000_000;
const MAX_DEPTH = 64;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Closure);
}

/** Lone or paired UTF-16 surrogates: JavaScript counts and indexes them apart, Python as one character. */
function hasSurrogates(text: string): boolean {
  return /[\uD800-\uDFFF]/.test(text);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Closure) return 'a function';
  if (typeof value === 'object') return 'a dict';
  return `a ${typeof value}`;
}

/** [Python] truth: JavaScript agrees except for an empty list or dict (true in JavaScript, false in Python). */
function truthy(value: unknown): boolean {
  if (Array.isArray(value) && value.length === 0) unsupported('the truth of an empty list differs in JavaScript');
  if (isPlainObject(value) && Object.keys(value).length === 0) unsupported('the truth of an empty dict differs in JavaScript');
  if (value instanceof Closure) unsupported('a function used as a condition');
  return Boolean(value);
}

/** `===` where it means Python's `==`: numbers, strings, booleans among themselves, and null. */
function equals(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a === b;
  const ta = typeof a;
  const tb = typeof b;
  if (ta === 'object' || tb === 'object' || ta === 'function') unsupported('comparing lists or dicts differs in JavaScript');
  // Python's True == 1; JavaScript's true !== 1.
  if ((ta === 'boolean' && tb === 'number') || (ta === 'number' && tb === 'boolean')) {
    unsupported('comparing a boolean with a number differs in JavaScript');
  }
  return a === b;
}

function checkNumber(value: number): number {
  if (!Number.isFinite(value)) unsupported('the result is not a finite number');
  return value;
}

function checkString(value: string): string {
  if (value.length > MAX_STRING) unsupported('a string grew too long');
  return value;
}

function arithmetic(op: string, a: unknown, b: unknown): unknown {
  if (op === '+' && typeof a === 'string' && typeof b === 'string') return checkString(a + b);
  if (typeof a !== 'number' || typeof b !== 'number') {
    unsupported(`"${op}" of ${describe(a)} and ${describe(b)} differs in JavaScript`);
  }
  switch (op) {
    case '+':
      return checkNumber(a + b);
    case '-':
      return checkNumber(a - b);
    case '*':
      return checkNumber(a * b);
    case '/':
      if (b === 0) unsupported('division by zero');
      return checkNumber(a / b);
    default:
      // [JavaScript] `%` keeps the dividend's sign, Python's the divisor's: agree only for non-negatives.
      if (b === 0 || a < 0 || b < 0) unsupported('"%" of a negative number or by zero differs in JavaScript');
      return checkNumber(a % b);
  }
}

function compare(op: string, a: unknown, b: unknown): boolean {
  if (op === '===') return equals(a, b);
  if (op === '!==') return !equals(a, b);
  const bothNumbers = typeof a === 'number' && typeof b === 'number';
  const bothStrings = typeof a === 'string' && typeof b === 'string' && !hasSurrogates(a) && !hasSurrogates(b);
  if (!bothNumbers && !bothStrings) unsupported(`"${op}" of ${describe(a)} and ${describe(b)} differs in JavaScript`);
  const x = a as number | string;
  const y = b as number | string;
  return op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y;
}

/**
 * A value as text (template literals, `String`, `join`), where JavaScript writes it as Python's `str()` does:
 * strings, zero, and numbers from 1e-4 to 1e16 (outside that, the two switch to exponents differently).
 */
function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  const magnitude = typeof value === 'number' ? Math.abs(value) : Number.NaN;
  if (magnitude === 0 || (magnitude >= 1e-4 && magnitude < 1e16)) return String(value);
  return unsupported(`turning ${describe(value)} into text differs in JavaScript`);
}

function expectArgs(name: string, args: unknown[], count: number): void {
  if (args.length !== count) unsupported(`${name} takes ${count} argument${count === 1 ? '' : 's'} here`);
}

function integerIndex(index: unknown, length: number): number {
  // Python reads a negative index from the end and raises on one out of range; JavaScript gives undefined.
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= length) {
    unsupported(`the index ${String(index)} is out of range`);
  }
  return index;
}

function ownKey(key: unknown, object: Record<string, unknown>, reading: boolean): string {
  // A number indexes a Python dict by int, never the string key JavaScript would convert it to.
  if (typeof key !== 'string') unsupported(`a dict key must be a string here, not ${describe(key)}`);
  if (FORBIDDEN_NAMES.has(key)) unsupported(`the key "${key}" is not allowed`);
  if (reading && !Object.hasOwn(object, key)) unsupported(`the key "${key}" is missing`);
  return key;
}

const MATH_FUNCTIONS: Record<string, (...args: number[]) => number> = {
  abs: Math.abs,
  floor: Math.floor,
  ceil: Math.ceil,
  trunc: Math.trunc,
  sign: Math.sign,
  sqrt: Math.sqrt,
  min: Math.min,
  max: Math.max,
  pow: Math.pow,
  round: Math.round,
};

class Interpreter {
  #steps = 0;
  #depth = 0;
  readonly #maxSteps: number;

  constructor(maxSteps: number) {
    this.#maxSteps = maxSteps;
  }

  callTop(fn: FunctionNode, args: readonly unknown[]): unknown {
    let copies: unknown[];
    try {
      copies = structuredClone([...args]);
    } catch {
      return unsupported('the inputs are not plain data');
    }
    for (const value of copies) this.#checkData(value, 0);
    const result = this.#invoke(fn, new Scope(null), copies);
    this.#checkData(result, 0);
    return result;
  }

  /** Inputs and results are JSON-like data: no functions, no non-finite numbers, no odd objects. */
  #checkData(value: unknown, depth: number): void {
    if (depth > MAX_DEPTH) unsupported('the data is nested too deeply');
    if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return;
    if (typeof value === 'number') {
      checkNumber(value);
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) this.#checkData(item, depth + 1);
      return;
    }
    if (isPlainObject(value) && Object.getPrototypeOf(value) === Object.prototype) {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_NAMES.has(key)) unsupported(`the key "${key}" is not allowed`);
        this.#checkData(value[key], depth + 1);
      }
      return;
    }
    unsupported(`${describe(value)} is not plain data`);
  }

  #step(): void {
    if (++this.#steps > this.#maxSteps) unsupported(`the function took more than ${this.#maxSteps} steps`);
  }

  #invoke(fn: FunctionNode, parent: Scope, args: unknown[]): unknown {
    if (++this.#depth > MAX_DEPTH) unsupported('calls are nested too deeply');
    try {
      const scope = new Scope(parent);
      fn.params.forEach((name, i) => {
        scope.vars.set(name, { value: args[i], initialized: true, constant: false });
      });
      if (!Array.isArray(fn.body)) return this.#eval(fn.body, scope);
      const completion = this.#block(fn.body, scope);
      return completion?.kind === 'return' ? completion.value : undefined;
    } finally {
      this.#depth--;
    }
  }

  #callClosure(closure: unknown, args: unknown[]): unknown {
    if (!(closure instanceof Closure)) return unsupported(`${describe(closure)} is not a callback`);
    return this.#invoke(closure.fn, closure.scope, args);
  }

  #block(body: Stmt[], parent: Scope): Completion {
    const scope = new Scope(parent);
    // [JavaScript] a block's `let`/`const` exist from its start, unusable until their declaration runs.
    for (const s of body) {
      if (s.type !== 'let') continue;
      for (const [name] of s.decls) scope.vars.set(name, { value: undefined, initialized: false, constant: s.constant });
    }
    for (const s of body) {
      const completion = this.#exec(s, scope);
      if (completion) return completion;
    }
    return null;
  }

  #exec(s: Stmt, scope: Scope): Completion {
    this.#step();
    switch (s.type) {
      case 'let':
        for (const [name, init] of s.decls) {
          const binding = scope.vars.get(name)!;
          binding.value = init ? this.#eval(init, scope) : undefined;
          binding.initialized = true;
        }
        return null;
      case 'expr':
        this.#eval(s.expr, scope);
        return null;
      case 'if':
        if (truthy(this.#eval(s.test, scope))) return this.#exec(s.then, scope);
        return s.else ? this.#exec(s.else, scope) : null;
      case 'block':
        return this.#block(s.body, scope);
      case 'return':
        return { kind: 'return', value: s.value ? this.#eval(s.value, scope) : undefined };
      case 'break':
        return { kind: 'break' };
      case 'continue':
        return { kind: 'continue' };
      case 'forOf': {
        const iterable = this.#eval(s.iterable, scope);
        // Python iterates a dict's keys and a string's characters; JavaScript cannot iterate a plain object.
        if (!Array.isArray(iterable)) unsupported(`iterating over ${describe(iterable)} is not supported`);
        // Both languages walk a list by position, seeing items the body appends.
        for (let k = 0; k < iterable.length; k++) {
          this.#step();
          const inner = new Scope(scope);
          inner.vars.set(s.name, { value: iterable[k], initialized: true, constant: s.constant });
          const completion = this.#exec(s.body, inner);
          if (completion?.kind === 'break') break;
          if (completion?.kind === 'return') return completion;
        }
        return null;
      }
      case 'for':
      case 'while':
        while (s.test === null || truthy(this.#eval(s.test, scope))) {
          this.#step();
          const completion = this.#exec(s.body, scope);
          if (completion?.kind === 'break') break;
          if (completion?.kind === 'return') return completion;
          if (s.type === 'for' && s.update) this.#eval(s.update, scope);
        }
        return null;
    }
  }

  #eval(e: Expr, scope: Scope): unknown {
    this.#step();
    switch (e.type) {
      case 'lit':
        return e.value;
      case 'name':
        if (GLOBALS.has(e.name) && !this.#isLocal(e.name, scope)) unsupported(`"${e.name}" can only be called`);
        return scope.lookup(e.name).value;
      case 'template': {
        let text = e.strings[0];
        e.exprs.forEach((x, i) => {
          text += toText(this.#eval(x, scope)) + e.strings[i + 1];
        });
        return checkString(text);
      }
      case 'array':
        return e.items.map((x) => this.#eval(x, scope));
      case 'object': {
        const object: Record<string, unknown> = {};
        for (const [key, x] of e.entries) object[key] = this.#eval(x, scope);
        return object;
      }
      case 'member': {
        const object = this.#eval(e.object, scope);
        if (e.property !== 'length') unsupported(`reading ".${e.property}" is not supported`);
        if (Array.isArray(object)) return object.length;
        if (typeof object === 'string' && !hasSurrogates(object)) return object.length;
        return unsupported(`the length of ${describe(object)} differs in JavaScript`);
      }
      case 'index':
        return this.#index(this.#eval(e.object, scope), this.#eval(e.index, scope));
      case 'call':
        return this.#call(e, scope);
      case 'unary': {
        const value = this.#eval(e.arg, scope);
        if (e.op === '!') return !truthy(value);
        if (typeof value !== 'number') unsupported(`unary "${e.op}" of ${describe(value)} differs in JavaScript`);
        return e.op === '-' ? -value : value;
      }
      case 'binary': {
        const left = this.#eval(e.left, scope);
        const right = this.#eval(e.right, scope);
        return ['+', '-', '*', '/', '%'].includes(e.op) ? arithmetic(e.op, left, right) : compare(e.op, left, right);
      }
      case 'logical': {
        const left = this.#eval(e.left, scope);
        const isTrue = truthy(left);
        if (e.op === '&&') return isTrue ? this.#eval(e.right, scope) : left;
        return isTrue ? left : this.#eval(e.right, scope);
      }
      case 'cond':
        return truthy(this.#eval(e.test, scope)) ? this.#eval(e.then, scope) : this.#eval(e.else, scope);
      case 'assign': {
        const value = this.#eval(e.value, scope);
        return this.#store(e.target, scope, (old) => (e.op === '=' ? value : arithmetic(e.op[0], old(), value)));
      }
      case 'update': {
        let before: unknown;
        const after = this.#store(e.target, scope, (old) => {
          before = old();
          return arithmetic(e.op[0], before, 1);
        });
        return e.prefix ? after : before;
      }
      case 'arrow':
        return new Closure(e.fn, scope);
    }
  }

  #isLocal(name: string, scope: Scope): boolean {
    for (let s: Scope | null = scope; s; s = s.parent) if (s.vars.has(name)) return true;
    return false;
  }

  #index(object: unknown, index: unknown): unknown {
    if (Array.isArray(object)) return object[integerIndex(index, object.length)];
    if (typeof object === 'string') {
      if (hasSurrogates(object)) unsupported('indexing text with characters outside the BMP differs in JavaScript');
      return object[integerIndex(index, object.length)];
    }
    if (isPlainObject(object)) return object[ownKey(index, object, true)];
    return unsupported(`indexing ${describe(object)} is not supported`);
  }

  /** Assigns `target` (a name or an index) the value `compute` gives from the old value; returns it. */
  #store(target: Expr, scope: Scope, compute: (old: () => unknown) => unknown): unknown {
    if (target.type === 'name') {
      const binding = scope.lookup(target.name);
      if (binding.constant) unsupported(`"${target.name}" is a constant`);
      binding.value = compute(() => binding.value);
      return binding.value;
    }
    if (target.type !== 'index') return unsupported('only names and indexes can be assigned');
    const object = this.#eval(target.object, scope);
    const index = this.#eval(target.index, scope);
    if (Array.isArray(object)) {
      const i = integerIndex(index, object.length);
      object[i] = compute(() => object[i]);
      return object[i];
    }
    if (isPlainObject(object)) {
      const key = ownKey(index, object, false);
      const value = compute(() => object[ownKey(index, object, true)]);
      Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
      return value;
    }
    return unsupported(`assigning into ${describe(object)} is not supported`);
  }

  #call(e: Expr & { type: 'call' }, scope: Scope): unknown {
    const callee = e.callee;
    if (callee.type === 'name' && GLOBALS.has(callee.name) && !this.#isLocal(callee.name, scope)) {
      return this.#global(callee.name, e.args.map((x) => this.#eval(x, scope)));
    }
    if (callee.type !== 'member') return unsupported(`only built-in functions and methods can be called (offset ${e.pos})`);
    if (callee.object.type === 'name' && GLOBALS.has(callee.object.name) && !this.#isLocal(callee.object.name, scope)) {
      return this.#static(callee.object.name, callee.property, e.args, scope);
    }
    const receiver = this.#eval(callee.object, scope);
    const args = e.args.map((x) => this.#eval(x, scope));
    if (Array.isArray(receiver)) return this.#arrayMethod(receiver, callee.property, args);
    if (typeof receiver === 'string') return this.#stringMethod(receiver, callee.property, args);
    return unsupported(`"${callee.property}" of ${describe(receiver)} is not supported`);
  }

  #global(name: string, args: unknown[]): unknown {
    expectArgs(name, args, 1);
    const [value] = args;
    if (name === 'String') return toText(value);
    if (name === 'Number' && typeof value === 'number') return value;
    if (name === 'Number' && typeof value === 'string' && /^\s*-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)) {
      return Number(value);
    }
    return unsupported(`${name}(${describe(value)}) is not supported`);
  }

  #static(object: string, property: string, argExprs: Expr[], scope: Scope): unknown {
    const args = argExprs.map((x) => this.#eval(x, scope));
    if (object === 'Math' && Object.hasOwn(MATH_FUNCTIONS, property)) {
      if (args.length === 0 || !args.every((a) => typeof a === 'number')) unsupported(`Math.${property} takes numbers`);
      // Math.round rounds halves up; Python's round() rounds them to even: refuse the halves.
      if (property === 'round' && Math.abs((args[0] as number) % 1) === 0.5) unsupported('rounding a half differs in Python');
      return checkNumber(MATH_FUNCTIONS[property](...(args as number[])));
    }
    if (object === 'Array' && property === 'isArray') {
      expectArgs('Array.isArray', args, 1);
      return Array.isArray(args[0]);
    }
    if (object === 'Object' && property === 'keys') {
      expectArgs('Object.keys', args, 1);
      const [value] = args;
      if (isPlainObject(value)) return Object.keys(value);
      // Python's len() of a list that the transpiler believed to be a dict.
      if (Array.isArray(value)) return value.map((_, i) => String(i));
      return unsupported(`Object.keys(${describe(value)}) is not supported`);
    }
    if (object === 'Array' && property === 'from') return this.#arrayFrom(args);
    return unsupported(`${object}.${property} is not supported`);
  }

  /** `Array.from({length: n}, (_, i) => ...)`, the transpiler's Python `range`, and `Array.from(list)`. */
  #arrayFrom(args: unknown[]): unknown[] {
    const [source, mapper] = args;
    if (args.length < 1 || args.length > 2) unsupported('Array.from takes one or two arguments here');
    let length: number;
    if (Array.isArray(source)) length = source.length;
    else if (isPlainObject(source) && Object.keys(source).length === 1 && Object.hasOwn(source, 'length')) {
      const n = source.length;
      // Python's range() of a negative count is empty; JavaScript throws. A fraction is a TypeError in Python.
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) unsupported(`a range of length ${String(n)} is not supported`);
      length = n;
    } else return unsupported('Array.from takes a list or {length: n} here');
    if (length > this.#maxSteps - this.#steps) unsupported(`the function took more than ${this.#maxSteps} steps`);
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) {
      this.#step();
      const item = Array.isArray(source) ? source[i] : undefined;
      out.push(mapper === undefined ? item : this.#callClosure(mapper, [item, i]));
    }
    return out;
  }

  #arrayMethod(list: unknown[], name: string, args: unknown[]): unknown {
    switch (name) {
      case 'includes':
        expectArgs('includes', args, 1);
        return list.some((item) => {
          this.#step();
          return equals(item, args[0]);
        });
      case 'indexOf':
        expectArgs('indexOf', args, 1);
        return list.findIndex((item) => {
          this.#step();
          return equals(item, args[0]);
        });
      case 'filter':
      case 'map': {
        expectArgs(name, args, 1);
        const out: unknown[] = [];
        list.forEach((item, i) => {
          this.#step();
          const value = this.#callClosure(args[0], [item, i]);
          if (name === 'map') out.push(value);
          else if (truthy(value)) out.push(item);
        });
        return out;
      }
      case 'push':
        if (list.length + args.length > MAX_STRING) unsupported('a list grew too long');
        return list.push(...args);
      case 'join': {
        const separator = args.length === 0 ? ',' : args[0];
        if (args.length > 1 || typeof separator !== 'string') unsupported('join takes one string here');
        return checkString(list.map(toText).join(separator));
      }
      case 'slice': {
        if (!args.every((a) => typeof a === 'number' && Number.isInteger(a))) unsupported('slice takes integers here');
        return list.slice(...(args as number[]));
      }
      case 'concat':
        if (!args.every(Array.isArray)) unsupported('concat takes lists here');
        return checkListLength(list.concat(...(args as unknown[][])));
      default:
        return unsupported(`the list method "${name}" is not supported`);
    }
  }

  #stringMethod(text: string, name: string, args: unknown[]): unknown {
    const strings = args.every((a) => typeof a === 'string');
    switch (name) {
      case 'includes':
      case 'startsWith':
      case 'endsWith':
        expectArgs(name, args, 1);
        if (!strings) unsupported(`${name} takes a string here`);
        return text[name](args[0] as string);
      case 'split':
        // Python's split() with no separator splits on runs of whitespace; with "" it raises.
        expectArgs('split', args, 1);
        if (!strings || args[0] === '') unsupported('split takes a non-empty string here');
        return text.split(args[0] as string);
      case 'toUpperCase':
      case 'toLowerCase':
      case 'trim':
        expectArgs(name, args, 0);
        return text[name]();
      case 'repeat': {
        expectArgs('repeat', args, 1);
        const count = args[0];
        if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) unsupported('repeat takes a count');
        if (text.length * count > MAX_STRING) unsupported('a string grew too long');
        return text.repeat(count);
      }
      case 'slice':
        if (hasSurrogates(text)) unsupported('slicing text with characters outside the BMP differs in JavaScript');
        if (!args.every((a) => typeof a === 'number' && Number.isInteger(a))) unsupported('slice takes integers here');
        return text.slice(...(args as number[]));
      case 'indexOf':
        expectArgs('indexOf', args, 1);
        if (!strings || hasSurrogates(text)) unsupported('indexOf takes a string here');
        return text.indexOf(args[0] as string);
      default:
        return unsupported(`the string method "${name}" is not supported`);
    }
  }
}

function checkListLength(list: unknown[]): unknown[] {
  if (list.length > MAX_STRING) unsupported('a list grew too long');
  return list;
}
