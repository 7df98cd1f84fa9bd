// Serves the repository on 127.0.0.1 with TypeScript transpiled on the fly and workspace
// packages resolved to their sources: `node scripts/dev-server.mjs [port]`. npm start uses it.
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { createLiveServer } from '../examples/live-server/server.mjs';

const rootDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * Rejects with the listen error (code EADDRINUSE) when `port` is taken. @web/dev-server emits
 * that error as an uncaught event instead of rejecting, so it is checked before it starts.
 */
async function assertFree(port) {
  for (const host of [undefined, '127.0.0.1']) {
    await new Promise((done, fail) => {
      const probe = createServer().once('error', fail);
      probe.listen({ port, host, exclusive: true }, () => probe.close(done));
    });
  }
}

/**
 * Koa middleware that hands /live/ to the reference data server (examples/live-server), so that
 * the examples show live figures from their own origin (no CORS). Its `close` ends the streams.
 */
function liveMount() {
  const live = createLiveServer({ mount: '/live/' });
  const middleware = (ctx, next) => {
    if (!ctx.path.startsWith('/live/')) return next();
    ctx.respond = false;
    live.handle(ctx.req, ctx.res);
  };
  return { middleware, close: () => live.close() };
}

/** Starts the server; resolves to it once it listens. Loopback only: nothing here is for the network. */
export async function serve({ port = 8000, open = false, middleware = [] } = {}) {
  await assertFree(port);
  const live = liveMount();
  const server = await startDevServer({
    config: {
      rootDir,
      port,
      hostname: '127.0.0.1',
      open,
      middleware: [live.middleware, ...middleware],
      nodeResolve: { exportConditions: ['@keyfigures/source', 'browser', 'import'] },
      // A fixed target, not 'auto': the same code for every client, curl and Node's fetch included;
      // esnext keeps the JSON modules' import attributes, which an older target strips.
      plugins: [esbuildPlugin({ ts: true, target: 'esnext', tsconfig: fileURLToPath(new URL('../tsconfig.base.json', import.meta.url)) })],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    // Nor does it end the process or install signal handlers of its own.
    autoExitProcess: false,
  });
  // @web/dev-server drops the host when it is 127.0.0.1 or localhost and so listens on every
  // interface; bind the same server again to loopback only.
  await new Promise((done) => server.server.close(done));
  await new Promise((done, fail) => server.server.once('error', fail).listen(port, '127.0.0.1', done));
  // Open event streams would keep stop() waiting: end them first.
  const stop = server.stop.bind(server);
  server.stop = () => (live.close(), stop());
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 8000);
  await serve({ port });
  console.log(`keyfigures dev server: http://127.0.0.1:${port}/`);
}
