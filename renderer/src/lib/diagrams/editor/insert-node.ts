import { diagramIdSchema } from '../../../../../electron/common/diagrams/user-diagrams-schema';
import type { PickableIcon } from '../icon-catalog';

/** "route-53" → "route53", "step-functions" → "stepFunctions": an id Mermaid and the profile accept. */
function baseId(iconName: string): string {
  const camel = iconName.replace(/-([a-z0-9])/g, (_, next: string) => next.toUpperCase());
  return diagramIdSchema.safeParse(camel).success ? camel : `node${camel.replace(/[^A-Za-z0-9_]/g, '')}`;
}

/**
 * An id for a new node that nothing in the text uses yet. Any word of the
 * text counts as taken (labels included): an id too many is harmless, a
 * clash would merge the new node into an existing one.
 */
export function freshNodeId(iconName: string, source: string): string {
  const taken = new Set(source.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []);
  const base = baseId(iconName);
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}${n}`)) n++;
  return `${base}${n}`;
}

/**
 * The statement for a node with an AWS icon, written as the app writes its
 * own icon nodes, so the preview, the deck and exports draw it the same way.
 */
export function iconNodeStatement(icon: PickableIcon, source: string): { id: string; statement: string } {
  const id = freshNodeId(icon.name, source);
  const label = icon.title.replace(/"/g, '#quot;');
  return { id, statement: `${id}@{ icon: "aws:${icon.name}", label: "${label}" }` };
}
