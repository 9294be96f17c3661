/**
 * `gradio-kit/client`: a protocol client for Gradio apps, for Node >= 20 and browsers, with no dependencies.
 *
 * @example
 * import { Client, handle_file } from 'gradio-kit/client';
 * const client = await Client.connect('http://localhost:7860');
 * const { data } = await client.predict('/predict', ['World']);
 * for await (const event of client.submit('/stream', { text: 'hi' })) if (event.type === 'data') console.log(event.data);
 */
export { Client } from './client';
export {
  AbortError,
  AppError,
  AuthError,
  ConnectionError,
  type ErrorDetails,
  GradioError,
  NotFoundError,
  QueueFullError,
  RateLimitError,
  TimeoutError,
  ValidationError,
} from './errors';
export { FileRef, handle_file, handle_file as handleFile } from './files';
export { Job } from './job';
export type { UploadOptions } from './queue-session';
export { SpaceError, type SpaceState, type SpaceStatus, spaceState } from './spaces';
export type * from './types';
