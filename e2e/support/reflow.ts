/**
 * Text a reader cannot get to: cut off by an ancestor that hides overflow,
 * ellipsised, or pushed past the window's edge with no way to scroll to it.
 * Runs in the page (via evaluate), so it closes over nothing. Content inside
 * a scrolling box (a wide diagram, a table region) counts as reachable.
 */
export function unreachableText(): string[] {
  const problems: string[] = [];
  const describe = (element: Element) =>
    `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
      element.getAttribute('data-testid') ? ` data-testid=${element.getAttribute('data-testid')}` : ''
    }> “${(element.textContent ?? '').trim().slice(0, 40)}”`;
  const scrolls = (style: CSSStyleDeclaration, axis: 'x' | 'y') =>
    ['auto', 'scroll'].includes(axis === 'x' ? style.overflowX : style.overflowY);
  // The 1-px screen-reader-only text is meant to be out of sight.
  const isVisuallyHidden = (element: Element) => element.closest('.visually-hidden') !== null;

  const holders = new Set<Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.trim() && node.parentElement) holders.add(node.parentElement);
  }
  for (const element of holders) {
    if (isVisuallyHidden(element) || element.closest('svg title, svg desc, style, script')) continue;
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    if (box.width < 1 || box.height < 1 || style.visibility !== 'visible') continue;
    if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1) {
      problems.push(`${describe(element)} is cut short with an ellipsis`);
      continue;
    }
    let reachableX = false;
    for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
      const a = getComputedStyle(ancestor);
      const bounds = ancestor.getBoundingClientRect();
      if (scrolls(a, 'x')) {
        reachableX = true;
        continue;
      }
      const hidesX = a.overflowX === 'hidden' || a.overflowX === 'clip';
      const hidesY = (a.overflowY === 'hidden' || a.overflowY === 'clip') && !scrolls(a, 'y');
      if (hidesX && !reachableX && (box.left < bounds.left - 1 || box.right > bounds.right + 1)) {
        problems.push(`${describe(element)} is cut off sideways by ${describe(ancestor).split(' “')[0]}`);
        break;
      }
      if (hidesY && (box.top < bounds.top - 1 || box.bottom > bounds.bottom + 1)) {
        problems.push(`${describe(element)} is cut off vertically by ${describe(ancestor).split(' “')[0]}`);
        break;
      }
    }
    if (!reachableX && (box.right > document.documentElement.clientWidth + 1 || box.left < -1)) {
      problems.push(
        `${describe(element)} runs past the window’s edge (${Math.round(box.left)}–${Math.round(box.right)} px)`,
      );
    }
  }
  // The page itself, its sidebar and dialogs never scroll sideways; a diagram or a table may, in its own box.
  for (const frame of [document.documentElement, ...document.querySelectorAll('main, nav, dialog[open]')]) {
    if (frame.scrollWidth > frame.clientWidth + 1) {
      problems.push(
        `${describe(frame).split(' “')[0]} scrolls sideways (${frame.scrollWidth} px in ${frame.clientWidth})`,
      );
    }
  }
  return problems;
}
