/**
 * A small XML well-formedness check for unit tests, which run in Node
 * without a DOMParser: balanced tags, one root, quoted and unique
 * attributes, only XML's own entities. The e2e tests parse for real.
 */
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/;
const NAME = '[A-Za-z_][\\w.:-]*';
const ATTRIBUTE = new RegExp(`^\\s+(${NAME})\\s*=\\s*("[^"<]*"|'[^'<]*')`);

function checkAttributes(source: string, tag: string): void {
  const seen = new Set<string>();
  let rest = source;
  while (rest.trim() !== '') {
    const match = ATTRIBUTE.exec(rest);
    if (!match) throw new Error(`<${tag}>: malformed attributes near "${rest.slice(0, 40)}"`);
    const name = match[1]!;
    if (seen.has(name)) throw new Error(`<${tag}>: duplicate attribute ${name}`);
    if (ENTITY.test(match[2]!)) throw new Error(`<${tag} ${name}>: unknown entity`);
    seen.add(name);
    rest = rest.slice(match[0].length);
  }
}

export function assertWellFormedXml(xml: string): void {
  const token = new RegExp(
    `<!--[\\s\\S]*?-->|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<\\?[\\s\\S]*?\\?>|<(/?)(${NAME})([^>]*?)(/?)>|<|[^<]+`,
    'g',
  );
  const open: string[] = [];
  let roots = 0;
  for (const match of xml.matchAll(token)) {
    const [text, closing, name, attributes = '', selfClosing] = match;
    if (text === '<') throw new Error(`stray "<" at ${match.index}`);
    if (name === undefined) {
      if (!text.startsWith('<') && ENTITY.test(text)) throw new Error(`unknown entity in text at ${match.index}`);
      if (!text.startsWith('<') && open.length === 0 && text.trim() !== '') throw new Error('text outside the root');
      continue;
    }
    if (closing) {
      const expected = open.pop();
      if (expected !== name) throw new Error(`</${name}> closes <${expected ?? 'nothing'}>`);
      continue;
    }
    checkAttributes(attributes, name);
    if (open.length === 0 && ++roots > 1) throw new Error('more than one root element');
    if (!selfClosing) open.push(name);
  }
  if (open.length > 0) throw new Error(`unclosed <${open.at(-1)}>`);
  if (roots !== 1) throw new Error('no root element');
}
