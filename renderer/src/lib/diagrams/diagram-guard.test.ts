import { describe, expect, it } from 'vitest';
import { checkDiagramSource, DiagramRefused, MAX_SOURCE_CHARS, withinBudget } from './diagram-guard';

describe('checkDiagramSource', () => {
  it('refuses a source over 64 KB, saying how big it is and what the limit is', () => {
    const big = `flowchart LR\n${'  a --> b\n'.repeat(MAX_SOURCE_CHARS / 10 + 1)}`;
    expect(() => checkDiagramSource(big)).toThrow(/is 65 KB; the limit is 64 KB/);
    expect(() => checkDiagramSource('flowchart LR\n  a --> b')).not.toThrow();
  });

  it.each([
    ['click users "javascript:alert(1)"', /click/],
    ['click users call alert()', /click/],
    ['users@{ icon: "aws:users", href: "javascript:alert(1)" }', /links and callbacks/],
    ['%%{init: {"securityLevel": "loose"}}%%', /directives/],
  ])('refuses %s', (statement, message) => {
    expect(() => checkDiagramSource(`flowchart LR\n  ${statement}\n  a --> b`)).toThrow(message);
    expect(() => checkDiagramSource(`flowchart LR\n  ${statement}`)).toThrow(DiagramRefused);
  });

  it('refuses front matter that would set its own configuration', () => {
    expect(() => checkDiagramSource('---\nconfig:\n  securityLevel: loose\n---\nflowchart LR\n  a --> b')).toThrow(
      /front matter/,
    );
  });
});

describe('withinBudget', () => {
  it('abandons work that takes longer than its budget, with an error that says so', async () => {
    const never = new Promise<string>(() => undefined);
    await expect(withinBudget(never, 20, 'Laying out the diagram')).rejects.toThrow(
      'Laying out the diagram took longer than 0.02 s and was abandoned.',
    );
    await expect(withinBudget(Promise.resolve('svg'), 20, 'x')).resolves.toBe('svg');
  });
});
