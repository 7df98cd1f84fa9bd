// Pure placement of kf-figure's popover: rectangles in, coordinates out. No DOM.

/** A rectangle in viewport pixels (a DOMRect has these fields). */
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Width and height in pixels. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Where the popover goes, in viewport pixels (it is position: fixed), and on which side of its anchor. */
export interface Placement {
  readonly left: number;
  readonly top: number;
  readonly side: 'below' | 'above';
}

/** Defaults: 6 px between the figure and its popover; 8 px kept free at the viewport's edges. */
export const popoverSpacing = { gap: 6, margin: 8 } as const;

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(v, hi));

/**
 * Places a popover under its anchor, start-aligned with it and shifted back inside the viewport
 * when it would stick out (a 320 px phone); above the anchor when there is no room below but
 * room above. A popover wider than the viewport starts at the left margin (its CSS max width
 * keeps it from being wider in practice).
 */
export function placePopover(anchor: Rect, tip: Size, viewport: Size, spacing: { gap: number; margin: number } = popoverSpacing): Placement {
  const { gap, margin } = spacing;
  const left = clamp(anchor.left, margin, Math.max(margin, viewport.width - margin - tip.width));
  const below = anchor.bottom + gap;
  const above = anchor.top - gap - tip.height;
  const fitsBelow = below + tip.height <= viewport.height - margin;
  const side = !fitsBelow && above >= margin ? 'above' : 'below';
  return { left: Math.round(left), top: Math.round(side === 'above' ? above : below), side };
}
