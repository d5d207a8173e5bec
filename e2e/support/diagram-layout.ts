import type { Locator } from '@playwright/test';

export interface LayoutProblems {
  /** Pairs of things that overlap, or lines that cross a label, in words. */
  problems: string[];
  /** Empty space between the drawing and the edge of its SVG, per side, in px. */
  margins: { left: number; top: number; right: number; bottom: number };
  counts: { nodes: number; groups: number; edges: number };
}

/**
 * Measures a rendered diagram from its SVG's boxes, in the page: node boxes
 * must not overlap, edge labels must not lie on a node, a group title or an
 * arrow, arrows must not cross a node's label or a group title (other than
 * the nodes they join), titles must sit inside their group, and the picture
 * must be cropped to its content.
 */
export function measureDiagramLayout(svg: Locator): Promise<LayoutProblems> {
  return svg.evaluate((root: SVGSVGElement) => {
    type Box = { left: number; top: number; right: number; bottom: number; name: string };
    const box = (element: Element, name: string): Box => {
      const r = element.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, name };
    };
    const TOLERANCE = 1;
    const overlaps = (a: Box, b: Box) =>
      a.left < b.right - TOLERANCE &&
      b.left < a.right - TOLERANCE &&
      a.top < b.bottom - TOLERANCE &&
      b.top < a.bottom - TOLERANCE;
    const inside = (x: number, y: number, b: Box) =>
      x > b.left + TOLERANCE && x < b.right - TOLERANCE && y > b.top + TOLERANCE && y < b.bottom - TOLERANCE;
    const idOf = (element: Element) => /flowchart-(.+)-\d+$/.exec(element.id)?.[1] ?? element.id;

    const nodeElements = [...root.querySelectorAll('g.node, g.icon-shape')];
    const nodes = nodeElements.map((element) => ({ id: idOf(element), box: box(element, `node ${idOf(element)}`) }));
    const nodeLabels = nodeElements.flatMap((element) => {
      const label = element.querySelector(':scope > g.label');
      return label ? [{ id: idOf(element), box: box(label, `label of ${idOf(element)}`) }] : [];
    });
    const clusters = [...root.querySelectorAll('g.cluster')];
    const titles = clusters.flatMap((cluster) => {
      const label = cluster.querySelector(':scope > g.cluster-label');
      const rect = cluster.querySelector(':scope > rect');
      if (!label || !rect) return [];
      return [{ title: box(label, `title of group ${cluster.id}`), rect: box(rect, `group ${cluster.id}`) }];
    });
    const groupIcons = [...root.querySelectorAll('g.group-icon')].map((icon) => box(icon, 'group icon'));
    const edgeLabels = [...root.querySelectorAll('g.edgeLabel')]
      .map((label) => box(label, `edge label “${label.textContent?.trim()}”`))
      .filter((b) => b.right - b.left > 1 && b.bottom - b.top > 1);
    const edges = [...root.querySelectorAll<SVGPathElement>('path.flowchart-link')].map((path) => {
      const [, from = '', to = ''] = /L_(.+?)_(.+?)_\d+$/.exec(path.dataset.id ?? path.id) ?? [];
      const matrix = path.getScreenCTM()!;
      const length = path.getTotalLength();
      const points: { x: number; y: number }[] = [];
      for (let at = 0; at <= length; at += 4) {
        const p = path.getPointAtLength(at).matrixTransform(matrix);
        points.push({ x: p.x, y: p.y });
      }
      return { from, to, points };
    });

    const problems: string[] = [];
    nodes.forEach((a, i) =>
      nodes.slice(i + 1).forEach((b) => {
        if (overlaps(a.box, b.box)) problems.push(`${a.box.name} overlaps ${b.box.name}`);
      }),
    );
    for (const { title, rect } of titles) {
      for (const node of nodes) if (overlaps(title, node.box)) problems.push(`${title.name} overlaps ${node.box.name}`);
      if (title.right > rect.right + TOLERANCE) problems.push(`${title.name} runs out of its group`);
    }
    titles.forEach((a, i) =>
      titles.slice(i + 1).forEach((b) => {
        if (overlaps(a.title, b.title)) problems.push(`${a.title.name} overlaps ${b.title.name}`);
      }),
    );
    for (const label of edgeLabels) {
      for (const node of nodes) if (overlaps(label, node.box)) problems.push(`${label.name} lies on ${node.box.name}`);
      for (const { title } of titles) if (overlaps(label, title)) problems.push(`${label.name} lies on ${title.name}`);
      for (const edge of edges) {
        if (edge.points.some((p) => inside(p.x, p.y, label))) problems.push(`${label.name} sits on an arrow`);
      }
    }
    for (const edge of edges) {
      const crossed = [
        ...nodeLabels.filter((label) => label.id !== edge.from && label.id !== edge.to).map((label) => label.box),
        ...titles.map(({ title }) => title),
        ...groupIcons,
      ].filter((target) => edge.points.some((p) => inside(p.x, p.y, target)));
      for (const target of crossed) problems.push(`the arrow ${edge.from} → ${edge.to} crosses ${target.name}`);
    }

    const content = [...nodes.map((n) => n.box), ...titles.map((t) => t.rect), ...edgeLabels];
    const frame = root.getBoundingClientRect();
    const margins = {
      left: Math.min(...content.map((b) => b.left)) - frame.left,
      top: Math.min(...content.map((b) => b.top)) - frame.top,
      right: frame.right - Math.max(...content.map((b) => b.right)),
      bottom: frame.bottom - Math.max(...content.map((b) => b.bottom)),
    };
    return { problems, margins, counts: { nodes: nodes.length, groups: titles.length, edges: edges.length } };
  });
}
