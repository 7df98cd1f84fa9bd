// Hostile attributes: a `src` that is not http(s) or relative is refused before any request; an
// indicator id holding markup is an error shown as text; an unknown or prototype-named locale and
// an unknown theme fall back to en and auto.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { defineAll } from '../src/shared/define-all.js';
import { lazyOptions } from '../src/shared/lazy.js';
import { FIXTURE } from './helpers.js';

defineAll();
lazyOptions.enabled = false;

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const dataUrl = async () => `data:application/json,${encodeURIComponent(await (await fetch(FIXTURE)).text())}`;

interface Shown {
  readonly code: string;
  readonly message: string;
  readonly alert: string;
  readonly requests: string[];
}

/** Mounts `<kf-kpi indicator=… src=…>` and waits for its kf-error; the requests made meanwhile are recorded. */
async function refusal(attrs: { src?: string; indicator?: string }): Promise<Shown> {
  const requests: string[] = [];
  const real = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(String(input instanceof Request ? input.url : input));
    return real(input, init);
  };
  try {
    const el = document.createElement('kf-kpi');
    el.setAttribute('indicator', attrs.indicator ?? 'new-foreign-enterprises');
    if (attrs.src !== undefined) el.setAttribute('src', attrs.src);
    const error = oneEvent(el, 'kf-error');
    document.body.append(el);
    const { detail } = (await error) as CustomEvent<{ code: string; message: string }>;
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';
    el.remove();
    return { code: detail.code, message: detail.message, alert, requests };
  } finally {
    window.fetch = real;
  }
}

describe('hostile attributes', () => {
  afterEach(() => delete window.__pwned);

  for (const src of ['javascript:window.__pwned=1', ' JavaScript:window.__pwned=1', 'jav\tascript:window.__pwned=1', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'blob:http://localhost/x', 'ftp://example.com/data.json']) {
    it(`src=${JSON.stringify(src)} → kf-error invalid-url, shown, nothing fetched, nothing run`, async () => {
      const shown = await refusal({ src });
      expect(shown.code).to.equal('invalid-url');
      expect(shown.alert).to.contain('only http(s) dataset URLs are allowed');
      expect(shown.requests).to.deep.equal([]);
      expect(window.__pwned).to.equal(undefined);
    });
  }

  it('src="data:application/json,…" holding a valid dataset → refused (invalid-url), not loaded', async () => {
    const shown = await refusal({ src: await dataUrl() });
    expect([shown.code, shown.requests.length]).to.deep.equal(['invalid-url', 0]);
    expect(shown.alert).to.contain('"data:"');
  });

  it('relative and same-origin http(s) src are loaded', async () => {
    for (const src of [FIXTURE, `..${FIXTURE}`, new URL(FIXTURE, location.href).href]) {
      const el = document.createElement('kf-kpi');
      el.setAttribute('indicator', 'fortune-500-companies');
      el.setAttribute('src', src);
      const loaded = oneEvent(el, 'kf-load');
      document.body.append(el);
      await loaded;
      await el.updateComplete;
      expect(el.shadowRoot!.textContent, src).to.contain('319');
      el.remove();
    }
  });

  it('indicator="<img src=x onerror=…>" → unknown-indicator, the id shown as text, nothing run', async () => {
    const shown = await refusal({ indicator: '<img src=x onerror="window.__pwned=1">' });
    expect(shown.code).to.equal('unknown-indicator');
    expect(shown.alert).to.contain('unknown indicator "<img src=x onerror="window.__pwned=1">"');
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__pwned).to.equal(undefined);
  });

  it('an indicator id of 100 000 characters → unknown-indicator with the id cut to 80', async () => {
    const shown = await refusal({ indicator: 'a'.repeat(100_000) });
    expect(shown.code).to.equal('unknown-indicator');
    expect(shown.message.length).to.be.below(300);
  });

  for (const locale of ['xx-YY', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '<script>', '']) {
    it(`locale=${JSON.stringify(locale)} → English, as without the attribute`, async () => {
      const plain = await fixture(html`<kf-kpi indicator="new-foreign-enterprises"></kf-kpi>`);
      const el = await fixture(html`<kf-kpi indicator="new-foreign-enterprises" locale=${locale}></kf-kpi>`);
      expect(el.shadowRoot!.querySelector('[role="alert"]'), 'no error').to.equal(null);
      expect(el.shadowRoot!.textContent).to.equal(plain.shadowRoot!.textContent);
    });
  }

  it('locale="zh-Hant-TW" → the nearest shipped locale (zh-CN)', async () => {
    const el = await fixture(html`<kf-kpi indicator="new-foreign-enterprises" locale="zh-Hant-TW"></kf-kpi>`);
    expect(el.shadowRoot!.textContent).to.contain('387家');
  });

  for (const theme of ['neon', '<x>', '', 'constructor']) {
    it(`theme=${JSON.stringify(theme)} → auto`, async () => {
      const el = await fixture<HTMLElement & { theme: string; updateComplete: Promise<unknown> }>(html`<kf-kpi indicator="new-foreign-enterprises" theme=${theme}></kf-kpi>`);
      await el.updateComplete;
      expect([el.theme, el.getAttribute('theme')]).to.deep.equal(['auto', 'auto']);
    });
  }
});
