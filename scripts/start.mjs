// `npm start`: serves the demo and the examples on 127.0.0.1 and prints the URL; Ctrl-C stops it.
// The demo loads the TypeScript sources, which the dev server transpiles; the examples load the
// built bundles as real sites do, so it runs `npm run build` first when they are missing.
// Port: $PORT, else 8000; when it is taken, the next few are tried.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
  const bundles = ['keyfigures.js', 'keyfigures.iife.js'].map((f) => fileURLToPath(new URL(`../packages/widgets/dist/${f}`, import.meta.url)));
  if (bundles.some((f) => !existsSync(f))) {
    console.log('keyfigures demo: the examples load the built bundles; running npm run build first.');
    const built = spawnSync(process.execPath, [fileURLToPath(new URL('build.mjs', import.meta.url))], { stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  try {
    const { url } = await start();
    console.log(`keyfigures demo: ${url}  (Ctrl-C to stop)`);
  } catch (e) {
    console.error(`keyfigures demo: ${e.message}`);
    process.exit(1);
  }
}
