/**
 * Typed errors of the protocol client, in the style of ky's `HTTPError` / `TimeoutError`: every class has a
 * literal `name`, and the message names the facts needed to act on it (URL, endpoint, HTTP status).
 *
 * Everything the client rejects with or reports in an `error` status is a {@link GradioError}: test with
 * `instanceof` (`error instanceof QueueFullError`) or by `error.name`.
 */

/** The facts an error can carry. */
export interface ErrorDetails {
  /** The URL of the request that failed. */
  url?: string;
  /** The endpoint (`"/name"` or the fn_index) of the call that failed. */
  endpoint?: string;
  /** The HTTP status of the answer, when there was one. */
  status?: number;
  /** The parsed body of the answer (JSON when it parsed, else text), or the server's error payload. */
  body?: unknown;
  /** The underlying error (a network failure, a parse error). */
  cause?: unknown;
}

/** Base class of every error of `gradio-kit/client`. */
export class GradioError extends Error {
  url?: string;
  endpoint?: string;
  status?: number;
  body?: unknown;

  constructor(message: string, details: ErrorDetails = {}) {
    const where = [details.endpoint, details.url, details.status && `status ${details.status}`].filter(Boolean).join(', ');
    const { cause, ...facts } = details;
    super(where ? `${message} (${where})` : message, { cause });
    Object.assign(this, facts);
  }
}

/**
 * The server could not be reached, answered something that is not Gradio, failed at the gateway (502, 504, a 503
 * that is not Gradio's full queue), or a stream broke or went silent.
 */
export class ConnectionError extends GradioError {
  override readonly name = 'ConnectionError' as const;
}

/** A request took longer than the `timeout` option. */
export class TimeoutError extends GradioError {
  override readonly name = 'TimeoutError' as const;
}

/** The call was cancelled: `cancel()`, an aborted `signal`, `close()`, or leaving a `for await` early. */
export class AbortError extends GradioError {
  override readonly name = 'AbortError' as const;
}

/** 401 / 403, or a refused login (Gradio answers 400 "Incorrect credentials."). */
export class AuthError extends GradioError {
  override readonly name = 'AuthError' as const;
  /** The app's `auth_message` when the server sent one. */
  authMessage?: string | null;
}

/** No such app (404), or no such endpoint in the app. */
export class NotFoundError extends GradioError {
  override readonly name = 'NotFoundError' as const;
}

/** The queue is full (503, `demo.queue(max_size=...)`): try again later. */
export class QueueFullError extends GradioError {
  override readonly name = 'QueueFullError' as const;
}

/**
 * Too many requests (429, from the server or a gateway in front of it, e.g. a Hugging Face Space's rate limit):
 * try again after `retryAfter` seconds.
 */
export class RateLimitError extends GradioError {
  override readonly name = 'RateLimitError' as const;
  /** Seconds to wait before trying again, from the `Retry-After` header (`undefined` when absent). */
  retryAfter?: number;
}

/**
 * The inputs were refused: a 422 (the event's validator or a malformed body; `errors` holds the server's
 * list), a 400, a 413 (`max_file_size`), or arguments that do not fit the endpoint (missing required or unknown
 * named parameter).
 */
export class ValidationError extends GradioError {
  override readonly name = 'ValidationError' as const;
  /** The server's per-input results or FastAPI error list, when it sent one. */
  errors?: unknown[];
}

/** The app's function failed: `raise gr.Error(...)` (with its `title`), or any exception the server reports. */
export class AppError extends GradioError {
  override readonly name = 'AppError' as const;
  /** The title of the `gr.Error` (default `"Error"`). */
  title = 'Error';
  /** Seconds the error toast should stay (`null`: until closed). */
  duration?: number | null;
  /** Whether the app wants the error shown. */
  visible?: boolean;
}

/** An `AppError` from a server error payload `{error, title, duration, visible}` ([protocol] §3.6). */
export function appError(payload: Record<string, any>, endpoint?: string, title?: string, url?: string): AppError {
  const message = String(payload.error ?? 'An error occurred').replace(/^'(.*)'$/s, '$1');
  const error = new AppError(message, { endpoint, url, body: payload, status: payload.status });
  error.title = payload.title ?? title ?? 'Error';
  error.duration = payload.duration;
  error.visible = payload.visible;
  return error;
}
