/** A problem in the editor's text, with the line it is on (1-based). */
export class SourceError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export interface NodeRef {
  id: string;
  /** Given by a label (box or icon); absent where the node is only named. */
  lines?: string[];
  /** An icon from the pack; null for a box, which has none. */
  icon?: string | null;
  /** Where the reference ends in the statement. */
  end: number;
}

export interface Arrow {
  style: 'solid' | 'dashed';
  label?: string;
  end: number;
}

const SHAPES_HELP = 'Nodes are AWS icons, id@{ icon: "aws:sqs", label: "Orders" }, or boxes, id["Text"].';
const IGNORED_KEYS = new Set(['pos', 'h', 'w', 'form', 'constraint']);

/** Labels carry Mermaid's entity codes for what would end them; `\n` starts a new line. */
export function labelLines(text: string): string[] {
  return text.split('\\n').map((line) =>
    line
      .replace(/#quot;/g, '"')
      .replace(/#lt;/g, '<')
      .replace(/#gt;/g, '>')
      .replace(/#35;/g, '#')
      .replace(/#amp;/g, '&')
      .trim(),
  );
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

function excerpt(text: string, at: number): string {
  const rest = text.slice(at).trim();
  return rest.length > 24 ? `${rest.slice(0, 24)}…` : rest;
}

/** `"quoted"` or bare text up to `close`; returns the text and the index after `close`. */
function readLabel(text: string, at: number, close: string, line: number): { value: string; end: number } {
  at = skipSpaces(text, at);
  if (text[at] === '"') {
    const quoteEnd = text.indexOf('"', at + 1);
    if (quoteEnd < 0) throw new SourceError(line, 'A label’s quote is not closed.');
    const after = skipSpaces(text, quoteEnd + 1);
    if (text[after] !== close) throw new SourceError(line, `Expected “${close}” after the label.`);
    return { value: text.slice(at + 1, quoteEnd), end: after + 1 };
  }
  const end = text.indexOf(close, at);
  if (end < 0) throw new SourceError(line, `Expected “${close}” to close the label.`);
  const value = text.slice(at, end);
  if (/[[\](){}|"]/.test(value)) throw new SourceError(line, `${SHAPES_HELP} Put a label with brackets in quotes.`);
  return { value, end: end + 1 };
}

/** `id`, `id["Label"]`, `id(Label)` or `id@{ icon: "aws:x", label: "…" }`. */
export function readNodeRef(text: string, start: number, line: number, knownIcons: ReadonlySet<string>): NodeRef {
  const at = skipSpaces(text, start);
  const id = /^[A-Za-z0-9_]+/.exec(text.slice(at))?.[0];
  if (!id) throw new SourceError(line, `Expected a node id at “${excerpt(text, at)}”.`);
  const end = at + id.length;
  const shapeAt = skipSpaces(text, end);
  const opener = text.slice(shapeAt, shapeAt + 2);
  if (opener === '@{') return { id, ...readMetadata(text, shapeAt + 2, line, knownIcons) };
  const bracket = text[shapeAt];
  if (bracket === '[' || bracket === '(') {
    const inner = text[skipSpaces(text, shapeAt + 1)];
    if (inner && '[(/\\>{'.includes(inner)) throw new SourceError(line, SHAPES_HELP);
    const label = readLabel(text, shapeAt + 1, bracket === '[' ? ']' : ')', line);
    return { id, lines: labelLines(label.value), icon: null, end: label.end };
  }
  if (bracket === '{' || bracket === '>') throw new SourceError(line, SHAPES_HELP);
  return { id, end };
}

function readMetadata(
  text: string,
  at: number,
  line: number,
  knownIcons: ReadonlySet<string>,
): { lines?: string[]; icon?: string | null; end: number } {
  const found: { lines?: string[]; icon?: string | null } = {};
  for (;;) {
    at = skipSpaces(text, at);
    if (text[at] === '}') break;
    const key = /^[A-Za-z]+/.exec(text.slice(at))?.[0];
    if (!key) throw new SourceError(line, 'Write a node’s details as @{ icon: "aws:…", label: "…" }.');
    at = skipSpaces(text, at + key.length);
    if (text[at] !== ':') throw new SourceError(line, `Expected “:” after “${key}”.`);
    at = skipSpaces(text, at + 1);
    let value: string;
    if (text[at] === '"') {
      const close = text.indexOf('"', at + 1);
      if (close < 0) throw new SourceError(line, 'A quote in the node’s details is not closed.');
      value = text.slice(at + 1, close);
      at = close + 1;
    } else {
      value = /^[^,}\s]*/.exec(text.slice(at))![0];
      at += value.length;
    }
    if (key === 'icon') found.icon = iconName(value, line, knownIcons);
    else if (key === 'label') found.lines = labelLines(value);
    else if (/^(href|link|callback|tooltip|click)$/i.test(key)) {
      throw new SourceError(line, 'Links and callbacks are not allowed.');
    } else if (!IGNORED_KEYS.has(key)) {
      throw new SourceError(line, `“${key}” is not a node detail the app draws; use icon and label.`);
    }
    at = skipSpaces(text, at);
    if (text[at] === ',') at++;
    else if (text[at] !== '}')
      throw new SourceError(line, 'Separate a node’s details with commas and end them with “}”.');
  }
  if (found.icon === undefined) throw new SourceError(line, 'A node written with @{…} needs an icon: "aws:…".');
  return { ...found, end: at + 1 };
}

function iconName(value: string, line: number, knownIcons: ReadonlySet<string>): string {
  const name = value.startsWith('aws:') ? value.slice(4) : null;
  if (name === null || !knownIcons.has(name)) {
    throw new SourceError(line, `There is no icon “${value}” in the bundled AWS pack; the icon picker lists them.`);
  }
  return name;
}

const ARROWS: readonly { pattern: RegExp; style: Arrow['style'] }[] = [
  { pattern: /^-\.\s+(.+?)\s+\.->/, style: 'dashed' },
  { pattern: /^--\s+(.+?)\s+-->/, style: 'solid' },
  { pattern: /^-\.+->/, style: 'dashed' },
  { pattern: /^={2,}>/, style: 'solid' },
  { pattern: /^-{2,}>/, style: 'solid' },
];

/** `-->`, `-.->`, `==>`, with a label as `-->|text|` or `-- text -->`. */
export function readArrow(text: string, start: number, line: number): Arrow {
  const at = skipSpaces(text, start);
  const rest = text.slice(at);
  for (const { pattern, style } of ARROWS) {
    const match = pattern.exec(rest);
    if (!match) continue;
    let end = at + match[0].length;
    let label = match[1];
    const pipe = skipSpaces(text, end);
    if (label === undefined && text[pipe] === '|') {
      const close = text.indexOf('|', pipe + 1);
      if (close < 0) throw new SourceError(line, 'An arrow’s label needs a closing “|”.');
      label = text
        .slice(pipe + 1, close)
        .trim()
        .replace(/^"(.*)"$/, '$1');
      end = close + 1;
    }
    const words = label === undefined ? undefined : labelLines(label).join(' ');
    return { style, ...(words ? { label: words } : {}), end };
  }
  if (rest.startsWith('&')) throw new SourceError(line, 'Write one arrow per pair of nodes (“&” is not supported).');
  if (/^(---|-\.-|===)/.test(rest))
    throw new SourceError(line, 'Arrows are --> or -.-> (lines without a head are not supported).');
  throw new SourceError(line, `Expected an arrow (--> or -.->) at “${excerpt(text, at)}”.`);
}
