import { noChange } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { AttributePart, PartInfo } from 'lit/directive.js';

/** CSS properties by their CSS names (`left`, `--x`); an undefined value removes the property. */
export type StyleProps = Readonly<Record<string, string | undefined>>;

/**
 * `style=${cspStyle({left: '40%'})}`: like Lit's styleMap, but always through the CSSOM
 * (`element.style.setProperty`). styleMap writes the style *attribute* on first render, an inline
 * style that a Content-Security-Policy without 'unsafe-inline' in style-src reports and drops
 * (the bar's position, the timeline's markers would be lost). The CSSOM is not inline style.
 * On a server (render() only) it writes the attribute, which is all SSR can do.
 */
class CspStyleDirective extends Directive {
  private readonly set = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') throw new Error('cspStyle() must be the whole value of a style attribute');
  }

  render(props: StyleProps): string {
    return Object.entries(props)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}:${v};`)
      .join('');
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.set) {
      if (props[name] === undefined) {
        style.removeProperty(name);
        this.set.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.set.add(name);
    }
    return noChange;
  }
}

export const cspStyle = directive(CspStyleDirective);
