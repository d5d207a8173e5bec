import { describe, expect, it } from 'vitest';
import {
  EXTRA_DIAGRAMS_MAX,
  profileDiagramsSchema,
  type ExtraDiagram,
} from '../../../../../electron/common/diagrams/user-diagrams-schema';
import { evaluate, workloadSchema } from '../../../../../electron/common/pricing';
import { toEditableSource } from '../edits/editable-source';
import { optionDiagram } from '../option-diagram';
import { readDraft } from '../editor/read-draft';
import { extraDiagramFor, EMPTY_MODEL } from './extra-diagram';
import { addDiagram, copyTitle, duplicateDiagram, FULL_MESSAGE, renameDiagram, titleProblem } from './extra-diagrams';

const blank = { blank: true, region: 'eu-west-1' } as const;

/** A list built as the user builds it, one "New diagram" at a time. */
function listOf(...titles: string[]): ExtraDiagram[] {
  let list: ExtraDiagram[] = [];
  for (const title of titles) {
    const added = addDiagram(list, title, blank);
    if (!added.ok) throw new Error(added.message);
    list = added.list;
  }
  return list;
}

/** Through the profile's JSON and its schema, as a save and a reopen do. */
const throughTheFile = (extra: ExtraDiagram[]) =>
  profileDiagramsSchema.parse(JSON.parse(JSON.stringify({ edited: {}, extra }))).extra;

describe('naming the user’s own diagrams', () => {
  it('refuses an empty name, a name over 120 characters and one the profile already has (in any case)', () => {
    const list = listOf('Data flow');
    expect(titleProblem('   ', list)).toMatch(/title is required/);
    expect(titleProblem('x'.repeat(121), list)).toMatch(/at most 120/);
    expect(titleProblem('data FLOW ', list)).toBe('This profile already has a diagram named “Data flow”.');
    expect(titleProblem('Request path', list)).toBeNull();
  });

  it('lets a diagram keep its own name when renamed, but not take another’s', () => {
    const list = listOf('Data flow', 'Request path');
    const [first] = list;
    expect(renameDiagram(list, first!.id, 'Data Flow')).toMatchObject({ ok: true, diagram: { title: 'Data Flow' } });
    expect(renameDiagram(list, first!.id, 'request path')).toEqual({
      ok: false,
      message: 'This profile already has a diagram named “Request path”.',
    });
  });

  it('names a duplicate “(copy)”, then “(copy 2)”, and puts it after the original', () => {
    expect(copyTitle('Flow', listOf('Flow', 'Flow (copy)'))).toBe('Flow (copy 2)');
    const list = listOf('Flow', 'Other');
    const copied = duplicateDiagram(list, list[0]!.id);
    if (!copied.ok) throw new Error(copied.message);
    expect(copied.list.map((diagram) => diagram.title)).toEqual(['Flow', 'Flow (copy)', 'Other']);
    expect(copied.diagram.id).not.toBe(list[0]!.id);
    expect(copied.diagram.edits).toEqual(list[0]!.edits);
  });
});

describe('how many diagrams a profile holds', () => {
  it(`holds ${EXTRA_DIAGRAMS_MAX}, then says why the next is refused, for new and duplicated ones`, () => {
    const titles = Array.from({ length: EXTRA_DIAGRAMS_MAX }, (_, n) => `Diagram ${n + 1}`);
    const full = listOf(...titles);
    expect(full).toHaveLength(12);
    expect(new Set(full.map((diagram) => diagram.id)).size).toBe(12);
    expect(addDiagram(full, 'One more', blank)).toEqual({ ok: false, message: FULL_MESSAGE });
    expect(duplicateDiagram(full, full[0]!.id)).toEqual({ ok: false, message: FULL_MESSAGE });
    expect(FULL_MESSAGE).toContain('at most 12');
    // The full list is one the profile file accepts.
    expect(throughTheFile(full)).toEqual(full);
  });
});

describe('a new diagram', () => {
  const workload = workloadSchema.parse({ requestsPerMonth: 3e7 });
  const priced = { result: evaluate(workload), workload };

  it('from blank draws AWS Cloud around the Region and one box, and survives the profile file', () => {
    const added = addDiagram([], '  Data flow ', blank);
    if (!added.ok) throw new Error(added.message);
    const [saved] = throughTheFile(added.list);
    expect(saved).toEqual(added.diagram);
    expect(saved!.title).toBe('Data flow');
    const drawn = extraDiagramFor(saved!, { result: null, workload: null }, 'light', true)!;
    expect(drawn.model.groups).toEqual([
      { id: 'cloud', kind: 'aws-cloud', label: 'AWS Cloud' },
      { id: 'region', kind: 'region', label: 'Region eu-west-1', parent: 'cloud' },
    ]);
    expect(drawn.model.nodes).toEqual([{ id: 'service', lines: ['Your service'], group: 'region' }]);
    expect(drawn.description[0]).toBe('User diagram “Data flow”: drawn by the user.');
    expect(drawn.source).toContain('accTitle: Data flow');
  });

  it('from blank reads back from its own editor text as the same diagram', () => {
    const added = addDiagram([], 'Data flow', blank);
    if (!added.ok) throw new Error(added.message);
    const text = toEditableSource(extraDiagramFor(added.diagram, priced, 'light', false)!.model);
    const draft = readDraft(text.replace('Your service', 'Checkout API'), EMPTY_MODEL);
    if (!draft.ok) throw new Error(draft.message);
    const edited = { ...added.diagram, edits: draft.edits };
    const drawn = extraDiagramFor(throughTheFile([edited])[0]!, priced, 'light', false)!;
    expect(drawn.model.nodes.map((node) => node.lines)).toEqual([['Checkout API']]);
    expect(drawn.model.groups.map((group) => group.kind)).toEqual(['aws-cloud', 'region']);
  });

  it('as a copy of an option’s edited diagram keeps the edits and the option’s counts, under its own name', () => {
    const lambdaEdits = {
      changed: { groups: [], nodes: [] },
      added: { groups: [], nodes: [{ id: 'orders', icon: 'sqs', lines: ['Orders queue'] }], edges: [] },
      removed: { groups: [], nodes: [], edges: [] },
    };
    const added = addDiagram([], 'Lambda with a queue', { option: 'lambda', edits: lambdaEdits });
    if (!added.ok) throw new Error(added.message);
    // A copy, not the option's own edits: changing one leaves the other.
    lambdaEdits.added.nodes[0]!.lines[0] = 'Changed later';
    const drawn = extraDiagramFor(throughTheFile(added.list)[0]!, priced, 'light', true)!;
    expect(drawn.title).toBe('Lambda with a queue');
    expect(drawn.model.nodes.find((node) => node.id === 'orders')?.lines).toEqual(['Orders queue']);
    expect(drawn.description[0]).toMatch(
      /^User diagram “Lambda with a queue”, started from the Lambda \+ API Gateway diagram/,
    );
    // Every part the option's own (unedited) diagram draws is there too, costs and all.
    const lambda = priced.result.options.find((option) => option.id === 'lambda')!;
    const own = optionDiagram({
      optionId: 'lambda',
      result: lambda,
      workload,
      region: 'us-east-1',
      theme: 'light',
      showCosts: true,
    });
    expect(drawn.model.nodes.map((node) => node.id)).toEqual([...own.model.nodes.map((node) => node.id), 'orders']);
    expect(drawn.source).toContain('a month');
  });

  it('started from an option waits for that option’s costs; a blank one does not', () => {
    const fromEc2 = addDiagram([], 'EC2 copy', { option: 'ec2' });
    if (!fromEc2.ok) throw new Error(fromEc2.message);
    expect(extraDiagramFor(fromEc2.diagram, { result: null, workload: null }, 'light', true)).toBeNull();
    expect(extraDiagramFor(fromEc2.diagram, priced, 'dark', true)?.model.nodes.some((node) => node.fleet)).toBe(true);
  });
});
