/**
 * A loopback HTTP proxy in front of a real Gradio server whose faults a test switches at run time.
 *
 * Every request is forwarded unchanged (the `Host` header too, so that the server computes its `root` as the
 * proxy's URL and every URL it hands out goes through the proxy again), unless a {@link Fault} matches it:
 * - `status`: answer that status (502, 503, 429, ...) without asking the server;
 * - `reset`: destroy the connection before any answer (as a crashed proxy or a reset does);
 * - `cutAfterMs` / `cutAfterEvents`: forward the answer, then destroy the connection mid-body (mid-SSE);
 * - `stallAfterEvents`: forward the answer's head and that many SSE events, then forward nothing more while the
 *   connection stays open (the server seems alive but no data or heartbeat arrives);
 * - `uploadBytesPerSecond`: forward the request body at that rate (a slow upload);
 * - `delayMs`: hold the request that long before forwarding it (a slow gateway, or a server too busy to read it).
 * `dropStreams()` / `stallStreams()` do the same to the event streams already open. The proxy counts requests
 * per route (`METHOD /path`, query left out), counts the event streams the client closed itself, and can point at
 * another server (`target`) after a restart.
 */
import { type IncomingMessage, request as httpRequest, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Transform, type TransformCallback } from 'node:stream';

/** One fault: which requests it hits and what it does to them. */
export interface Fault {
  /** A substring of the path (query included) or a pattern tested on it. */
  route: string | RegExp;
  /** Only this method (`GET`, `POST`). */
  method?: string;
  /** Answer with this status instead of forwarding; `body` (JSON when not a string) and `headers` with it. */
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Destroy the connection without an answer. */
  reset?: boolean;
  /** Destroy the connection this long after the answer's head was forwarded (a function: drawn per request). */
  cutAfterMs?: number | (() => number);
  /** Destroy the connection after forwarding this many SSE events of the answer. */
  cutAfterEvents?: number;
  /** Stop forwarding the answer after this many SSE events (0: right after its head); the connection stays open. */
  stallAfterEvents?: number;
  /** Forward the request body at this many bytes per second. */
  uploadBytesPerSecond?: number;
  /** Hold the request this long before forwarding it. */
  delayMs?: number;
  /** The chance (0 to 1) that a matching request is hit. @default 1 */
  probability?: number;
  /** Hit at most this many requests, then let them pass. @default unlimited */
  times?: number;
}

/** One forwarded exchange whose answer is still streaming. */
interface Exchange {
  path: string;
  /** Whether the answer is an event stream. */
  sse: boolean;
  stalled: boolean;
  /** The server ended its answer, or the proxy broke the exchange (a fault): the client did not close it. */
  ended: boolean;
  /** Destroys both sides of the exchange. */
  destroy(): void;
}

export interface FaultProxy {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  readonly url: string;
  /** The server requests go to; change it when the server comes back on another port. */
  target: string;
  /** Replaces the active faults (none: everything passes through). */
  setFaults(...faults: Fault[]): void;
  /** Requests seen per route (`"POST /gradio_api/queue/join"`), faults included. */
  readonly counts: ReadonlyMap<string, number>;
  /** Requests seen whose route contains `part`. */
  count(part: string): number;
  /** Event streams (`text/event-stream` answers) that the client closed before the server ended them. */
  readonly clientClosedStreams: number;
  /** How many event streams whose path contains `part` are open now. */
  openStreams(part?: string): number;
  /** Destroys every event stream open now (`text/event-stream` answers) whose path contains `part`; returns how many. */
  dropStreams(part?: string): number;
  /** Stops forwarding the event streams open now whose path contains `part`; returns how many. */
  stallStreams(part?: string): number;
  close(): Promise<void>;
}

/** Counts blank-line-terminated SSE events in the bytes passing by (`\n\n`, also across chunks). */
function eventCounter(): (chunk: Buffer) => number {
  let previous = 0;
  let total = 0;
  return (chunk) => {
    for (const byte of chunk) {
      if (byte === 10 && previous === 10) total++;
      if (byte !== 13) previous = byte;
    }
    return total;
  };
}

/** A transform that lets `rate` bytes per second through. */
function throttle(rate: number): Transform {
  const slice = Math.max(1, Math.floor(rate / 20));
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      const parts: Buffer[] = [];
      for (let i = 0; i < chunk.length; i += slice) parts.push(chunk.subarray(i, i + slice));
      const push = () => {
        const part = parts.shift();
        if (!part) return callback();
        this.push(part);
        setTimeout(push, (part.length / rate) * 1000);
      };
      push();
    },
  });
}

function matches(fault: Fault, method: string, path: string): boolean {
  if (fault.method && fault.method !== method) return false;
  if (fault.times !== undefined && fault.times <= 0) return false;
  return typeof fault.route === 'string' ? path.includes(fault.route) : fault.route.test(path);
}

/** Starts a proxy on a free loopback port in front of `target` (`http://127.0.0.1:PORT`). */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  let faults: Fault[] = [];
  const counts = new Map<string, number>();
  const open = new Set<Exchange>();
  const sockets = new Set<Socket>();
  let clientClosedStreams = 0;

  const pick = (method: string, path: string): Fault | undefined => {
    const fault = faults.find((f) => matches(f, method, path));
    if (!fault || Math.random() >= (fault.probability ?? 1)) return undefined;
    if (fault.times !== undefined) fault.times--;
    return fault;
  };

  /** CORS headers for the proxy's own answers, as a gateway in front of an app that allows the page's origin. */
  const cors = (req: IncomingMessage): Record<string, string> =>
    req.headers.origin
      ? {
          'access-control-allow-origin': req.headers.origin,
          'access-control-allow-credentials': 'true',
          'access-control-allow-methods': 'GET, POST, OPTIONS',
          'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        }
      : {};

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const route = `${method} ${path.split('?')[0]}`;
    counts.set(route, (counts.get(route) ?? 0) + 1);
    const fault = pick(method, path);
    if (fault?.reset) {
      req.socket.destroy();
      return;
    }
    if (fault?.status) {
      const body = typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body ?? { detail: `Injected ${fault.status}` });
      res.writeHead(fault.status, { 'content-type': 'application/json', ...cors(req), ...fault.headers }).end(body);
      req.resume();
      return;
    }
    if (fault?.delayMs) {
      req.pause();
      setTimeout(() => forward(req, res, method, path, fault), fault.delayMs);
    } else forward(req, res, method, path, fault);
  };

  const forward = (req: IncomingMessage, res: ServerResponse, method: string, path: string, fault: Fault | undefined) => {
    const upstreamUrl = new URL(path, proxy.target);
    const upstream = httpRequest(upstreamUrl, { method, headers: req.headers });
    const exchange: Exchange = {
      path,
      sse: false,
      stalled: false,
      ended: false,
      destroy() {
        exchange.ended = true;
        upstream.destroy();
        res.destroy();
        req.socket.destroy();
      },
    };
    upstream.on('error', (error) => {
      open.delete(exchange);
      // The server is gone: a gateway says so when it still can, else the connection breaks.
      if (res.headersSent) res.destroy();
      else if (method === 'OPTIONS') res.writeHead(204, cors(req)).end();
      else res.writeHead(502, { 'content-type': 'text/plain', ...cors(req) }).end(`Bad gateway: ${error.message}`);
    });
    upstream.on('response', (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      res.flushHeaders();
      exchange.sse = String(answer.headers['content-type']).startsWith('text/event-stream');
      open.add(exchange);
      const events = eventCounter();
      if (fault?.stallAfterEvents === 0) exchange.stalled = true;
      const { cutAfterMs } = fault ?? {};
      if (cutAfterMs !== undefined) {
        setTimeout(() => exchange.destroy(), typeof cutAfterMs === 'function' ? cutAfterMs() : cutAfterMs).unref();
      }
      answer.on('data', (chunk: Buffer) => {
        if (exchange.stalled) return;
        const seen = events(chunk);
        res.write(chunk);
        if (fault?.cutAfterEvents !== undefined && seen >= fault.cutAfterEvents) exchange.destroy();
        else if (fault?.stallAfterEvents !== undefined && seen >= fault.stallAfterEvents) exchange.stalled = true;
      });
      answer.on('end', () => {
        exchange.ended = true;
        open.delete(exchange);
        if (!exchange.stalled) res.end();
      });
      // The server died mid-answer: so does the proxied connection (a clean end would hide it).
      answer.on('aborted', () => exchange.destroy());
      answer.on('error', () => exchange.destroy());
    });
    res.on('close', () => {
      if (exchange.sse && !exchange.ended) clientClosedStreams++;
      open.delete(exchange);
      if (!upstream.writableFinished || !res.writableFinished) upstream.destroy();
    });
    if (fault?.uploadBytesPerSecond) req.pipe(throttle(fault.uploadBytesPerSecond)).pipe(upstream);
    else req.pipe(upstream);
  };

  const server: Server = createServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const streams = (part: string) => [...open].filter((e) => e.sse && e.path.includes(part));

  const proxy: FaultProxy = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    target,
    counts,
    setFaults(...list) {
      faults = list.map((fault) => ({ ...fault }));
    },
    count: (part) => [...counts].reduce((sum, [route, n]) => sum + (route.includes(part) ? n : 0), 0),
    get clientClosedStreams() {
      return clientClosedStreams;
    },
    openStreams: (part = '') => streams(part).length,
    dropStreams(part = '') {
      const hit = streams(part);
      for (const exchange of hit) exchange.destroy();
      return hit.length;
    },
    stallStreams(part = '') {
      const hit = streams(part);
      for (const exchange of hit) exchange.stalled = true;
      return hit.length;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
