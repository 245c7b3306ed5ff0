// Test servers on 127.0.0.1: one serving the seed pages and the saved corpus pages, and a
// "proxy" every other request of the browsers is sent to. The proxy answers nothing and writes
// down what reached it, so a test can assert that the extension made no request at all.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createServer as createTcpServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seedPages } from '../../../scripts/seed-pages';
import { hostilePages } from './hostile-pages';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../../../shared/corpus/pages');
/** The labelled events; their rendered pages are served as /events/<event>/pages/<file>. */
export const EVENTS_DIR = resolve(import.meta.dirname, '../../../../shared/events');
/** The seed event's rendered pages; served as /seeds/pages/<file>. */
export const SHARED_SEEDS_DIR = resolve(import.meta.dirname, '../../../../shared/seeds');

export interface PageServer {
  origin: string;
  /** Paths requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * `crossOriginIsolated`: serve every page with COOP/COEP headers, so the page (and the content
 * scripts in it) get the 5 µs timer of an isolated page instead of the coarse 100 µs one. The
 * benchmarks need it: a small page's floor is a few tenths of a millisecond. It changes no work
 * either script does.
 */
export async function startPageServer({ crossOriginIsolated = false } = {}): Promise<PageServer> {
  const seeds = new Map(seedPages().map((p) => [`/seed/${p.name}`, p.html]));
  for (const [name, html] of hostilePages()) seeds.set(`/hostile/${name}`, html);
  const requests: string[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    let body: string | Buffer | undefined = seeds.get(path);
    for (const [prefix, dir] of [['/corpus/', CORPUS_DIR], ['/events/', EVENTS_DIR], ['/seeds/', SHARED_SEEDS_DIR]] as const) {
      if (body !== undefined || !path.startsWith(prefix) || path.includes('..') || !path.endsWith('.html')) continue;
      try {
        body = readFileSync(join(dir, path.slice(prefix.length)));
      } catch {
        body = undefined;
      }
    }
    if (body === undefined && /^\/events\/[a-z0-9-]+\/pages\/[\w.-]+\.html$/.test(path)) {
      try {
        body = readFileSync(join(EVENTS_DIR, path.slice('/events/'.length)));
      } catch {
        body = undefined;
      }
    }
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const isolation = crossOriginIsolated ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'credentialless' } : {};
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...isolation }).end(body);
  });
  await listen(server);
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => close(server),
  };
}

export interface RecordingProxy {
  port: number;
  /** First line of every request that reached the proxy ("CONNECT host:443 HTTP/1.1", "GET http://…"). */
  requests: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (chunk) => {
      requests.push(chunk.toString('latin1').split('\r\n')[0]);
      socket.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
    });
    socket.on('error', () => {});
  });
  await listen(server);
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: async () => {
      for (const s of sockets) s.destroy();
      await close(server);
    },
  };
}

function listen(server: Server | ReturnType<typeof createTcpServer>) {
  return new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
}

function close(server: Server | ReturnType<typeof createTcpServer>) {
  return new Promise<void>((resolve) => server.close(() => resolve()));
}
