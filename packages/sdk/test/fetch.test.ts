import { expect } from 'chai';
import { DatasetValidationError, KeyfiguresError, fetchDataset } from '../src/index.js';
import { copyOfDefault, data } from './fixtures.js';

/** A fetch that answers from a table, so these tests need no server and run in Node and browsers. */
const fakeFetch = (answer: (url: string, init?: RequestInit) => Promise<Response>) => answer as unknown as typeof fetch;
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function codeOf(p: Promise<unknown>): Promise<[string, string]> {
  try {
    await p;
  } catch (e) {
    return [(e as KeyfiguresError).code, (e as Error).message];
  }
  throw new Error('did not reject');
}

describe('fetchDataset(url)', () => {
  const base = 'https://data.example/';
  it('fetches, parses and validates', async () => {
    const d = await fetchDataset('d.json', { base, fetch: fakeFetch(async () => json(data)) });
    expect(d.indicators.length).to.equal((data as any).indicators.length);
  });
  it('HTTP 404 → http-status with the status', async () => {
    const [code, message] = await codeOf(fetchDataset('d.json', { base, fetch: fakeFetch(async () => new Response('no', { status: 404, statusText: 'Not Found' })) }));
    expect(code).to.equal('http-status');
    expect(message).to.equal('https://data.example/d.json answered 404 Not Found');
  });
  it('truncated JSON → invalid-json', async () => {
    const [code] = await codeOf(fetchDataset('d.json', { base, fetch: fakeFetch(async () => new Response('{"id": "x", "ind')) }));
    expect(code).to.equal('invalid-json');
  });
  it('an invalid dataset → DatasetValidationError with the path', async () => {
    const bad = copyOfDefault();
    bad.indicators[2].observations[0].value = '95.3';
    try {
      await fetchDataset('d.json', { base, fetch: fakeFetch(async () => json(bad)) });
      expect.fail('did not reject');
    } catch (e) {
      expect(e).to.be.instanceOf(DatasetValidationError);
      expect((e as Error).message).to.contain('indicators[2].observations[0].value: expected a number, got "95.3"');
    }
  });
  it('a network failure → network', async () => {
    const [code, message] = await codeOf(fetchDataset('d.json', { base, fetch: fakeFetch(async () => Promise.reject(new TypeError('Failed to fetch'))) }));
    expect(code).to.equal('network');
    expect(message).to.contain('Failed to fetch');
  });
  it('no answer within the timeout → timeout', async () => {
    const hang = fakeFetch((_, init) => new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason))));
    const [code, message] = await codeOf(fetchDataset('d.json', { base, timeout: 20, fetch: hang }));
    expect(code).to.equal('timeout');
    expect(message).to.contain('within 20 ms');
  });
  for (const url of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd']) {
    it(`refuses ${url.split(':')[0]}: URLs without fetching`, async () => {
      let called = false;
      const [code] = await codeOf(fetchDataset(url, { base, fetch: fakeFetch(async () => ((called = true), json(data))) }));
      expect(code).to.equal('invalid-url');
      expect(called).to.equal(false);
    });
  }
});
