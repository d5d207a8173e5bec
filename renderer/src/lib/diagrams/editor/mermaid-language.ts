import { StreamLanguage, type StringStream } from '@codemirror/language';

const KEYWORDS = /^(flowchart|graph|subgraph|end|class|accTitle|accDescr)\b/;
const DIRECTIONS = /^(LR|TB|TD|RL|BT)\b/;

/**
 * Highlighting for the flowchart statements the editor holds: keywords,
 * quoted labels, arrows, `aws:` icon names and `%%` comments. Only colours;
 * what the text means is read (and refused, with its line) by parse-source.
 */
export const mermaidFlowchart = StreamLanguage.define<Record<string, never>>({
  name: 'mermaid',
  startState: () => ({}),
  token(stream: StringStream): string | null {
    if (stream.eatSpace()) return null;
    if (stream.match('%%')) {
      stream.skipToEnd();
      return 'comment';
    }
    if (stream.peek() === '"') {
      stream.next();
      while (!stream.eol()) if (stream.next() === '"') break;
      return 'string';
    }
    if (stream.match(/^(-\.+->|={2,}>|-{2,}>|---|-\.-)/)) return 'operator';
    if (stream.match(/^\|[^|]*\|/)) return 'string';
    if (stream.match(KEYWORDS)) return 'keyword';
    if (stream.match(DIRECTIONS)) return 'atom';
    if (stream.match(/^(icon|label|pos|h)(?=\s*:)/)) return 'propertyName';
    if (stream.match(/^[A-Za-z_][A-Za-z0-9_]*/)) return 'variableName';
    if (stream.match(/^[@{}[\](),:]/)) return 'punctuation';
    stream.next();
    return null;
  },
  languageData: { commentTokens: { line: '%%' } },
});
