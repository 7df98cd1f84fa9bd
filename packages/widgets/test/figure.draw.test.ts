import { expect } from '@open-wc/testing';
import { placePopover } from '../src/figure/figure.draw.js';

const anchor = (left: number, top: number, width = 100, height = 20) => ({ left, top, right: left + width, bottom: top + height });

describe('placePopover', () => {
  const viewport = { width: 320, height: 640 };
  const tip = { width: 200, height: 80 };

  it('placePopover(anchor at 20,100) → below, start-aligned: {20, 126}', () => {
    expect(placePopover(anchor(20, 100), tip, viewport)).to.deep.equal({ left: 20, top: 126, side: 'below' });
  });

  it('placePopover(anchor at 250 in 320 px) → shifted left to 320 − 8 − 200 = 112', () => {
    expect(placePopover(anchor(250, 100), tip, viewport)).to.deep.equal({ left: 112, top: 126, side: 'below' });
  });

  it('placePopover(anchor at 2) → kept at the 8 px margin', () => {
    expect(placePopover(anchor(2, 100), tip, viewport)).to.deep.equal({ left: 8, top: 126, side: 'below' });
  });

  it('placePopover(tip wider than the viewport) → left margin', () => {
    expect(placePopover(anchor(100, 100), { width: 400, height: 80 }, viewport).left).to.equal(8);
  });

  it('placePopover(anchor near the bottom) → above: 600 − 6 − 80 = 514', () => {
    expect(placePopover(anchor(20, 600), tip, viewport)).to.deep.equal({ left: 20, top: 514, side: 'above' });
  });

  it('placePopover(no room below nor above) → below', () => {
    expect(placePopover(anchor(20, 40), { width: 200, height: 620 }, viewport).side).to.equal('below');
  });

  it('placePopover rounds to whole pixels', () => {
    expect(placePopover(anchor(20.4, 100.6, 50, 19.3), tip, viewport)).to.deep.equal({ left: 20, top: 126, side: 'below' });
  });
});
