/**
 * Small helpers for writing the option diagrams in Mermaid 11 syntax. Every
 * AWS node uses the same icon shape, so the diagrams look alike and a label
 * change is a one-word edit.
 */

/** `id@{ icon: "aws:name", … }`: an AWS icon with its label below it. */
export function iconNode(id: string, icon: string, label: string): string {
  // A double quote would end the label early and break the whole diagram.
  if (label.includes('"')) throw new Error(`Diagram label must not contain a double quote: ${label}`);
  return `${id}@{ icon: "aws:${icon}", label: "${label}", pos: "b", h: 56 }`;
}

/** The distinct `aws:` icon names a Mermaid source uses, in order of first use. */
export function iconNamesUsedIn(source: string): string[] {
  const names = [...source.matchAll(/\baws:([a-z0-9-]+)/g)].map((match) => match[1] ?? '');
  return [...new Set(names)];
}
