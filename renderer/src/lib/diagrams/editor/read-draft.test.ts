import { describe, expect, it } from 'vitest';
import type { DiagramModel } from '../model/types';
import { readDraft } from './read-draft';

const generated: DiagramModel = {
  direction: 'LR',
  groups: [{ id: 'region', kind: 'region', label: 'Region us-east-1' }],
  nodes: [{ id: 'fn', icon: 'lambda', lines: ['Lambda', '3 executions'], group: 'region' }],
  edges: [],
};

describe('readDraft: what the user typed', () => {
  it('names the line of the first problem', () => {
    const text =
      'flowchart LR\n  subgraph region["Region us-east-1"]\n    fn@{ icon: "aws:lambda", label: "Lambda" }\n  end\n  fn -->\n';
    expect(readDraft(text, generated)).toMatchObject({ ok: false, line: 5 });
  });

  it.each([
    ['a click callback', '  click fn callback', /not allowed/],
    [
      'a link in node details',
      '  x@{ icon: "aws:s3", href: "javascript:alert(1)" }',
      /Links and callbacks are not allowed/,
    ],
    ['a directive', '  %%{init: {"securityLevel": "loose"}}%%', /directives are not allowed/],
    ['an icon not in the pack', '  x@{ icon: "aws:../../etc", label: "x" }', /no icon/],
  ])('refuses %s at its line', (_what, statement, message) => {
    const draft = readDraft(`flowchart LR\n  fn["Lambda"]\n${statement}\n`, generated);
    expect(draft).toMatchObject({ ok: false, line: 3 });
    if (!draft.ok) expect(draft.message).toMatch(message);
  });

  it('keeps markup in a label as the user’s words, to be drawn as text', () => {
    const draft = readDraft('flowchart LR\n  x["<img src=x onerror=alert(1)>"]\n', generated);
    expect(draft.ok && draft.edits.added.nodes[0]?.lines).toEqual(['<img src=x onerror=alert(1)>']);
  });

  it('refuses text over 64 KB without reading it, saying how large it is', () => {
    const draft = readDraft(`flowchart LR\n%% ${'x'.repeat(70 * 1024)}\n`, generated);
    expect(draft).toEqual({ ok: false, line: null, message: 'The diagram source is 71 KB; the limit is 64 KB.' });
  });
});
