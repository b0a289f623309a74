// A second origin for the embed tests: a tiny static server for dist/ (the built app, with the
// example host page from public/) on E2E_HOST_PORT, by default the lab's port + 1. The same files
// are also served under SUB_PATH, as a docs site would host the lab in a folder of its own.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export const LAB_PORT = Number(process.env.E2E_PORT ?? 4173);
export const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? LAB_PORT + 1);
export const LAB_ORIGIN = `http://127.0.0.1:${LAB_PORT}`;
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;

export const SUB_PATH = '/docs/tools/lab/';

export function startHost(root = join(process.cwd(), 'dist')): Promise<Server> {
  const server = createServer((req, res) => {
    let pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pathname.startsWith(SUB_PATH)) pathname = `/${pathname.slice(SUB_PATH.length)}`;
    const path = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(HOST_PORT, '127.0.0.1', () => resolve(server));
  });
}
