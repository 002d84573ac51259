/** Tooltip placement: near its anchor, and always inside the map box. */

/** Gap between the anchor point and the tooltip, in CSS pixels. */
export const TOOLTIP_OFFSET = 12;

export interface Size {
  width: number;
  height: number;
}

/**
 * Returns the top-left corner for a tooltip of `tooltip` size anchored at
 * `anchor` in a `box`: above and after the anchor, flipped below or before
 * it where it would overflow, then clamped to the box. A tooltip larger
 * than the box sticks to the box's top-left corner.
 */
export function placeTooltip(
  anchor: readonly [number, number],
  tooltip: Size,
  box: Size,
): [number, number] {
  const [ax, ay] = anchor;
  let x = ax + TOOLTIP_OFFSET;
  if (x + tooltip.width > box.width) x = ax - TOOLTIP_OFFSET - tooltip.width;
  let y = ay - TOOLTIP_OFFSET - tooltip.height;
  if (y < 0) y = ay + TOOLTIP_OFFSET;
  const clamp = (value: number, max: number) =>
    Math.max(0, Math.min(value, Math.max(0, max)));
  return [
    clamp(x, box.width - tooltip.width),
    clamp(y, box.height - tooltip.height),
  ];
}
