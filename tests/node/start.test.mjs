// `npm start` (scripts/start.mjs) started and stopped in-process: it serves the demo page and the
// element sources, transpiled, on 127.0.0.1, and steps over a port that is taken.
import { createServer } from 'node:net';
import { expect } from 'chai';
import { start } from '../../scripts/start.mjs';

/** A port the OS says is free right now. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

describe('scripts/start.mjs start({port})', function () {
  this.timeout(30000);
  let demo;
  let blocker;

  before(async () => {
    // Hold the first port, so start() has to move on to the next.
    const port = await freePort();
    blocker = createServer();
    await new Promise((resolve) => blocker.listen({ port, host: '127.0.0.1' }, resolve));
    demo = await start({ port });
  });

  after(async () => {
    await demo?.stop();
    await new Promise((resolve) => blocker.close(resolve));
  });

  it('skips a taken port and serves on 127.0.0.1', () => {
    expect(demo.port).to.be.above(blocker.address().port);
    expect(demo.url).to.equal(`http://127.0.0.1:${demo.port}/examples/`);
  });

  it('GET /examples/ → the landing page, which links to the demo', async () => {
    const res = await fetch(demo.url);
    expect(res.status).to.equal(200);
    expect(await res.text()).to.include('href="demo/"');
  });

  it('GET /examples/demo/ → the demo page with every element, importing define.ts', async () => {
    const res = await fetch(new URL('demo/', demo.url));
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^text\/html/);
    const page = await res.text();
    expect(page).to.include('src="/packages/widgets/src/define.ts"');
    for (const tag of ['kf-figure', 'kf-kpi', 'kf-progress', 'kf-waffle', 'kf-bars', 'kf-timeline', 'kf-dashboard']) {
      expect(page, tag).to.include(`<${tag} `);
    }
  });

  it('GET /packages/widgets/src/define.ts → JavaScript', async () => {
    const res = await fetch(new URL('/packages/widgets/src/define.ts', demo.url));
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^(text|application)\/javascript/);
    expect(await res.text()).to.include('defineAll()');
  });

  it('GET / → redirect to /examples/', async () => {
    const res = await fetch(new URL('/', demo.url), { redirect: 'manual' });
    expect(res.status).to.equal(302);
    expect(res.headers.get('location')).to.equal('/examples/');
  });

  it('stop() closes the port', async () => {
    const probe = new URL(demo.url);
    await demo.stop();
    demo = undefined;
    const refused = await fetch(probe).then(
      () => false,
      () => true,
    );
    expect(refused).to.equal(true);
  });
});
