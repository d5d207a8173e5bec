import type { LineItem } from '../../../../../electron/common/pricing';
import type { DiagramModel, NodeCost, UnplacedCost } from './types';

export interface PlacedCosts {
  /** Monthly cost per node id, for the nodes that incur a line item. */
  byNode: Map<string, NodeCost>;
  /** Lines no node stands for, merged by label, in bill order. */
  unplaced: UnplacedCost[];
}

function belongsTo(item: LineItem, prefixes: readonly string[]): boolean {
  return item.priceId !== undefined && prefixes.some((prefix) => item.priceId!.startsWith(prefix));
}

/**
 * Puts each bill line on the node that stands for it (by price id), split by
 * the node's share where a fleet spans zones; the node with the most money
 * is marked. Lines of $0 are left out; lines without a node are returned.
 */
export function placeCosts(model: DiagramModel, lineItems: readonly LineItem[]): PlacedCosts {
  const byNode = new Map<string, NodeCost>();
  const placed = new Set<LineItem>();
  for (const node of model.nodes) {
    if (!node.cost) continue;
    const { pricePrefixes, share } = node.cost;
    const mine = lineItems.filter((item) => item.costUSD > 0 && belongsTo(item, pricePrefixes));
    mine.forEach((item) => placed.add(item));
    const usd = mine.reduce((sum, item) => sum + item.costUSD, 0) * share;
    if (usd > 0) byNode.set(node.id, { usd, largest: false });
  }
  let largest: NodeCost | undefined;
  for (const cost of byNode.values()) if (!largest || cost.usd > largest.usd) largest = cost;
  if (largest && byNode.size > 1) largest.largest = true;
  const unplaced = new Map<string, UnplacedCost>();
  for (const item of lineItems) {
    if (!(item.costUSD > 0) || placed.has(item)) continue;
    const entry = unplaced.get(item.label) ?? { label: item.label, usd: 0 };
    entry.usd += item.costUSD;
    unplaced.set(item.label, entry);
  }
  return { byNode, unplaced: [...unplaced.values()] };
}
