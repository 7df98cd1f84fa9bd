// Stories are HTML, the way a page embeds keyfigures: each story is a function from its args and
// the toolbar's globals to an Embed (markup, plus objects for the `data` property). The canvas
// renders exactly that markup, and the docs' "Show code" shows the same markup with the script
// tag a page adds (preview.ts), so the snippet a reader copies is what they saw.
import type { StoryContext } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';

/** The toolbar's globals (preview.ts). */
export interface Globals {
  readonly locale: 'en' | 'zh-CN';
  readonly theme: 'light' | 'dark' | 'auto';
}

/** What a story embeds. */
export interface Embed {
  /** The markup a page pastes. */
  readonly html: string;
  /** A dataset object for the `data` property of every element that `selector` matches. */
  readonly data?: { readonly selector: string; readonly value: object };
  /** CSS of the host page around the element (a portal's own style sheet), shown in the snippet. */
  readonly css?: string;
}

/** Story args: the elements' attributes and properties (controls come from custom-elements.json). */
export type Args = Record<string, unknown>;

export type Markup = (args: Args, globals: Globals) => Embed;

const escapeAttr = (v: string): string => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** One element's markup: `undefined`, `false`, `null` and '' attributes are left out; `true` is a bare attribute. */
export function tag(name: string, attrs: Readonly<Record<string, unknown>>, inner = ''): string {
  const parts = [name];
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false || v === '') continue;
    parts.push(v === true ? k : `${k}="${escapeAttr(String(v))}"`);
  }
  return `<${parts.join(' ')}>${inner}</${name}>`;
}

/**
 * The shared attributes of a story's element: the arg when the reader set one in Controls, else the
 * toolbar's locale and theme (theme omitted when it is the default, auto); `src`, `live`, `refresh`
 * and `stream` as set in Controls; `style` with any --kf-* custom property set in Controls.
 */
export function common(args: Args, g: Globals): Record<string, unknown> {
  const theme = (args.theme as string | undefined) || g.theme;
  // --kf-* custom properties set in Controls, as the element's style.
  const style = Object.entries(args)
    .filter(([k, v]) => k.startsWith('--kf-') && typeof v === 'string' && v)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join('; ');
  return {
    locale: (args.locale as string | undefined) || g.locale,
    theme: theme === 'auto' ? undefined : theme,
    src: args.src,
    live: args.live,
    refresh: args.refresh,
    stream: args.stream,
    style: style || undefined,
  };
}

/** The snippet a page pastes for an embed: the script tag, any host CSS, the markup, any `data`. */
export function snippet(e: Embed): string {
  const lines = ['<script type="module" src="keyfigures.js"></script>'];
  if (e.css) lines.push('<style>', e.css.trim(), '</style>');
  lines.push(e.html);
  if (e.data) {
    lines.push(
      '<script type="module">',
      `  const data = ${JSON.stringify(e.data.value, null, 2).replace(/\n/g, '\n  ')};`,
      `  for (const el of document.querySelectorAll(${JSON.stringify(e.data.selector)})) el.data = data;`,
      '</script>',
    );
  }
  return lines.join('\n');
}

const events = ['kf-load', 'kf-update', 'kf-error'] as const;

/** The story's DOM: the markup in a wrapper, `data` set, its host CSS scoped to it, and its events logged as actions. */
function renderEmbed(e: Embed): HTMLElement {
  const root = document.createElement('div');
  root.className = 'kf-story';
  root.innerHTML = (e.css ? `<style>${e.css}</style>` : '') + e.html;
  if (e.data) {
    const targets = root.querySelectorAll<HTMLElement & { data?: object }>(e.data.selector);
    if (!targets.length) throw new Error(`story: nothing matches "${e.data.selector}" for its data`);
    for (const el of targets) el.data = e.data.value;
  }
  for (const type of events) root.addEventListener(type, (ev) => action(type)((ev as CustomEvent).detail));
  return root;
}

/** A story's render function and its snippet, from one Markup. */
export function embed(markup: Markup): {
  render: (args: Args, ctx: StoryContext<Args>) => HTMLElement;
  parameters: { snippet: Markup };
} {
  return {
    render: (args, ctx) => renderEmbed(markup(args, ctx.globals as unknown as Globals)),
    parameters: { snippet: markup },
  };
}
