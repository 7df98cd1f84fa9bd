// `npm start`: serves the demo on 127.0.0.1 and prints its URL; Ctrl-C stops it. No build step:
// the dev server transpiles the TypeScript sources and resolves workspace packages to them.
// Port: $PORT, else 8000; when it is taken, the next few are tried.
import { fileURLToPath } from 'node:url';
import { serve } from './dev-server.mjs';

const HOST = '127.0.0.1';
/** How many ports after the first to try: enough to step over another dev server or two. */
const TRIES = 10;

/** Sends `/` to the examples' landing page, so the bare address shows something. */
const rootToExamples = (ctx, next) => {
  if (ctx.path !== '/') return next();
  ctx.redirect('/examples/');
};

/**
 * Starts the demo server on the first free port from `port` (default $PORT or 8000).
 * Resolves to { url, port, server, stop }: `url` is the examples' landing page, `stop()` closes it.
 */
export async function start({ port = Number(process.env.PORT) || 8000 } = {}) {
  for (let p = port; p <= port + TRIES; p++) {
    try {
      const server = await serve({ port: p, middleware: [rootToExamples] });
      return { url: `http://${HOST}:${p}/examples/`, port: p, server, stop: () => server.stop() };
    } catch (e) {
      if (e.code !== 'EADDRINUSE') throw e;
    }
  }
  throw new Error(`ports ${port}–${port + TRIES} on ${HOST} are all taken; set PORT to a free one`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { url } = await start();
    console.log(`keyfigures demo: ${url}  (Ctrl-C to stop)`);
  } catch (e) {
    console.error(`keyfigures demo: ${e.message}`);
    process.exit(1);
  }
}
