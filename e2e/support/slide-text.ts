// What a slide's text is drawn at, for the 18 px legibility checks of the deck's specs.

export interface TextSize {
  text: string;
  computedPx: number;
  /** What the element is drawn at: CSS transforms, and an SVG's viewBox for chart and diagram text. */
  scale: number;
}

/** Every element in `root` with visible text of its own. Runs in the page, so it closes over nothing. */
export function measureText(root: Element): TextSize[] {
  const holders = new Set<Element>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.trim() && node.parentElement) holders.add(node.parentElement);
  }
  const sizes: TextSize[] = [];
  for (const element of holders) {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    // Not drawn: display none (an SVG <title>, the chart's own sentence list), hidden (the
    // neighbouring slides drawn ahead) or outside the window.
    if (box.width < 1 || box.height < 1 || style.visibility !== 'visible') continue;
    if (box.right <= 0 || box.bottom <= 0 || box.left >= innerWidth || box.top >= innerHeight) continue;
    let scale = 1;
    if (element instanceof SVGGraphicsElement) {
      const ctm = element.getScreenCTM();
      scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
    } else {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const transform = getComputedStyle(node).transform;
        if (transform !== 'none') {
          const m = new DOMMatrixReadOnly(transform);
          scale *= Math.hypot(m.a, m.b);
        }
      }
    }
    sizes.push({ text: element.textContent!.trim().slice(0, 48), computedPx: parseFloat(style.fontSize), scale });
  }
  return sizes;
}
