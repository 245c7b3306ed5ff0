// Whether the page is dark behind a figure, so the popover can match it. The first opaque
// background among the figure's ancestors decides; pages that paint no background anywhere
// are told apart by their text colour (light text means a dark page).

function rgba(color: string): [number, number, number, number] | null {
  const m = color.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?/);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function isDarkBehind(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const background = rgba(view.getComputedStyle(node).backgroundColor);
    if (background && background[3] >= 0.5) return luminance(background) < 0.2;
  }
  const text = rgba(view.getComputedStyle(el).color);
  return text !== null && luminance(text) > 0.5;
}
