/**
 * Text that is safe inside a quoted Mermaid label: markup characters become
 * Mermaid's entity codes (so `<img onerror>` is drawn as text, never parsed),
 * and nothing can end the quote, start a markdown string or a new statement.
 */
export function mermaidLabel(text: string, maxLength = 200): string {
  const flat = text
    // Control characters (newlines included) would end the statement.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .trim()
    .slice(0, maxLength);
  return (
    flat
      // Numeric entity codes are not decoded everywhere; a look-alike keeps the character's meaning.
      .replace(/#/g, '＃')
      .replace(/&/g, '#amp;')
      .replace(/</g, '#lt;')
      .replace(/>/g, '#gt;')
      .replace(/"/g, '#quot;')
      // A label wrapped in backticks would be read as markdown.
      .replace(/`/g, 'ʼ')
  );
}

/** Lines of a node label, joined with Mermaid's in-label line break. */
export function mermaidLines(lines: readonly string[]): string {
  return lines.map((line) => mermaidLabel(line)).join('\\n');
}
