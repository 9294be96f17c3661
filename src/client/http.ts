/**
 * What the client makes of an HTTP answer: its body, and the typed error of a non-2xx one ([protocol] §2, §8.1).
 * Shared by the connection (`connection.ts`) and the calls (`queue-session.ts`).
 */
import {
  AuthError,
  ConnectionError,
  type GradioError,
  NotFoundError,
  QueueFullError,
  RateLimitError,
  ValidationError,
  appError,
} from './errors';

/** Reads a body as JSON when it parses, else as text. */
export async function readBody(response: Response): Promise<any> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The typed error for a non-2xx answer. */
export async function httpError(response: Response, url: string, endpoint?: string): Promise<GradioError> {
  const body = await readBody(response).catch(() => undefined);
  const { status } = response;
  const detail = body?.detail;
  const details = { url, endpoint, status, body };
  // What the server said; a gateway's HTML error page or a long text is not repeated, only its status.
  const said = (typeof detail === 'string' && detail) || detail?.error || (typeof body === 'string' && body.length < 200 && !body.includes('<') && body);
  const text = String(said || response.statusText || `HTTP ${status}`);
  if (status === 401 || status === 403) {
    // [protocol] §8.1: a login cookie the server no longer knows (expired, logged out, server restarted) is a 401
    const message = status === 401 ? `Not logged in, or the login expired: connect again with \`auth\` (server: ${text})` : text;
    const error = new AuthError(message, details);
    error.authMessage = detail?.auth_message;
    return error;
  }
  if (status === 404) return new NotFoundError(text, details);
  if (status === 429) {
    const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
    const wait = Number.isFinite(retryAfter) ? `: try again in ${retryAfter} s` : ': try again later';
    const error = new RateLimitError(`Too many requests${wait} (server: ${text})`, details);
    if (Number.isFinite(retryAfter)) error.retryAfter = retryAfter;
    return error;
  }
  // [protocol] §3.2: 503 "Queue is full. Max size is N and size is M." Any other 503 (Gradio's "Queue is
  // stopped.", a gateway's maintenance page) is the server being unavailable.
  if (status === 503 && /queue is full/i.test(text)) return new QueueFullError(text, details);
  if (status === 502 || status === 503 || status === 504) {
    return new ConnectionError(`Server unavailable (${status} ${response.statusText || 'from a gateway'}): ${text}`, details);
  }
  if (status === 400 || status === 413 || status === 422) {
    const error = new ValidationError(Array.isArray(detail) ? JSON.stringify(detail) : text, details);
    if (Array.isArray(detail)) error.errors = detail;
    return error;
  }
  // A 500 from a call is the function failing (an app error); from the config or a stream, a broken server.
  if (status === 500 && endpoint !== undefined) {
    return appError(typeof body === 'object' && body ? body : { error: text }, endpoint, undefined, url);
  }
  return new ConnectionError(text, details);
}

/** What a failed `fetch` says, with the system error under it (`fetch failed: ECONNRESET`). */
export function failure(cause: unknown): string {
  const inner = (cause as { cause?: { code?: string; message?: string } })?.cause;
  const text = cause instanceof Error ? cause.message : String(cause);
  return inner ? `${text}: ${inner.code ?? inner.message}` : text;
}
