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
