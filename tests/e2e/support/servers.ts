import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export interface Running {
  port: number;
  close(): Promise<void>;
}

function listen(server: Server): Promise<Running> {
  // Chromium drops connections mid-request when a page closes; that is not a test failure.
  server.on('connection', (socket) => socket.on('error', () => undefined));
  server.on('clientError', (_error, socket) => socket.destroy());
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({
        port: (server.address() as AddressInfo).port,
        close: () => new Promise((closed) => { server.closeAllConnections(); server.close(() => closed()); }),
      }),
    ),
  );
}

/** Serves tests/fixtures on 127.0.0.1, the only web origin the end-to-end tests may reach. */
export function startFixtureServer(root = resolve(import.meta.dirname, '../../fixtures')): Promise<Running> {
  return listen(
    createServer(async (req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      const file = join(root, path);
      if (!file.startsWith(root)) return void res.writeHead(403).end();
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
    }),
  );
}

/**
 * A proxy that refuses everything and writes down where each request was going. Chromium sends
 * every non-loopback request here, the service worker's included.
 */
export async function startRefusingProxy(): Promise<Running & { attempts: string[] }> {
  const attempts: string[] = [];
  const server = createServer((req, res) => {
    attempts.push(req.url ?? '');
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    socket.on('error', () => undefined);
    attempts.push(`https://${req.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  return { ...(await listen(server)), attempts };
}

/** Requests Chromium makes by itself with no extension loaded; never the extension's. */
export const BROWSER_OWN_HOSTS = [
  'accounts.google.com',
  'clients2.google.com',
  'clientservices.googleapis.com',
  'redirector.gvt1.com',
  'update.googleapis.com',
  'www.google.com',
  'content-autofill.googleapis.com',
  'optimizationguide-pa.googleapis.com',
];
