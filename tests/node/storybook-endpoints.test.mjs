// The stories' test endpoints (scripts/storybook-endpoints.mjs), served on loopback.
import { createServer } from 'node:http';
import { expect } from 'chai';
import { ONCE_PREFIX, releaseHeld, storyEndpoints } from '../../scripts/storybook-endpoints.mjs';

describe('Storybook test endpoints', () => {
  let server;
  let base;
  before(async () => {
    server = createServer((req, res) => storyEndpoints(req, res, () => res.writeHead(404).end('next')));
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(async () => {
    releaseHeld();
    await new Promise((done) => server.close(done));
  });

  it(`${ONCE_PREFIX}<token>/…: the dataset the first time, 503 after; another token starts again`, async () => {
    const first = await fetch(`${base}${ONCE_PREFIX}a1/chongqing-commerce-2024.json`);
    expect(first.status).to.equal(200);
    expect((await first.json()).id).to.equal('chongqing-commerce-2024');
    const second = await fetch(`${base}${ONCE_PREFIX}a1/chongqing-commerce-2024.json`);
    expect(second.status).to.equal(503);
    await second.text();
    expect((await fetch(`${base}${ONCE_PREFIX}b2/chongqing-commerce-2024.json`)).status).to.equal(200);
  });

  it('other paths go to next()', async () => {
    const r = await fetch(`${base}/index.json`);
    expect([r.status, await r.text()]).to.deep.equal([404, 'next']);
  });
});
