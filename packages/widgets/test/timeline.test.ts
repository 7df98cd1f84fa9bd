import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import data from '@keyfigures/data/chongqing-commerce-2024.json' with { type: 'json' };
import 'axe-core/axe.min.js';
import { lazyOptions } from '../src/shared/lazy.js';
import { KfTimeline } from '../src/timeline/timeline.js';
import { FIXTURE, accessibleName, holdFetch, overlap } from './helpers.js';

if (!customElements.get('kf-timeline')) customElements.define('kf-timeline', KfTimeline);
lazyOptions.enabled = false;

/** 1 January 2025: after the conference of 2024, before the 2027 deadline. */
const NOW = Date.UTC(2025, 0, 1);

const $ = (el: Element, sel: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (el: Element): string[] => $$(el, 'ol > li').map((li) => text(li.querySelector('.body')));

const timeline = async (attrs: { indicator?: string; locale?: string; theme?: string; width?: number; now?: number } = {}) => {
  const el = document.createElement('kf-timeline') as KfTimeline;
  if (attrs.indicator) el.indicator = attrs.indicator;
  el.locale = attrs.locale ?? 'en';
  el.theme = (attrs.theme ?? 'light') as KfTimeline['theme'];
  el.now = attrs.now ?? NOW;
  el.style.display = 'block';
  el.style.width = `${attrs.width ?? 400}px`;
  await fixture(html`<div>${el}</div>`);
  await el.updateComplete;
  return el;
};


describe('kf-timeline', () => {
  describe('every event of the dataset', () => {
    it('en: in time order, dates at their precision, past and upcoming in words, the deadline marked', async () => {
      const el = await timeline();
      // Without an indicator the caption is a heading for the events, the dataset's title under it.
      expect(text($(el, '[part="label"]'))).to.equal('Events and deadlines');
      expect(text($(el, '[part="subtitle"]'))).to.equal('Chongqing Commercial Work Conference 2024: key figures');
      expect(text($(el, '[part="span"]'))).to.equal('2016–2027');
      expect(items(el)).to.deep.equal([
        '2016 past Chongqing approved as a national cross-border e-commerce comprehensive pilot zone',
        'April 2021 past Chongqing approved as a comprehensive pilot zone for opening up the service industry',
        'July 2021 past State Council approves Chongqing to build an international consumer center city',
        "August 2022 past Working Group on China's Accession to DEPA established",
        'December 5, 2023 past “Chongqing Made Autos To Overseas” action plan issued',
        "January 26, 2024 past Ministry of Commerce reports on China's accession to CPTPP and DEPA",
        'January 29, 2024 past Chongqing Commercial Work Conference',
        '2027 upcoming Deadline Deadline for the “Chongqing Made Autos To Overseas” targets',
      ]);
      expect($$(el, 'time').map((t) => t.getAttribute('datetime'))).to.deep.equal(['2016', '2021-04', '2021-07', '2022-08', '2023-12-05', '2024-01-26', '2024-01-29', '2027']);
      expect($$(el, 'li.deadline').length).to.equal(1);
      expect($$(el, 'li.future').length).to.equal(1);
      // The Today rule sits above the first upcoming event.
      expect(text($(el, 'li.future .today-rule.before'))).to.equal('Today');
    });

    it('zh-CN: 2023年12月5日, 2021年7月, 已发生 / 待到来, 期限, 今天', async () => {
      const el = await timeline({ locale: 'zh-CN' });
      expect(text($(el, '[part="label"]'))).to.equal('大事记与时间节点');
      expect(text($(el, '[part="subtitle"]'))).to.equal('2024年重庆市商务工作会议关键数据');
      expect(text($(el, '[part="span"]'))).to.equal('2016年—2027年');
      const all = items(el);
      expect(all[0]).to.equal('2016年 已发生 重庆获批国家跨境电子商务综合试验区');
      expect(all[2]).to.equal('2021年7月 已发生 国务院批准重庆率先开展国际消费中心城市培育建设');
      expect(all[4]).to.equal('2023年12月5日 已发生 市政府办公厅印发“渝车出海”行动计划');
      expect(all[7]).to.equal('2027年 待到来 期限 “渝车出海”行动计划目标完成期限');
      expect(text($(el, '.today-rule'))).to.equal('今天');
    });

    it('past and upcoming follow `now`: at 1 January 2022 the events from August 2022 are upcoming', async () => {
      const el = await timeline({ now: Date.UTC(2022, 0, 1) });
      expect($$(el, 'li').map((li) => (li.classList.contains('past') ? 'past' : 'future'))).to.deep.equal(['past', 'past', 'past', 'future', 'future', 'future', 'future', 'future']);
      expect(text($$(el, 'li')[3]!.querySelector('.status'))).to.equal('upcoming');
      el.now = Date.UTC(2030, 0, 1);
      await el.updateComplete;
      expect($$(el, 'li.future').length).to.equal(0);
      // All past: the Today rule comes after the last event.
      expect($$(el, 'li')[7]!.querySelector('.today-rule.after')).to.not.equal(null);
    });

    it('a deadline year is upcoming until the year ends', async () => {
      const el = await timeline({ now: Date.UTC(2027, 11, 31, 12) });
      expect($$(el, 'li')[7]!.classList.contains('future')).to.equal(true);
      el.now = Date.UTC(2028, 0, 1);
      await el.updateComplete;
      expect($$(el, 'li')[7]!.classList.contains('past')).to.equal(true);
    });
  });

  describe('one indicator', () => {
    it('vehicle-export-share-target: its events and its target under the deadline (en, zh-CN)', async () => {
      const el = await timeline({ indicator: 'vehicle-export-share-target' });
      expect(text($(el, '[part="label"]'))).to.equal('Vehicle exports as a share of the national total (target)');
      expect($(el, '[part="subtitle"]')).to.equal(null);
      expect(text($(el, '[part="span"]'))).to.equal('December 5, 2023–2027');
      expect(items(el)).to.deep.equal([
        'December 5, 2023 past “Chongqing Made Autos To Overseas” action plan issued',
        '2027 upcoming Deadline Deadline for the “Chongqing Made Autos To Overseas” targets Target: 10% by 2027',
      ]);
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(items(el)[1]).to.equal('2027年 待到来 期限 “渝车出海”行动计划目标完成期限 目标：到2027年达到10%');
    });

    it('depa-negotiation-rounds: two milestones, no deadline', async () => {
      const el = await timeline({ indicator: 'depa-negotiation-rounds' });
      expect($$(el, 'time').map((t) => text(t))).to.deep.equal(['August 2022', 'January 26, 2024']);
      expect($$(el, 'li.deadline').length).to.equal(0);
    });

    it('a target whose deadline has no event of its own gets one, labelled by the indicator', async () => {
      const copy = structuredClone(data) as { events: { id: string }[] };
      copy.events = copy.events.filter((e) => e.id !== 'autos-to-overseas-deadline');
      const el = document.createElement('kf-timeline') as KfTimeline;
      el.indicator = 'nev-export-value-target';
      el.now = NOW;
      el.data = copy;
      await fixture(html`<div>${el}</div>`);
      await el.updateComplete;
      expect(items(el)).to.deep.equal([
        'December 5, 2023 past “Chongqing Made Autos To Overseas” action plan issued',
        '2027 upcoming Deadline Annual export value of intelligent connected NEVs (target) Target: more than CNY 120 billion by 2027',
      ]);
    });
  });

  describe('layout', () => {
    it('a vertical list under 560 px, the axis from 560 px where the labels fit', async () => {
      const narrow = await timeline({ indicator: 'depa-negotiation-rounds', width: 400 });
      expect(getComputedStyle($(narrow, 'ol')!).display).to.equal('block');
      expect(getComputedStyle($(narrow, '.axis')!).display).to.equal('none');
      const medium = await timeline({ indicator: 'depa-negotiation-rounds', width: 600 });
      expect(getComputedStyle($(medium, 'ol')!).display).to.equal('grid');
      expect(getComputedStyle($(medium, '.axis')!).display).to.equal('block');
    });

    it('every event at 600 px would need two labels too many on a side, so it stays a list; at 960 px one row above the axis and one below', async () => {
      const medium = await timeline({ width: 600 });
      expect(getComputedStyle($(medium, 'ol')!).display).to.equal('block');
      const wide = await timeline({ width: 960 });
      expect(getComputedStyle($(wide, 'ol')!).display).to.equal('grid');
      const band = $(wide, '.band')!.getBoundingClientRect();
      const lis = $$(wide, 'ol > li');
      expect(lis.map((li) => (li.classList.contains('above') ? 'above' : 'below'))).to.deep.equal(['above', 'below', 'above', 'below', 'above', 'below', 'above', 'below']);
      // Above: every label ends on one line over the band; below: every label starts on one line under it.
      const above = lis.filter((li) => li.classList.contains('above')).map((li) => li.getBoundingClientRect());
      const below = lis.filter((li) => li.classList.contains('below')).map((li) => li.getBoundingClientRect());
      expect(new Set(above.map((r) => Math.round(r.bottom))).size).to.equal(1);
      expect(new Set(below.map((r) => Math.round(r.top))).size).to.equal(1);
      for (const r of above) expect(r.bottom).to.be.at.most(band.top);
      for (const r of below) expect(r.top).to.be.at.least(band.bottom);
      // Every label starts at its text's start: no label is right-aligned.
      for (const li of lis) expect(getComputedStyle(li).textAlign, text(li.querySelector('time'))).to.equal('start');
    });

    /** The shown one of an element's per-layout copies. */
    const shown = (els: HTMLElement[]): HTMLElement[] => els.filter((e) => e.checkVisibility());

    for (const width of [560, 700, 960, 1300]) {
      it(`at ${width} px no two labels overlap, no leader touches a label, each marker sits at its time, nothing overflows`, async () => {
        for (const indicator of [undefined, 'vehicle-export-share-target', 'depa-negotiation-rounds', 'service-opening-pilot-rate']) {
          for (const locale of ['en', 'zh-CN']) {
            const el = await timeline({ indicator, locale, width });
            const lis = $$(el, 'ol > li');
            const boxes = lis.map((li) => li.getBoundingClientRect());
            for (const a of boxes) for (const b of boxes) if (a !== b) expect(overlap(a, b), `${indicator} ${locale} ${width}`).to.equal(false);
            const card = $(el, '.card')!;
            expect(card.scrollWidth, `${indicator} ${locale}`).to.be.at.most(card.clientWidth);
            if (getComputedStyle($(el, 'ol')!).display !== 'grid') continue;
            // One set of leaders shows, one per event, and none passes through any label.
            const leaders = shown($$(el, '.leaders')).flatMap((svg) => [...svg.querySelectorAll('path')]);
            expect(leaders.length, `${indicator} ${locale}`).to.equal(lis.length);
            for (const path of leaders) for (const b of boxes) expect(overlap(path.getBoundingClientRect(), b), `${indicator} ${locale} leader`).to.equal(false);
            // The marker's centre is at the event's position along the axis, just outside the band on its label's side.
            const band = $(el, '.band')!.getBoundingClientRect();
            const dots = $$(el, '.dot');
            lis.forEach((li, i) => {
              const m = dots[i]!.getBoundingClientRect();
              const x = parseFloat(li.style.getPropertyValue('--x'));
              expect(Math.abs((m.left + m.right) / 2 - (band.left + (x / 100) * band.width)), `${indicator} ${text(li.querySelector('time'))}`).to.be.below(1.5);
              if (li.classList.contains('above')) expect(m.bottom).to.be.at.most(band.top + 1);
              else expect(m.top).to.be.at.least(band.bottom - 1);
            });
          }
        }
      });
    }

    it('Today is a tick on the axis only, with its word inside the band; the deadline is its own diamond outside it', async () => {
      const el = await timeline({ width: 960, now: Date.UTC(2026, 10, 15) });
      const band = $(el, '.band')!.getBoundingClientRect();
      const tick = $(el, '.now')!.getBoundingClientRect();
      expect(tick.top).to.be.at.least(band.top - 1.5);
      expect(tick.bottom).to.be.at.most(band.bottom + 1.5);
      const word = shown($$(el, '.today'));
      expect(word.map((w) => text(w))).to.deep.equal(['Today']);
      const w = word[0]!.getBoundingClientRect();
      expect(w.top).to.be.at.least(band.top - 0.5);
      expect(w.bottom).to.be.at.most(band.bottom + 0.5);
      // The 2027 deadline: a marker of its own shape, outside the band, joined to its label.
      const deadline = $(el, '.dot.deadline')!;
      const d = deadline.getBoundingClientRect();
      expect(getComputedStyle(deadline).transform).to.not.equal('none');
      expect(d.top).to.be.at.least(band.bottom - 1);
      expect(overlap(d, w)).to.equal(false);
    });

    it('the Today tick sits at `now` on the axis', async () => {
      const el = await timeline({ indicator: 'vehicle-export-share-target', width: 800 });
      // 2023–2028: 1 January 2025 is 731 of 1826 days in → 40.03 %.
      expect($(el, '.now')!.style.left).to.equal('40.03%');
      expect(shown($$(el, '.today')).map((t) => text(t))).to.deep.equal(['Today']);
      expect($(el, '.axis')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('year labels: every second year over 2016–2027, in the locale, in the band', async () => {
      const el = await timeline({ width: 960, locale: 'zh-CN' });
      expect(shown($$(el, '.years span')).map((s) => text(s))).to.deep.equal(['2016年', '2018年', '2020年', '2022年', '2024年', '2026年']);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const locale of ['en', 'zh-CN'] as const) {
        it(`is axe-clean in ${theme} / ${locale}, as a list and on an axis`, async () => {
          const box = await fixture(html`<div>
            <kf-timeline theme=${theme} locale=${locale} style="display:block;width:360px"></kf-timeline>
            <kf-timeline theme=${theme} locale=${locale} style="display:block;width:960px"></kf-timeline>
            <kf-timeline indicator="vehicle-export-share-target" theme=${theme} locale=${locale} style="display:block;width:640px"></kf-timeline>
          </div>`);
          await expect(box).to.be.accessible();
        });
      }
    }

    it('the list is named by the caption; the name follows indicator and locale', async () => {
      const el = await timeline();
      const list = () => $(el, 'ol')!;
      expect(accessibleName(list())).to.equal('Events and deadlines');
      el.indicator = 'depa-negotiation-rounds';
      await el.updateComplete;
      expect(accessibleName(list())).to.equal('Rounds of DEPA accession negotiations');
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(accessibleName(list())).to.equal('中国加入DEPA已完成谈判轮次');
      el.indicator = undefined;
      await el.updateComplete;
      expect(accessibleName(list())).to.equal('大事记与时间节点');
    });

    it('past and upcoming differ by more than colour: marker fill, leader line and words', async () => {
      const el = await timeline({ width: 960 });
      const [past, future] = [$(el, 'li.past')!, $(el, 'li.future')!];
      const surface = getComputedStyle($(el, '.card')!).backgroundColor;
      for (const [marker, filled] of [
        [past.querySelector('.marker')!, true],
        [future.querySelector('.marker')!, false],
        [$(el, '.dot.past')!, true],
        [$(el, '.dot.future')!, false],
      ] as const) {
        const m = getComputedStyle(marker);
        expect(m.backgroundColor).to.equal(filled ? m.borderTopColor : surface);
      }
      expect(getComputedStyle($(el, '.at-w .leader.past')!).strokeDasharray).to.equal('none');
      expect(getComputedStyle($(el, '.at-w .leader.future')!).strokeDasharray).to.not.equal('none');
      expect(text(past.querySelector('.status'))).to.equal('past');
      expect(text(future.querySelector('.status'))).to.equal('upcoming');
    });

    it('forced colours: every colour in the styles is a token (which forced-colors maps to system colours)', () => {
      // The test runner cannot emulate forced-colors, so pin the property that makes it work.
      const own = KfTimeline.styles.slice(-1).map((s) => ('cssText' in s ? s.cssText : '')).join('');
      const paints = [...own.matchAll(/(?:^|[\s;{])(fill|stroke|color|background(?:-color)?|border(?:-[a-z-]+)?)\s*:\s*([^;}]+)/g)].map((m) => m[2]!.trim());
      expect(paints.length).to.be.greaterThan(10);
      for (const value of paints) {
        const literal = value.replace(/var\(--_[a-z-]+\)/g, '').match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|\b(?:white|black|red|blue|green|gray|grey)\b/i);
        expect(literal, value).to.equal(null);
      }
    });
  });

  describe('loading', () => {
    // The space of a short timeline (two events) is reserved; a longer one grows when it arrives.
    for (const width of [420, 960]) {
      it(`depa-negotiation-rounds at ${width} px: the loading box equals the ready box`, async () => {
        const hold = holdFetch();
        try {
          const el = await fixture<KfTimeline>(html`<kf-timeline
            indicator="depa-negotiation-rounds"
            src=${`${FIXTURE}?timeline-${width}`}
            style=${`display:block;width:${width}px`}
          ></kf-timeline>`);
          const loading = $(el, '[part="loading"]')!;
          expect(loading.getAttribute('aria-busy')).to.equal('true');
          expect(text(loading.querySelector(':scope > .sr-only'))).to.equal('Loading…');
          const before = el.getBoundingClientRect();
          const loaded = oneEvent(el, 'kf-load');
          hold.release();
          await loaded;
          await el.updateComplete;
          expect($(el, '[part="loading"]')).to.equal(null);
          expect($$(el, 'ol > li').length).to.equal(2);
          const after = el.getBoundingClientRect();
          expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
        } finally {
          hold.restore();
        }
      });
    }

    it('the loading state is axe-clean, and its skeleton does not pulse under reduced motion', async () => {
      const hold = holdFetch();
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
        const el = await fixture<KfTimeline>(html`<kf-timeline src=${`${FIXTURE}?timeline-axe`}></kf-timeline>`);
        expect($(el, '[part="loading"]')).to.not.equal(null);
        expect(getComputedStyle($(el, '.skeleton')!).animationName).to.equal('none');
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
        hold.release();
        hold.restore();
      }
    });
  });

  describe('errors', () => {
    const fails = async (setup: (el: KfTimeline) => void) => {
      const el = document.createElement('kf-timeline') as KfTimeline;
      setup(el);
      const error = oneEvent(el, 'kf-error');
      await fixture(html`<div>${el}</div>`);
      const { detail } = await error;
      await el.updateComplete;
      return { el, detail: detail as { code: string; message: string }, shown: text($(el, '[role="alert"]')) };
    };

    it('unknown id: the message names the closest id', async () => {
      const { el, detail, shown } = await fails((el) => (el.indicator = 'depa-rounds'));
      expect(detail.code).to.equal('unknown-indicator');
      expect(shown).to.contain('did you mean "depa-negotiation-rounds"');
      await expect(el).to.be.accessible();
    });

    it('an indicator without events or target: says so and names the ones that have them', async () => {
      const { detail, shown } = await fails((el) => (el.indicator = 'new-foreign-enterprises'));
      expect(detail.code).to.equal('unsupported-indicator');
      expect(detail.message).to.equal(
        'new-foreign-enterprises has no dated events or target deadline to show; indicators that have: fortune-500-companies, service-opening-pilot-rate, vehicle-export-share-target, nev-export-value-target, nev-export-leaders-target, depa-negotiation-rounds, consumer-center-pilot-cities, four-firsts-economy',
      );
      expect(shown).to.contain('has no dated events');
    });

    it('invalid data object: the first problem’s path', async () => {
      const bad = structuredClone(data) as { events: { date: unknown }[] };
      bad.events[2]!.date = 'July 2021';
      const { detail, shown } = await fails((el) => (el.data = bad));
      expect(detail.code).to.equal('invalid-dataset');
      expect(shown).to.contain('events[2].date');
    });

    it('404 src: the status', async () => {
      const { detail, shown } = await fails((el) => (el.src = '/packages/widgets/test/fixtures/missing.json'));
      expect(detail.code).to.equal('http-status');
      expect(shown).to.contain('404');
    });
  });

  it('at a 320 px viewport the card fits without a horizontal scrollbar (zh-CN)', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      await fixture(html`<kf-timeline locale="zh-CN"></kf-timeline>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
