/**
 * The `types` command: connects to an app with the client, reads its API (`/info`) and writes the TypeScript
 * module of {@link generateTypes}. Errors are one clear line on stderr and an exit code per kind of failure.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Client } from '../client/client';
import type { GradioError } from '../client/errors';
import type { ClientOptions } from '../client/types';
import { documentedEndpoints } from '../components/gr-api-docs/api-snippets';
import { generateTypes } from './types-gen';

/** Exit codes of `gradio-kit types`. */
export const exitCodes = {
  ok: 0,
  /** Anything else (a file that cannot be written, a server error). */
  failed: 1,
  /** Wrong arguments. */
  usage: 2,
  /** The app cannot be reached, does not exist, or is not a Gradio app. */
  unreachable: 3,
  /** The app is private (no token, or a token that cannot read it) or needs a login. */
  auth: 4,
  /** The app has no named endpoints to type. */
  noEndpoints: 5,
} as const;

export const typesUsage = `Usage: gradio-kit types <app> [options]

Writes a TypeScript interface of the named endpoints of a Gradio app, for Client.connect<Api>(app)
from gradio-kit/client.

  <app>                   a URL (http://127.0.0.1:7860/), a Space id (user/space) or a *.hf.space host
  --out <file>            write the module to <file> (default: print it)
  --name <Name>           the interface's name (default: AppApi)
  --token <hf_...>        a Hugging Face token, for a private Space (default: $HF_TOKEN)
  --auth <user:password>  log in to an app launched with auth=
  --hub <url>             the Hugging Face Hub that resolves Space ids (default: https://huggingface.co)
  --import-from <module>  where FileData and FileInput are imported from (default: gradio-kit/client)
  -h, --help              this help

Exit codes: 0 written, 2 wrong arguments, 3 app unreachable or not found, 4 private app or login needed,
5 no named endpoints, 1 anything else.
`;

/** Where the command writes and what it reads from its environment (the process's, unless a test says). */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Passed to the client (tests). */
  fetch?: typeof fetch;
}

/** A failure with the exit code it ends the command with. */
class CommandError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

const tokenHint = 'if it is private, pass --token or set HF_TOKEN';

/** The one line (and exit code) a client error becomes. */
function explain(error: GradioError, app: string, options: ClientOptions): CommandError {
  const space = /^[\w.-]+\/[\w.-]+$/.test(app);
  const hint = options.token ? 'the token cannot read it, or it does not exist' : tokenHint;
  switch (error.name) {
    case 'AuthError':
      if (options.auth) return new CommandError(`${app} refused the login: ${error.message}`, exitCodes.auth);
      if (error.status === 401 && !space) {
        return new CommandError(`${app} needs a login (pass --auth user:password) or a token (--token / HF_TOKEN): ${error.message}`, exitCodes.auth);
      }
      return new CommandError(`${app} refused access (${hint}): ${error.message}`, exitCodes.auth);
    case 'NotFoundError':
      if (space && (error.status === 401 || error.status === 403)) return new CommandError(`${app} is private: ${options.token ? hint : 'pass --token or set HF_TOKEN'}`, exitCodes.auth);
      return new CommandError(`${app} not found (${hint}): ${error.message}`, exitCodes.unreachable);
    case 'ConnectionError':
    case 'TimeoutError': {
      // Node's fetch hides the reason (ECONNREFUSED, ENOTFOUND) in the cause of its TypeError
      const inner = (error.cause as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
      const reason = inner?.code ?? inner?.message;
      return new CommandError(`Cannot reach ${app}: ${error.message}${typeof reason === 'string' ? ` [${reason}]` : ''}`, exitCodes.unreachable);
    }
    case 'ValidationError':
      return new CommandError(`${error.message} (expected a URL, a Space id user/space or a *.hf.space host)`, exitCodes.usage);
    default:
      return new CommandError(`${app}: ${error.message}`, exitCodes.failed);
  }
}

/** Reads the app's API and generates its module; throws a {@link CommandError}. */
async function generate(app: string, options: ClientOptions, name: string | undefined, importFrom: string | undefined): Promise<string> {
  let client: Client;
  try {
    client = await Client.connect(app, options);
  } catch (error) {
    throw explain(error as GradioError, app, options);
  }
  try {
    if (client.config.auth_required) {
      throw new CommandError(`${app} needs a login: pass --auth user:password`, exitCodes.auth);
    }
    const info = await client.view_api().catch((error: GradioError) => {
      throw explain(error, app, options);
    });
    const endpoints = documentedEndpoints(info, client.config.dependencies);
    if (!endpoints.length) {
      throw new CommandError(`${app} has no named endpoints (give its events an api_name to call them by name)`, exitCodes.noEndpoints);
    }
    return generateTypes({ app, version: client.config.version, endpoints }, { name, importFrom });
  } finally {
    client.close();
  }
}

/**
 * Runs `gradio-kit types` with the arguments after `types`; resolves with the exit code (never rejects).
 */
export async function typesCommand(args: string[], io: CommandIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    io.stderr(`gradio-kit types: ${(error as Error).message}\n\n${typesUsage}`);
    return exitCodes.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(typesUsage);
    return exitCodes.ok;
  }
  if (positionals.length !== 1) {
    io.stderr(`gradio-kit types: ${positionals.length ? 'one app only' : 'which app?'}\n\n${typesUsage}`);
    return exitCodes.usage;
  }
  const [app] = positionals;
  const options: ClientOptions = { token: values.token ?? io.env.HF_TOKEN ?? undefined, fetch: io.fetch, hub: values.hub };
  if (values.auth !== undefined) {
    const colon = values.auth.indexOf(':');
    if (colon < 1) {
      io.stderr('gradio-kit types: --auth takes user:password\n');
      return exitCodes.usage;
    }
    options.auth = [values.auth.slice(0, colon), values.auth.slice(colon + 1)];
  }
  try {
    const text = await generate(app, options, values.name, values['import-from']);
    if (values.out) {
      await writeFile(values.out, text).catch((error: Error) => {
        throw new CommandError(`Cannot write ${values.out}: ${error.message}`, exitCodes.failed);
      });
      io.stderr(`gradio-kit types: wrote ${values.out}\n`);
    } else io.stdout(text);
    return exitCodes.ok;
  } catch (error) {
    const failure = error instanceof CommandError ? error : new CommandError(`${app}: ${(error as Error).message}`, exitCodes.failed);
    io.stderr(`gradio-kit types: ${failure.message}\n`);
    return failure.code;
  }
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      name: { type: 'string' },
      token: { type: 'string' },
      auth: { type: 'string' },
      hub: { type: 'string' },
      'import-from': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
