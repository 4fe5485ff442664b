/**
 * The e2e project's one build and one server. Vitest runs this once per run, before the first e2e
 * file (and not at all when no e2e file runs): the app is built as users get it into
 * test-results/e2e-dist, served there with `vite preview`, and every e2e file reaches it through
 * `inject('e2eUrl')` (tests/e2e/harness.ts). Building once instead of once per file is most of
 * what the e2e project used to spend.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server's address, e.g. http://127.0.0.1:41234/ */
    e2eUrl: string;
    /** The built app's folder: a suite copies the data files it serves into its e2e-data/. */
    e2eDist: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');
const DIST = join(ROOT, 'test-results/e2e-dist');

/**
 * Build into `outDir`. Vitest sets NODE_ENV=test, and vite build would pass that on to React (its
 * development build): build as production, as users get it.
 */
function buildInto(outDir: string): void {
  execFileSync(process.execPath, [VITE, 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => ok(port));
    });
  });
}

/** Start `vite preview` of `outDir` on a free port (the node process itself, so its pid is the server's). */
async function serveFrom(outDir: string): Promise<{ url: string; server: ChildProcess }> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [VITE, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (const until = Date.now() + 30_000; ;) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, server };
    if (Date.now() > until) {
      server.kill('SIGTERM');
      throw new Error(`vite preview did not answer at ${url} within 30 s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildInto(DIST);
  const { url, server } = await serveFrom(DIST);
  project.provide('e2eUrl', url);
  project.provide('e2eDist', DIST);
  // A run stopped with Ctrl-C exits without the teardown: take the server down with it.
  const orphan = () => server.kill('SIGTERM');
  process.once('exit', orphan);
  return async () => {
    process.off('exit', orphan);
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    await exited;
  };
}
