// The floor of `npm run bench`: the same 2-bar chart as <kf-bars indicator="new-foreign-enterprises">
// (2022 ≈268, 2023 387), written by hand with d3-scale and plain SVG DOM calls — two rects, two
// value labels, two period labels and an axis line. No data lookup, formatting, shadow DOM,
// accessibility table or theming: what the cheapest correct chart of these numbers costs.
import { scaleBand, scaleLinear } from 'd3-scale';

const SVG = 'http://www.w3.org/2000/svg';
const DATA = [
  { period: '2022', value: 268, label: '≈268' },
  { period: '2023', value: 387, label: '387' },
] as const;
const WIDTH = 320;
const HEIGHT = 180;
const MARGIN = { top: 24, right: 8, bottom: 28, left: 8 };

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** One chart in a div. Scales are made per chart, as a hand-written chart component would. */
export function floorChart(): HTMLElement {
  const x = scaleBand<string>()
    .domain(DATA.map((d) => d.period))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.3);
  const y = scaleLinear()
    .domain([0, Math.max(...DATA.map((d) => d.value))])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const host = document.createElement('div');
  host.className = 'floor-chart';
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': 'New foreign-invested enterprises: 2022 ≈268, 2023 387' });
  for (const d of DATA) {
    const bx = x(d.period)!;
    const by = y(d.value);
    root.append(svg('rect', { x: bx, y: by, width: x.bandwidth(), height: y(0) - by, fill: '#0b5cd5' }));
    const value = svg('text', { x: bx + x.bandwidth() / 2, y: by - 6, 'text-anchor': 'middle' });
    value.textContent = d.label;
    const period = svg('text', { x: bx + x.bandwidth() / 2, y: HEIGHT - 8, 'text-anchor': 'middle' });
    period.textContent = d.period;
    root.append(value, period);
  }
  root.append(svg('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(0), y2: y(0), stroke: '#545e69' }));
  host.append(root);
  return host;
}
