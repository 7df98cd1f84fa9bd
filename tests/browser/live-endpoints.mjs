// Test endpoints for the live-data tests (packages/widgets/test/live.test.ts), served by wtr's
// dev server: /live-test/<name> answers as the test last said, and logs every request.
//   POST /live-test/<name>/set     {status, body, etag, lastModified, delay}: how to answer next
//   GET  /live-test/<name>         the dataset (or the set status); 304 when If-None-Match matches
//   GET  /live-test/<name>/log     the requests so far: [{ifNoneMatch, ifModifiedSince, status}]
//   GET  /live-test/<name>/events  a Server-Sent Events stream
//   POST /live-test/<name>/push    sends the request's body as one message to the open streams
//   POST /live-test/<name>/kill    ends the open streams (the client sees an error)
const endpoints = new Map();

function endpoint(name) {
  let e = endpoints.get(name);
  if (!e) endpoints.set(name, (e = { answer: { status: 200, body: '{}' }, log: [], streams: new Set() }));
  return e;
}

async function readBody(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

/** Koa middleware for @web/test-runner's (and @web/dev-server's) config. */
export function liveTestEndpoints() {
  return async (ctx, next) => {
    const m = /^\/live-test\/([\w-]+)(?:\/(set|log|events|push|kill))?$/.exec(ctx.path);
    if (!m) return next();
    const e = endpoint(m[1]);
    const action = m[2];
    if (action === 'set') {
      e.answer = JSON.parse(await readBody(ctx.req));
      ctx.body = 'ok';
    } else if (action === 'log') {
      ctx.set('cache-control', 'no-store');
      ctx.body = e.log;
    } else if (action === 'push') {
      const data = await readBody(ctx.req);
      for (const res of e.streams) res.write(`data: ${data.replaceAll('\n', '\ndata: ')}\n\n`);
      ctx.body = String(e.streams.size);
    } else if (action === 'kill') {
      for (const res of e.streams) res.destroy();
      e.streams.clear();
      ctx.body = 'ok';
    } else if (action === 'events') {
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      ctx.res.write(': open\n\n');
      e.streams.add(ctx.res);
      ctx.req.on('close', () => e.streams.delete(ctx.res));
    } else {
      const a = e.answer;
      if (a.delay) await new Promise((r) => setTimeout(r, a.delay));
      const ifNoneMatch = ctx.get('if-none-match') || undefined;
      const ifModifiedSince = ctx.get('if-modified-since') || undefined;
      const notModified = a.status === 200 && ((a.etag && ifNoneMatch === a.etag) || (!a.etag && a.lastModified && ifModifiedSince === a.lastModified));
      const status = notModified ? 304 : a.status;
      e.log.push({ ifNoneMatch, ifModifiedSince, status });
      ctx.set('cache-control', 'no-cache');
      if (a.etag) ctx.set('etag', a.etag);
      if (a.lastModified) ctx.set('last-modified', a.lastModified);
      ctx.status = status;
      if (status !== 304) {
        ctx.type = 'application/json';
        ctx.body = a.body ?? '';
      }
    }
  };
}
